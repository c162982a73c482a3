import { z } from 'zod';
import { ActivitySummary } from '../activity/summary';

// AccessSnapshot: what one scan learnt about the account, as plain data. It is stored,
// passed to the rules and shown by every view; the version lets stored copies be migrated.

export const SNAPSHOT_VERSION = 2;

export const Role = z.enum(['owner', 'collaborator', 'limited']);
export type Role = z.infer<typeof Role>;

export const AssignmentStatus = z.enum(['owner', 'accepted', 'pending', 'deleted', 'unknown']);
export type AssignmentStatus = z.infer<typeof AssignmentStatus>;

export const ScanError = z.object({
  scope: z.enum(['account', 'region', 'app']),
  region: z.string().optional(),
  app: z.string().optional(),
  kind: z.string(),
  message: z.string(),
  /** Someone else's app whose reads Scalingo refuses to the caller's role (lib/scan/role-limit.ts). */
  closedToRole: z.boolean().optional(),
  /** `scm`: only the app's SCM link failed; its collaborators were read (lib/engine/people-read.ts). */
  part: z.enum(['scm']).optional(),
});
export type ScanError = z.infer<typeof ScanError>;

/** What the rules read of an SCM link (docs/scalingo-api.md §8); null: Scalingo did not say. */
export const ScmSettings = z.object({
  repo: z.string().nullable(),
  branch: z.string().nullable(),
  autoDeploy: z.boolean().nullable(),
  reviewApps: z.boolean().nullable(),
  forks: z.boolean().nullable(),
  deleteStale: z.boolean().nullable(),
  hoursBeforeDeleteStale: z.number().nullable(),
});
export type ScmSettings = z.infer<typeof ScmSettings>;

/** One API token of the scanning account, as `GET /v1/tokens` lists it (never its value). */
export const ApiTokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** The token this extension (or the command line) scans with: told by the exchange, or marked by the user. */
  usedHere: z.enum(['exchange', 'marked']).optional(),
});
export type ApiTokenInfo = z.infer<typeof ApiTokenInfo>;

export const SnapshotApp = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  owner: z.object({ id: z.string(), email: z.string(), username: z.string() }),
  ownedByMe: z.boolean(),
  hds: z.boolean(),
  /** Hosted in a SecNumCloud region (name contains `secnum`, [I]: regions carry no such flag). */
  secnum: z.boolean(),
  parentAppName: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** When this app's events were last fetched; null when the scan does not need them. */
  activityAsOf: z.string().nullable(),
  /** Who linked the repository: Scalingo will not change their role. From the SCM link when read, else from recent SCM events. */
  scmLinker: z
    .object({ userId: z.string().nullable(), email: z.string().nullable(), username: z.string().nullable().optional() })
    .nullable(),
  /** The app's SCM link as `GET …/scm_repo_link` answered (linker null: no link), and when; absent when not read. */
  scmLink: z
    .object({
      linker: z
        .object({ userId: z.string().nullable(), email: z.string().nullable(), username: z.string().nullable() })
        .nullable(),
      readAt: z.string(),
      /** Where it deploys from and how review apps are made (absent in links read before they were kept). */
      settings: ScmSettings.optional(),
    })
    .nullable()
    .optional(),
});
export type SnapshotApp = z.infer<typeof SnapshotApp>;

/** One person's access to one app. The owner has one too (role owner, no collaborator id). */
export const Assignment = z.object({
  appId: z.string(),
  region: z.string(),
  collaboratorId: z.string().nullable(),
  userId: z.string().nullable(),
  email: z.string(),
  username: z.string().nullable(),
  role: Role,
  status: AssignmentStatus,
  tfa: z.boolean().nullable(), // null: unknown (pending invitation, or an owner who is not me)
  /**
   * When the invitation was sent: from a `new_collaborator` event, else the id's timestamp [I];
   * in page-only mode from the date its row showed ('page', with null when the row showed none).
   */
  invitedAt: z.string().nullable(),
  invitedAtSource: z.enum(['event', 'id', 'page']).nullable(),
  /** Activity over the look-back window; null when the app's events were not needed or not read. */
  activity: ActivitySummary.nullable(),
});
export type Assignment = z.infer<typeof Assignment>;

export const AccessSnapshot = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  scannedAt: z.string(),
  lookBackDays: z.number(),
  /** Requests this scan sent (retries included) and 429s it met. */
  cost: z.object({ requests: z.number(), http429: z.number() }),
  me: z.object({ id: z.string(), email: z.string(), username: z.string(), tfa: z.boolean().nullable() }),
  regions: z.array(z.object({ name: z.string(), displayName: z.string(), api: z.string() })),
  apps: z.array(SnapshotApp),
  assignments: z.array(Assignment),
  errors: z.array(ScanError),
  /** The scanning account's API tokens; absent when not read (older snapshots, or the read failed with nothing before). */
  apiTokens: z.array(ApiTokenInfo).optional(),
  /**
   * Set while the scan that wrote this snapshot is still reading (or was stopped): the apps whose
   * events or SCM link are not read yet, by `region/appId`; every other app is complete. Absent
   * on a finished scan's snapshot (lib/scan/publication.ts). `listsReadAt`: when its lists were
   * read (a resume reuses them for an hour); `force`: a "Rescan everything", resumed as one;
   * `tokensPending`: the API token list shown is the last scan's, not read again yet;
   * `notifyKnown`: a scheduled scan's, the findings the review had before it (the scan that ends
   * it, resumed or not, notifies the new P1 and P2 ones: lib/background/new-urgent.ts).
   */
  partial: z
    .object({
      pending: z.array(z.string()),
      cancelled: z.boolean(),
      listsReadAt: z.string().optional(),
      force: z.boolean().optional(),
      tokensPending: z.boolean().optional(),
      notifyKnown: z.array(z.string()).optional(),
    })
    .optional(),
});
export type AccessSnapshot = z.infer<typeof AccessSnapshot>;

export function assignmentsOf(snapshot: AccessSnapshot, appId: string): Assignment[] {
  return snapshot.assignments.filter((a) => a.appId === appId);
}
