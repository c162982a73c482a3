import { afterAll, describe, expect, it } from 'vitest';
import { review } from '../../../lib/engine/review';
import { setLanguage } from '../../../lib/i18n';
import { overlayOfApp } from '../../../lib/overlay-advice/app-view';
import { overlayOfPeople } from '../../../lib/overlay-advice/people-view';
import { parsePolicy } from '../../../lib/policy';
import { messageText } from '../../../lib/ui/message-text';
import { app, NOW, person, snapshot } from '../rules/builders';

// One name per person in the overlay: a pending invitee has no username on the app that invited
// them, but has one on another app; the overlay names them as the findings' titles do.

afterAll(() => setLanguage('en'));

const s = snapshot(
  [app('web'), app('api')],
  [
    person('web', 'lea@gmail.com', { username: 'lea-freelance' }),
    person('api', 'lea@gmail.com', { username: null, status: 'pending', userId: null, tfa: null }),
  ],
);
const r = review(s, parsePolicy({}), [], NOW);

describe('overlay name of a pending invitee', () => {
  it("is the username the person has on another app, on the app's page and on the people page", () => {
    setLanguage('en');
    const onApi = overlayOfApp(s, r, 'osc-fr1', 'api', NOW)!.people.find((p) => p.email === 'lea@gmail.com')!;
    expect(onApi.name).toBe('lea-freelance');
    const everywhere = overlayOfPeople(s, r, NOW).people.filter((p) => p.email === 'lea@gmail.com');
    expect(everywhere.map((p) => p.name)).toEqual(everywhere.map(() => 'lea-freelance'));
    expect(everywhere.length).toBeGreaterThan(0);
    const titles = r.findings.filter((f) => f.person?.email === 'lea@gmail.com').map((f) => messageText(f.title));
    expect(titles.join(' ')).not.toContain('lea@gmail.com');
  });
});
