import { describe, expect, it } from 'vitest';
import { staleInvitation } from '../../../lib/rules/stale-invitation';
import { messageText } from '../../../lib/ui/message-text';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from './builders';

// One name per person: an invitation's title names the person by their username when the
// account has one, like every other rule, never by the e-mail in one title and the name in the next.

describe('stale invitation title', () => {
  it('names the person by their username', () => {
    const s = snapshot(
      [app('web'), app('api')],
      [
        person('web', 'lea.dev@gmail.com', { username: 'lea-freelance' }),
        person('api', 'lea.dev@gmail.com', { username: '', status: 'pending', invitedAt: '2026-01-01T00:00:00.000Z' }),
      ],
    );
    const [f] = staleInvitation(s, parsePolicy({}), NOW);
    expect(messageText(f!.title)).toBe('Invitation for lea-freelance to api still pending');
  });
});
