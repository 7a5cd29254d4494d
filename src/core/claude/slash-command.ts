/**
 * The /config-backup slash command, as `claude install` writes it to .claude/commands/ and as
 * the plugin ships it (plugin/commands/config-backup.md holds the same text; a test keeps them
 * equal). It runs `orch-backup claude slash` with the user's arguments before the prompt is
 * sent (the `!` line), so Claude only shows the output; `allowed-tools` permits nothing else.
 */
export const SLASH_COMMAND_MARKER = '<!-- orch-backup: /config-backup';

export const SLASH_COMMAND = `---
description: Back up, list, compare, validate, restore or clean the orchestration config with orch-backup
argument-hint: [create|list|restore|diff|validate|clean] [backup-name]
allowed-tools: Bash(npx --no-install orch-backup claude slash:*)
---
${SLASH_COMMAND_MARKER} from orchestration-backup: \`orch-backup claude install\` writes it, \`orch-backup claude uninstall\` removes it -->

## Output of \`orch-backup $ARGUMENTS\`

!\`npx --no-install orch-backup claude slash $ARGUMENTS\`

Show the output above to the user as it is, in a code block, and nothing else: do not run any
other command, do not edit any file, and do not repeat the command with other arguments. A
restore or clean without \`--confirm\` only showed its plan; it is applied only when the user
runs \`/config-backup restore <backup-name> --confirm\` (or \`clean … --confirm\`) themselves.
`;
