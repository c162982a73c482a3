import type { AccessSnapshot } from '../scan/snapshot';
import type { Action, Finding } from './finding';

// Your own collaboration on someone else's app is never a target: the planner refuses to change
// the reviewer's own access, and only the app's owner decides it. A rule that would propose a
// change there (a downgrade, a removal, a 2FA request — your own 2FA is `own-2fa`'s —, a review
// that could end in revoking it) gives, as
// information, the same finding with the lowest priority and "ask the owner".

const CHANGES = new Set<Action>(['downgrade', 'revoke', 'remove', 'ask-2fa', 'review']);

export function ownAccessAsInformation(findings: Finding[], snapshot: AccessSnapshot): Finding[] {
  const { me } = snapshot;
  const owners = new Map(
    snapshot.apps.filter((a) => !a.ownedByMe).map((a) => [a.id, a.owner.username || a.owner.email]),
  );
  // Only apps owned by someone else can hold such a finding: none, nothing to look at.
  if (owners.size === 0) return findings;
  const myEmail = me.email.toLowerCase();
  const isMe = (p: NonNullable<Finding['person']>) => p.userId === me.id || p.email.toLowerCase() === myEmail;
  return findings.map((f) => {
    const owner = f.app && owners.get(f.app.id);
    if (!owner || !f.person || !CHANGES.has(f.action) || !isMe(f.person)) return f;
    return {
      ...f,
      priority: 'P4',
      action: 'ask-owner',
      evidence: [{ key: 'evidence.ownAccess', vars: { owner } }, ...f.evidence],
    };
  });
}
