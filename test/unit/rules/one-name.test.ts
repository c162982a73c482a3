import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { runRules } from '../../../lib/rules/index';
import { messageText } from '../../../lib/ui/message-text';
import { activity, app, daysAgo, NOW, person, snapshot } from './builders';

// One name per person: a freelancer who is a collaborator on one app (with a username) and only
// invited, or listed without a username, on others is "lea-freelance" in every title, so the
// table's search for that name finds every one of her findings.

const LEA = 'lea.dev@gmail.com';
const nameless = { username: '', tfa: false, activity: activity({ full: { run_command: 2 }, lastAt: daysAgo(200) }) };

describe('one name per person across rules', () => {
  const s = snapshot(
    [app('web'), app('api'), app('db'), app('shop'), app('blog')],
    [
      person('web', LEA, { username: 'lea-freelance' }),
      person('api', LEA, { ...nameless }),
      person('db', LEA, { ...nameless }),
      person('shop', LEA, { ...nameless, activity: null }),
      person('blog', LEA, { username: '', status: 'pending', invitedAt: daysAgo(60), tfa: null }),
    ],
  );
  const findings = runRules(s, parsePolicy({}), NOW).filter((f) => f.person?.email === LEA);

  it('finds several things about her', () => {
    expect(new Set(findings.map((f) => f.rule)).size, findings.map((f) => f.rule).join()).toBeGreaterThan(3);
  });

  it('never names her by her e-mail in a title', () => {
    for (const f of findings) {
      const title = messageText(f.title);
      expect(title, f.rule).not.toContain(LEA);
      if (title.includes('lea')) expect(title, f.rule).toContain('lea-freelance');
    }
  });
});
