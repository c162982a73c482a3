import { describe, expect, it } from 'vitest';
import { runRules } from '../../../lib/rules';
import { activity, app, person, policy, snapshot, NOW } from './builders';

// Evidence quotes the window the activity was read over (the scan's), even after the policy's
// look-back changed and before the next scan reads the new window.

describe('the look-back window in evidence', () => {
  it('is the scan’s, not the policy’s changed since', () => {
    const web = app('web');
    const s = snapshot([web], [person('web', 'bob@acme.example', { activity: activity({ actions: 3 }) })], {
      lookBackDays: 90,
    });
    const f = runRules(s, policy({ lookBackDays: 30 }), NOW).find((x) => x.rule === 'unused-full-access')!;
    expect(f.evidence).toContainEqual({ key: 'evidence.noFullOnly', vars: { days: 90 } });
  });
});
