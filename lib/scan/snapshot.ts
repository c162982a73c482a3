import { z } from 'zod';

// AccessSnapshot: what one scan learnt about the account, as plain data. It is stored,
// passed to the rules and shown by every view; the version lets stored copies be migrated.

export const SNAPSHOT_VERSION = 1;

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
});
export type ScanError = z.infer<typeof ScanError>;

export const SnapshotApp = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  owner: z.object({ id: z.string(), email: z.string(), username: z.string() }),
  ownedByMe: z.boolean(),
  hds: z.boolean(),
  parentAppName: z.string().nullable(),
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
});
export type Assignment = z.infer<typeof Assignment>;

export const AccessSnapshot = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  scannedAt: z.string(),
  me: z.object({ id: z.string(), email: z.string(), username: z.string(), tfa: z.boolean().nullable() }),
  regions: z.array(z.object({ name: z.string(), displayName: z.string(), api: z.string() })),
  apps: z.array(SnapshotApp),
  assignments: z.array(Assignment),
  errors: z.array(ScanError),
});
export type AccessSnapshot = z.infer<typeof AccessSnapshot>;

export function assignmentsOf(snapshot: AccessSnapshot, appId: string): Assignment[] {
  return snapshot.assignments.filter((a) => a.appId === appId);
}
