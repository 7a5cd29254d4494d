"use strict";
exports.id = 30;
exports.ids = [30];
exports.modules = {

/***/ 3030:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderEditReason: () => (/* binding */ renderEditReason)
});

// EXTERNAL MODULE: ./lib/core/config/scan.js
var scan = __webpack_require__(9877);
;// CONCATENATED MODULE: ./lib/render/format.js

function plainContext(now = new Date()) {
    return { colors: pc.createColors(false), displayPath: (p) => p, now };
}
/** `512 B`, `3.2 KB`, `1.5 MB`: binary units with these short labels. */
function format_formatSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
// Built on first use: loading ICU's relative-time data costs ~15 ms, which the hook should not pay.
let relativeFormat;
const relative = {
    format: (value, unit) => (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' })).format(value, unit),
};
/** "just now", "5 minutes ago", "2 hours ago", "yesterday", "5 days ago", "3 months ago". */
function format_formatAge(then, now) {
    const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
    if (seconds < 0)
        return 'in the future';
    if (seconds < 45)
        return 'just now';
    const minutes = Math.round(seconds / 60);
    if (minutes < 45)
        return relative.format(-minutes, 'minute');
    const hours = Math.round(minutes / 60);
    if (hours < 22)
        return relative.format(-hours, 'hour');
    const days = Math.round(hours / 24);
    if (days < 26)
        return relative.format(-days, 'day');
    const months = Math.round(days / 30.44);
    if (months < 11)
        return relative.format(-Math.max(1, months), 'month');
    return relative.format(-Math.max(1, Math.round(days / 365.25)), 'year');
}
/** `2024-01-20 10:30:45 UTC` */
function format_formatTime(iso) {
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}
function format_heading(title, rule = '=') {
    return `${title}\n${rule.repeat(title.length)}`;
}
function format_plural(count, word, pluralWord = `${word}s`) {
    return `${count} ${count === 1 ? word : pluralWord}`;
}

;// CONCATENATED MODULE: ./lib/render/text.js



function renderCreate(result, ctx) {
    const { colors: c } = ctx;
    const m = result.manifest;
    if (!result.created) {
        return [
            heading('Configuration Backup Skipped'),
            `✅ Nothing changed since ${c.bold(result.unchangedSince)} (${formatAge(new Date(m.createdAt), ctx.now)}): no new backup was made.`,
            '',
        ].join('\n');
    }
    const lines = [
        heading('Configuration Backup Created'),
        `📦 Backup: ${c.bold(result.name)}`,
        `📁 Location: ${ctx.displayPath(result.path)}/`,
        '',
        'Files Backed Up:',
        ...m.files.map((f) => `  ✅ ${f.path} (${formatSize(f.size)})`),
        ...result.skipped.filter(isSkipProblem).map((s) => `  ${c.yellow('⚠️')}  ${s.path} skipped: ${s.reason}`),
        ...leftOutLines(result.skipped),
        '',
        'Manifest:',
        `  - Total Size: ${formatSize(m.totalSize)}`,
        `  - Files: ${m.files.length}`,
        `  - Version: ${m.configVersion ?? 'none'}`,
        `  - Checksum: ${m.checksum.replace(/^sha256:/, '').slice(0, 8)}...`,
    ];
    if (m.compression === 'gzip')
        lines.push(`  - Compressed: gzip (${formatSize(m.storedSize)} on disk)`);
    if (m.description)
        lines.push(`  - Description: ${m.description}`);
    if (m.tags.length > 0)
        lines.push(`  - Tags: ${m.tags.join(', ')}`);
    lines.push('', validationLine(result.validation, ctx), '', c.green('✅ Backup completed successfully!'));
    for (const warning of result.warnings)
        lines.push(`${c.yellow('⚠️')}  ${warning}`);
    lines.push('');
    return lines.join('\n');
}
/** Names shown per reason a file was left out; `create --json` lists them all. */
const LEFT_OUT_NAMES = 3;
/** "Left out: 2 runtime state (setting runtimeState): state/run.json, team.lock" — counts and a few names per reason. */
function leftOutLines(skipped) {
    const byReason = new Map();
    for (const entry of skipped) {
        if (isSkipProblem(entry))
            continue;
        byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry.path]);
    }
    if (byReason.size === 0)
        return [];
    const lines = ['', 'Left Out (not backed up):'];
    for (const [reason, paths] of byReason) {
        const more = paths.length > LEFT_OUT_NAMES ? `, +${paths.length - LEFT_OUT_NAMES} more` : '';
        lines.push(`  ${paths.length} ${reason}: ${paths.slice(0, LEFT_OUT_NAMES).join(', ')}${more}`);
    }
    return lines;
}
function validationLine(report, ctx) {
    const { errors, warnings } = report.summary;
    if (errors > 0)
        return `📋 Validation: ${ctx.colors.red(`❌ ${plural(errors, 'error')}`)}, ${plural(warnings, 'warning')} (run: orch-backup validate)`;
    if (warnings > 0)
        return `📋 Validation: ${ctx.colors.yellow(`⚠️ ${plural(warnings, 'warning')}`)} (run: orch-backup validate)`;
    return '📋 Validation: All configurations valid';
}
function renderList(result, retention, ctx) {
    const { colors: c } = ctx;
    // The seed's underline is one character longer than the title; kept so scripts matching it still work.
    const lines = ['Available Configuration Backups', '='.repeat(32), ''];
    if (result.backups.length === 0)
        lines.push('No backups yet. Create one with: orch-backup create -m "why"');
    else
        lines.push('Recent Backups:');
    result.backups.forEach((b, i) => {
        const version = b.configVersion ? ` | v${b.configVersion.replace(/^v/, '')}` : '';
        lines.push(`  ${i + 1}. ${c.bold(b.name)} (${formatAge(new Date(b.createdAt), ctx.now)})`);
        lines.push(`     Created: ${formatTime(b.createdAt)} | Trigger: ${b.trigger}${b.tags.length ? ` | Tags: ${b.tags.join(', ')}` : ''}`);
        lines.push(`     Size: ${formatSize(b.totalSize)} | Files: ${b.fileCount}${version}${b.compressed ? ' | compressed' : ''}`);
        if (b.description)
            lines.push(`     Description: ${b.description}`);
        if (b.comparison) {
            const verdict = b.comparison.compatible
                ? c.green('✅ compatible')
                : c.yellow(`⚠️ ${b.comparison.reasons.join('; ')}`);
            lines.push(`     Restore: ${verdict} | vs current: ${b.comparison.summary}`);
        }
        lines.push('');
    });
    if (result.damaged.length > 0) {
        lines.push(c.red('Damaged Backups (not restorable; run orch-backup verify for details):'));
        for (const d of result.damaged)
            lines.push(`  ❌ ${d.name}: ${d.problems[0] ?? 'unknown problem'}`);
        lines.push('');
    }
    lines.push(`Storage: ${formatSize(result.storage.bytes)} used (${plural(result.storage.backups, 'backup')})`);
    lines.push(`Retention: ${describeRetention(retention)}`);
    return `${lines.join('\n')}\n`;
}
/** "Keeping last 10 + all within 7d + weekly for 1m + monthly for 1y" */
function describeRetention(policy) {
    const parts = [];
    const count = (n, word) => {
        if (n !== undefined && n !== 0)
            parts.push(`${n === -1 ? 'all' : `last ${n}`} ${word}`.trim());
    };
    count(policy.last, '');
    count(policy.hourly, 'hourly');
    count(policy.daily, 'daily');
    count(policy.weekly, 'weekly');
    count(policy.monthly, 'monthly');
    count(policy.yearly, 'yearly');
    if (policy.within)
        parts.push(`all within ${policy.within}`);
    const windows = [
        [policy.withinHourly, 'hourly'],
        [policy.withinDaily, 'daily'],
        [policy.withinWeekly, 'weekly'],
        [policy.withinMonthly, 'monthly'],
        [policy.withinYearly, 'yearly'],
    ];
    for (const [duration, word] of windows)
        if (duration)
            parts.push(`${word} for ${duration}`);
    for (const tags of policy.tags ?? [])
        parts.push(`tagged ${tags.join('+')}`);
    return parts.length > 0 ? `Keeping ${parts.join(' + ')}` : 'none configured';
}
function renderShow(loaded, ctx) {
    const m = loaded.manifest;
    const lines = [heading(`Backup: ${loaded.name}`)];
    if (!m)
        return `${lines[0]}\n❌ ${loaded.problems.join('\n❌ ')}\n`;
    const field = (label, value) => `${`${label}:`.padEnd(13)}${value}`;
    lines.push(field('Created', `${formatTime(m.createdAt)} (${formatAge(new Date(m.createdAt), ctx.now)})`), field('Description', m.description ?? '-'), field('Trigger', m.trigger), field('Tags', m.tags.length ? m.tags.join(', ') : '-'), field('Version', m.configVersion ?? 'none'), field('Size', `${formatSize(m.totalSize)} in ${plural(m.files.length, 'file')}${m.compression === 'gzip' ? `, ${formatSize(m.storedSize)} stored (gzip)` : ''}`), field('Validation', m.validation
        ? `${m.validation.status} (${plural(m.validation.errors, 'error')}, ${plural(m.validation.warnings, 'warning')})`
        : 'not recorded'), field('Tool', `${m.tool.name} ${m.tool.version}`), field('Checksum', m.checksum), field('Location', `${ctx.displayPath(loaded.dir)}/`), '', 'Files:');
    const width = Math.max(...m.files.map((f) => f.path.length));
    for (const f of m.files) {
        lines.push(`  ${f.path.padEnd(width)}  ${formatSize(f.size).padStart(9)}  ${(f.version ? `v${f.version}` : '').padEnd(8)}  sha256:${f.sha256.slice(0, 12)}`);
    }
    for (const problem of loaded.problems)
        lines.push(ctx.colors.red(`❌ ${problem}`));
    return `${lines.join('\n')}\n`;
}
function renderVerify(results, ctx) {
    const { colors: c } = ctx;
    const lines = [heading('Backup Verification'), ''];
    if (results.length === 0)
        lines.push('No backups to verify.');
    for (const r of results) {
        if (r.ok)
            lines.push(`  ✅ ${r.name}: ${plural(r.manifest?.files.length ?? 0, 'file')} OK`);
        else {
            lines.push(`  ${c.red('❌')} ${r.name}: damaged`);
            for (const p of r.problems)
                lines.push(`     - ${p.message}`);
        }
    }
    const damaged = results.filter((r) => !r.ok).length;
    lines.push('', damaged === 0
        ? c.green(`✅ ${plural(results.length, 'backup')} verified, all intact`)
        : c.red(`❌ ${damaged} of ${plural(results.length, 'backup')} damaged`));
    return `${lines.join('\n')}\n`;
}
function renderValidation(report, source, ctx) {
    const { colors: c } = ctx;
    const lines = [heading('Configuration Validation'), `📁 ${source} (${plural(report.files.length, 'file')})`, ''];
    const group = (severity, title) => {
        const items = report.diagnostics.filter((d) => d.severity === severity);
        if (items.length === 0)
            return;
        lines.push(`${title} (${items.length}):`);
        for (const g of groupDiagnostics(items))
            lines.push(`  ${text_location(g.first)}  ${g.first.message}${groupNote(g)}`);
        lines.push('');
    };
    group('error', c.red('❌ Errors'));
    group('warning', c.yellow('⚠️  Warnings'));
    group('info', 'ℹ️  Info');
    const { errors, warnings, info } = report.summary;
    lines.push(`Summary: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${info} info`);
    const status = report.status === 'invalid'
        ? c.red('❌ INVALID')
        : report.status === 'needs-attention'
            ? c.yellow('⚠️ NEEDS ATTENTION')
            : c.green('✅ VALID');
    lines.push(`Overall Status: ${status}`);
    return `${lines.join('\n')}\n`;
}
function text_location(d) {
    if (!d.file)
        return '(config)';
    return d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
}

