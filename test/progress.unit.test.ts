import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/cli/progress.js';
import { progressCounter } from '../src/core/util/progress.js';

describe('progressLine', () => {
  it('draws nothing in the first second, then at most every 100 ms, and erases itself', () => {
    let clock = 0;
    const out: string[] = [];
    const line = progressLine(
      true,
      (t) => out.push(t),
      () => clock,
    );
    line.report('reading', 1, 10);
    clock = 999;
    line.report('reading', 2, 10);
    expect(out).toEqual([]);
    clock = 1000;
    line.report('reading', 3, 10);
    clock = 1050;
    line.report('reading', 4, 10);
    clock = 1100;
    line.report('reading', 5, 10);
    line.report('verifying', 0, 10);
    line.report('verifying', 10, 10);
    line.clear();
    expect(out).toEqual([
      '\r\u001b[KReading 3/10 files (30%)',
      '\r\u001b[KReading 5/10 files (50%)',
      '\r\u001b[KVerifying 0/10 files (0%)',
      '\r\u001b[KVerifying 10/10 files (100%)',
      '\r\u001b[K',
    ]);
  });

  it('is silent when disabled, and clear() writes nothing when nothing was drawn', () => {
    const out: string[] = [];
    const off = progressLine(
      false,
      (t) => out.push(t),
      () => 5000,
    );
    off.report('reading', 1, 2);
    off.clear();
    const quick = progressLine(
      true,
      (t) => out.push(t),
      () => 0,
    );
    quick.report('reading', 1, 2);
    quick.clear();
    expect(out).toEqual([]);
  });
});

describe('progressCounter', () => {
  it('counts ticks of one phase from zero', () => {
    const seen: string[] = [];
    const tick = progressCounter((step, done, total) => seen.push(`${step} ${done}/${total}`), 'staging', 2);
    tick();
    tick();
    expect(seen).toEqual(['staging 0/2', 'staging 1/2', 'staging 2/2']);
    expect(() => progressCounter(undefined, 'x', 1)()).not.toThrow();
  });
});
