import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { deletedAccount } from './deleted-account';
import { escalation } from './escalation';
import { externalDomain } from './external-domain';
import type { Finding } from './finding';
import { fullOnManyApps } from './full-on-many-apps';
import { missing2fa } from './missing-2fa';
import { noActivity } from './no-activity';
import { own2fa } from './own-2fa';
import { ownAccessAsInformation } from './own-access';
import { personalOwner } from './personal-owner';
import { staleInvitation } from './stale-invitation';
import { tooManyFull } from './too-many-full';
import { unusedFullAccess } from './unused-full-access';

// Every rule, by id. A rule is a pure function of the snapshot, the policy and the time; its
// file is named after its id. To add one: a file here, a line below, its strings in lib/i18n.

export type Rule = (snapshot: AccessSnapshot, policy: Policy, now: Date) => Finding[];

export const RULES: Record<string, Rule> = {
  'own-2fa': own2fa,
  'missing-2fa': missing2fa,
  'unused-full-access': unusedFullAccess,
  'no-activity': noActivity,
  'stale-invitation': staleInvitation,
  'deleted-account': deletedAccount,
  'external-domain': externalDomain,
  'too-many-full': tooManyFull,
  'full-on-many-apps': fullOnManyApps,
  escalation,
  'personal-owner': personalOwner,
};

const ORDER = { P1: 0, P2: 1, P3: 2, P4: 3 } as const;

/** Every rule's findings, most urgent first, then by app and person (a stable order). */
export function runRules(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const all = ownAccessAsInformation(Object.values(RULES).flatMap((rule) => rule(snapshot, policy, now)), snapshot);
  // Code-unit order, not localeCompare: the same everywhere, and fast on 100k findings.
  return all.sort((a, b) => ORDER[a.priority] - ORDER[b.priority] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