;// CONCATENATED MODULE: ./lib/render/verdict.js

const BROKEN = new Set(['unknown-agent', 'renamed-reference']);
function isBrokenReference(f) {
    return BROKEN.has(f.code);
}
/** "❌ This change breaks 6 agent references (23 places)", "✅ No new problems (4 were already there)". */
function verdictHeadline(j) {
    const broken = j.new.filter(isBrokenReference);
    const subjects = new Set(broken.map((f) => f.subject ?? f.message));
    const blocking = (f) => f.severity === 'error' || (j.strict && f.severity === 'warning');
    const others = j.new.filter((f) => !isBrokenReference(f) && blocking(f));
    const already = j.existing.length > 0 ? ` (${j.existing.length} ${j.existing.length === 1 ? 'was' : 'were'} already there)` : '';
    if (j.verdict === 'fail') {
        const otherText = (lead) => {
            const errors = others.filter((f) => f.severity === 'error').length;
            const warnings = others.length - errors;
            return [
                errors > 0 ? `${lead}${plural(errors, 'error')}` : '',
                warnings > 0 ? `${errors > 0 ? ' and ' : lead}${plural(warnings, 'new warning')}` : '',
            ].join('');
        };
        if (broken.length > 0) {
            const what = broken.every((f) => f.message.startsWith("Agent '")) ? 'agent reference' : 'reference';
            const places = broken.length !== subjects.size ? ` (${plural(broken.length, 'place')})` : '';
            const more = others.length > 0 ? otherText(' and introduces ').replace(/ (error|new warning)/, ' other $1') : '';
            return { icon: '❌', text: `This change breaks ${plural(subjects.size, what)}${places}${more}` };
        }
        return { icon: '❌', text: `This change introduces ${otherText('')}` };
    }
    const fixed = j.fixed.length > 0 ? `; it fixes ${j.fixed.length}` : '';
    const warnings = j.new.filter((f) => f.severity === 'warning').length;
    if (warnings > 0)
        return { icon: '⚠️', text: `No new errors, ${plural(warnings, 'new warning')}${fixed}${already}` };
    return { icon: '✅', text: `No new problems${fixed}${already}` };
}
/** "Agent 'tech-lead' was renamed to 'engineering-lead'; 11 references still use 'tech-lead'" */
function renameSentence(r) {
    const left = r.remaining.length === 0
        ? 'no reference uses the old id'
        : `${plural(r.remaining.length, 'reference')} still ${r.remaining.length === 1 ? 'uses' : 'use'} '${r.from}'`;
    return `${r.kind} '${r.from}' was renamed to '${r.to}'; ${left}`;
}
/** The renames that left references behind. */
function renamesWithLeftovers(j) {
    return j.renames.filter((r) => r.remaining.length > 0);
}
/** A shell word: quoted only when it has to be. */
function shellWord(text) {
    return /^[\w@%+=:,./~^-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
/** The one-line fix command for the leftovers of a judgement against `since`. */
function fixCommand(since, where = {}) {
    const dirs = [
        where.configDir !== undefined ? ` --config-dir ${shellWord(where.configDir)}` : '',
        where.backupDir !== undefined ? ` --backup-dir ${shellWord(where.backupDir)}` : '',
    ].join('');
    return `orch-backup${dirs} validate --since ${shellWord(since)} --fix`;
}

;// CONCATENATED MODULE: ./lib/render/claude.js


/**
 * The PostToolUse `reason` Claude reads when its edit broke the config: where, what, and how to
 * repair it. Problems that were there before the edit are left out, so Claude fixes its own.
 */
function renderEditReason(judgement, backup, tool) {
    const lines = [
        `orch-backup: this ${tool} broke the orchestration config (compared with backup ${backup}, the config just before it).`,
    ];
    const renames = renamesWithLeftovers(judgement);
    const renamed = new Set(renames.map((r) => r.from));
    for (const r of renames) {
        const where = r.remaining.map((l) => `${l.file}:${l.line}`).join(', ');
        lines.push(`- ${r.kind} '${r.from}' was renamed to '${r.to}' in ${r.file}, but '${r.from}' still appears at ${where}. Replace '${r.from}' with '${r.to}' there.`);
    }
    for (const d of judgement.new) {
        if (d.severity === 'info')
            continue;
        if ((d.code === 'unknown-agent' || d.code === 'renamed-reference') &&
            d.subject !== undefined &&
            renamed.has(d.subject))
            continue;
        lines.push(`- ${text_location(d)}: ${d.message}${remedy(d)}`);
    }
    lines.push(`Fix: repair the edit as above, or let the tool do it: npx orch-backup validate --since ${backup} --fix --yes. To undo the edit: npx orch-backup restore ${backup}.`);
    lines.push('Problems that were already there before this edit are not listed.');
    return lines.join('\n');
}
function remedy(d) {
    if (d.code === 'unknown-agent')
        return ': define the agent in teams.json or correct the name';
    if (d.code === 'json-syntax')
        return ': the file is no longer valid JSON';
    return '';
}


/***/ })

};
;