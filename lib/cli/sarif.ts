import type { ReviewRecord } from '../review/record';
import { CATALOGUE } from '../rules';
import { isRoleLimit } from '../scan/role-limit';
import type { ScanError } from '../scan/snapshot';

// The review as SARIF 2.1.0, for code-scanning dashboards: one result per finding, the rule
// catalogue in the driver, accepted risks as external suppressions, and the parts of the
// account that could not be read as tool notifications. The rule texts are each rule's own
// `META` (lib/rules/index.ts), so no rule can be missing here.

const LEVEL = { P1: 'error', P2: 'error', P3: 'warning', P4: 'note' } as const;
const META = new Map(CATALOGUE.map(({ meta }) => [meta.id, meta]));

function driverRule(id: string) {
  const meta = META.get(id);
  if (!meta) return { id, name: id, shortDescription: { text: id } };
  return {
    id,
    name: id,
    shortDescription: { text: meta.short },
    fullDescription: { text: meta.full },
    help: { text: meta.help },
    defaultConfiguration: { level: LEVEL[meta.priority] },
  };
}

export function reviewToSarif(record: ReviewRecord, errors: ScanError[], version: string): string {
  const ids = [...new Set([...META.keys(), ...record.findings.map((f) => f.rule)])];
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
            rules: ids.map(driverRule),
          },
        },
        invocations: [
          {
            executionSuccessful: errors.every(isRoleLimit),
            toolExecutionNotifications: errors.map((e) => ({
              level: isRoleLimit(e) ? 'note' : 'error',
              message: {
                text: `${[e.region, e.app].filter(Boolean).join('/') || 'account'} ${isRoleLimit(e) ? 'is not readable with your role there' : 'could not be read'}: ${e.message}`,
              },
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
            locations: [
              {
                logicalLocations: [
                  {
                    fullyQualifiedName: [f.region, f.app, f.person].filter(Boolean).join('/') || 'account',
                    kind: 'resource',
                  },
                ],
              },
            ],
            partialFingerprints: { findingId: f.id },
            properties: { priority: f.priority, action: f.action, link: f.link },
            ...(f.state === 'accepted'
              ? {
                  suppressions: [
                    {
                      kind: 'external',
                      justification: accepted
                        ? `${accepted.justification} (${accepted.by}, until ${accepted.expiresAt.slice(0, 10)})`
                        : 'accepted risk',
                    },
                  ],
                }
              : {}),
          };
        }),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
