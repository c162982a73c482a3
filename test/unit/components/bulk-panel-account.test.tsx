/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BulkPanel } from '../../../components/review/BulkPanel';
import { setLanguage } from '../../../lib/i18n';
import { personNames } from '../../../lib/review/person-name';
import type { ReviewedFinding } from '../../../lib/engine/acceptances';
import { scanDemo, type Demo } from '../overlay-advice/demo';

// Issue #19's review: in the demo, deploy-bot's line read "deploy-bot: … (1, on 0 apps)". Its one
// open finding is about the person across apps (a service account on two apps, no one app): the
// apps its evidence names count, and a line whose findings name no app says it is about the account.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

let demo: Demo;
beforeAll(async () => void (demo = await scanDemo()));

/** The text of the person's line in the panel (its button starts with the person's name). */
const personLine = (name: string, findings: ReviewedFinding[] = demo.review.findings) => {
  const names = personNames(demo.snapshot.assignments);
  render(<BulkPanel findings={findings} decisions={[]} names={names} busy={false} onDecide={() => undefined} />);
  const line = screen
    .getAllByRole('button')
    .find((b) => b.textContent?.startsWith(`${name}\u00a0:`) || b.textContent?.startsWith(`${name}:`));
  return line?.textContent ?? '';
};

const deployBot = () => demo.review.findings.filter((f) => f.person?.email.startsWith('deploy-bot@'));

describe('a person whose findings are about them across apps, in the bulk panel', () => {
  it('counts the apps the finding names: deploy-bot on 2 apps, never "on 0 apps"', () => {
    expect(deployBot().map((f) => [f.rule, f.app])).toEqual([['service-account-spread', null]]);
    expect(personLine('deploy-bot')).toBe('deploy-bot: accept until the date (1, on 2 apps)');
  });

  it('says the same in French', () => {
    setLanguage('fr');
    expect(personLine('deploy-bot')).toMatch(/^deploy-bot\u00a0: .+ \(1, sur 2 apps\)$/);
  });

  it('says "about the account" when the findings name no app, in both languages', () => {
    const noApps = deployBot().map((f) => ({
      ...f,
      evidence: [{ key: 'evidence.serviceAccount.onePerApp' as const }],
    }));
    expect(personLine('deploy-bot', noApps)).toBe('deploy-bot: accept until the date (1, about the account)');
    cleanup();
    setLanguage('fr');
    expect(personLine('deploy-bot', noApps)).toMatch(/\(1, sur le compte\)$/);
  });
});
