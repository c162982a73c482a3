import type { ReviewRecord } from '../review/record';
import { isRoleLimit } from '../scan/role-limit';
import type { ScanError } from '../scan/snapshot';

// The review as SARIF 2.1.0, for code-scanning dashboards: one result per finding, the rule
// catalogue in the driver, accepted risks as external suppressions, and the parts of the
// account that could not be read as tool notifications.

const RULES: Record<string, string> = {
  'own-2fa': 'The account running the review has no two-factor authentication.',
  'missing-2fa': 'A collaborator has no two-factor authentication.',
  'unused-full-access': 'A full Collaborator used no Collaborator-only permission in the look-back window: Limited is enough.',
  'no-activity': 'A collaborator did nothing on the app in the look-back window.',
  'stale-invitation': 'An invitation has been pending for longer than the policy allows.',
  'deleted-account': 'A deleted account is still listed as a collaborator.',
  'external-domain': 'Full access from an e-mail domain outside the team.',
  'too-many-full': 'An app has more full Collaborators than the policy allows.',
  'full-on-many-apps': 'One person has full access to more apps than the policy allows.',
  escalation: 'A collaborator who is not the owner managed access on the app.',
  'personal-owner': 'A production app is owned by a personal account rather than a service account.',
};
const LEVEL = { P1: 'error', P2: 'error', P3: 'warning', P4: 'note' } as const;

export function reviewToSarif(record: ReviewRecord, errors: ScanError[], version: string): string {
  const ids = [...new Set([...Object.keys(RULES), ...record.findings.map((f) => f.rule)])];
  const acceptances = new Map(record.acceptances.map((a) => [a.findingId, a]));
  const sarif = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'scalingo-access-review',
            version,
            rules: ids.map((id) => ({ id, name: id, shortDescription: { text: RULES[id] ?? id } })),
          },
        },
        invocations: [
          {
            executionSuccessful: errors.every(isRoleLimit),
            toolExecutionNotifications: errors.map((e) => ({
              level: isRoleLimit(e) ? 'note' : 'error',
              message: { text: `${[e.region, e.app].filter(Boolean).join('/') || 'account'} ${isRoleLimit(e) ? 'is not readable with your role there' : 'could not be read'}: ${e.message}` },
            })),
          },
        ],
        results: record.findings.map((f) => {
          const accepted = acceptances.get(f.id);
          return {
            ruleId: f.rule,
            ruleIndex: ids.indexOf(f.rule),
            level: LEVEL[f.priority],
            message: { text: `${f.title}. ${f.evidence.join(' ')}` },
            locations: [{ logicalLocations: [{ fullyQualifiedName: [f.region, f.app, f.person].filter(Boolean).join('/') || 'account', kind: 'resource' }] }],
            partialFingerprints: { findingId: f.id },
            properties: { priority: f.priority, action: f.action, link: f.link },
            ...(f.state === 'accepted'
              ? { suppressions: [{ kind: 'external', justification: accepted ? `${accepted.justification} (${accepted.by}, until ${accepted.expiresAt.slice(0, 10)})` : 'accepted risk' }] }
              : {}),
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
