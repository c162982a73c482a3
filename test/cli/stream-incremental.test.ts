import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findingStream } from '../../lib/cli/stream';
import type { RulesRun } from '../../lib/engine/incremental';
import { parsePolicy } from '../../lib/policy';
import { CATALOGUE } from '../../lib/rules/index';
import { appKey } from '../../lib/scan/publication';
import type { AccessSnapshot } from '../../lib/scan/snapshot';
import { randomSnapshot, seeded } from '../unit/rules/random-snapshot';

// `--stream` reviews each publication of the scan through lib/engine/incremental.ts, as the
// background does: the apps a publication left as they were keep their findings.

const runs = vi.hoisted(() => [] as Array<{ previous: RulesRun | null; result: RulesRun }>);
vi.mock('../../lib/engine/incremental', async (original) => {
  const real = await original<typeof import('../../lib/engine/incremental')>();
  return {
    ...real,
    runRulesSince: (...args: Parameters<typeof real.runRulesSince>) => {
      const result = real.runRulesSince(...args);
      runs.push({ previous: args[0], result });
      return result;
    },
  };
});

const APP_RULES = new Set(CATALOGUE.filter((r) => r.meta.scope === 'app').map((r) => r.meta.id));

beforeEach(() => {
  runs.length = 0;
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T10:00:10Z') });
});
afterEach(() => vi.useRealTimers());

describe('--stream on a running scan', () => {
  it('re-uses the previous publication’s findings for the apps left as they were', () => {
    const lines: string[] = [];
    const stream = findingStream({ write: (s) => void lines.push(s) }, parsePolicy({}), []);
    const base = randomSnapshot(seeded(11));
    const keys = base.apps.map(appKey);
    const first: AccessSnapshot = { ...base, partial: { pending: keys, cancelled: false } };
    // The next publication: the same objects, the first app now complete.
    const second: AccessSnapshot = { ...base, partial: { pending: keys.slice(1), cancelled: false } };
    stream.publication(first);
    vi.setSystemTime(new Date('2026-03-01T10:00:40Z')); // the same minute
    stream.publication(second);
    const [before, after] = runs.map((r) => r.result) as [RulesRun, RulesRun];
    expect(runs.map((r) => r.previous)).toEqual([null, before]);
    const perApp = after.findings.filter((f) => APP_RULES.has(f.rule));
    expect(perApp.length).toBeGreaterThan(0);
    expect(perApp.every((f) => before.findings.includes(f))).toBe(true);
    const written = lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(new Set(written).size).toBe(written.length);
  });
});
