import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

export interface RenderContext {
  colors: Colors;
  /** How to show an absolute path to this user (relative to where they stand). */
  displayPath: (absolutePath: string) => string;
  now: Date;
}

export function plainContext(now = new Date()): RenderContext {
  return { colors: pc.createColors(false), displayPath: (p) => p, now };
}

/** `512 B`, `3.2 KB`, `1.5 MB`: binary units with these short labels. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
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
let relativeFormat: Intl.RelativeTimeFormat | undefined;
const relative = {
  format: (value: number, unit: Intl.RelativeTimeFormatUnit): string =>
    (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' })).format(value, unit),
};

/** "just now", "5 minutes ago", "2 hours ago", "yesterday", "5 days ago", "3 months ago". */
export function formatAge(then: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 0) return 'in the future';
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 45) return relative.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 22) return relative.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 26) return relative.format(-days, 'day');
  const months = Math.round(days / 30.44);
  if (months < 11) return relative.format(-Math.max(1, months), 'month');
  return relative.format(-Math.max(1, Math.round(days / 365.25)), 'year');
}

/** `2024-01-20 10:30:45 UTC` */
export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

export function heading(title: string, rule = '='): string {
  return `${title}\n${rule.repeat(title.length)}`;
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
