import type { ReviewedFinding } from '../engine/acceptances';
import { PRIORITIES, type Priority } from '../engine/finding';
import type { AccessSnapshot, AssignmentStatus, Role } from '../scan/snapshot';
import type { PersonNames } from './person-name';

// The access matrix: people × apps, each cell the role, its status and 2FA, with the most
// urgent open finding of that person on that app. Pure, so the page, its print and the
// Markdown pack show the same cells.

export type MatrixFilter = 'all' | 'no2fa' | 'full' | 'outside' | 'pending';
export const MATRIX_FILTERS: MatrixFilter[] = ['all', 'no2fa', 'full', 'outside', 'pending'];

export interface MatrixCell {
  role: Role;
  status: AssignmentStatus;
  tfa: boolean | null;
  worst: Priority | null;
  findingIds: string[];
}

export interface MatrixRow {
  email: string;
  name: string;
  flags: Record<Exclude<MatrixFilter, 'all'>, boolean>;
  /** By app id; absent: no access. */
  cells: Map<string, MatrixCell>;
}

export interface Matrix {
  apps: { id: string; name: string; region: string }[];
  rows: MatrixRow[];
}

const worse = (a: Priority | null, b: Priority): Priority =>
  a && PRIORITIES.indexOf(a) <= PRIORITIES.indexOf(b) ? a : b;

export function buildMatrix(
  snapshot: Pick<AccessSnapshot, 'apps' | 'assignments'>,
  findings: ReviewedFinding[],
  names: PersonNames,
): Matrix {
  const open = new Map<string, ReviewedFinding[]>();
  const outside = new Set<string>();
  for (const f of findings) {
    if (!f.person) continue;
    // Outside the team whatever the finding's state: an accepted risk does not bring them in.
    if (f.rule === 'external-domain') outside.add(f.person.email.toLowerCase());
    if (f.state !== 'open' || !f.app) continue;
    const key = `${f.app.id}\n${f.person.email.toLowerCase()}`;
    open.set(key, [...(open.get(key) ?? []), f]);
  }
  const rows = new Map<string, MatrixRow>();
  for (const a of snapshot.assignments) {
    const email = a.email.toLowerCase();
    const row = rows.get(email) ?? {
      email: a.email,
      name: names(a.email),
      flags: { no2fa: false, full: false, outside: outside.has(email), pending: false },
      cells: new Map<string, MatrixCell>(),
    };
    const here = open.get(`${a.appId}\n${email}`) ?? [];
    row.cells.set(a.appId, {
      role: a.role,
      status: a.status,
      tfa: a.tfa,
      worst: here.reduce<Priority | null>((w, f) => worse(w, f.priority), null),
      findingIds: here.map((f) => f.id),
    });
    row.flags.no2fa ||= a.tfa === false;
    // Owners have every right a full collaborator has, and more.
    row.flags.full ||= (a.role === 'collaborator' || a.role === 'owner') && a.status !== 'pending';
    row.flags.pending ||= a.status === 'pending';
    rows.set(email, row);
  }
  const apps = [...snapshot.apps]
    .sort((x, y) => x.name.localeCompare(y.name) || x.region.localeCompare(y.region))
    .map(({ id, name, region }) => ({ id, name, region }));
  return { apps, rows: [...rows.values()].sort((x, y) => x.name.localeCompare(y.name)) };
}

export function filterMatrix(m: Matrix, filter: MatrixFilter): Matrix {
  return filter === 'all' ? m : { ...m, rows: m.rows.filter((r) => r.flags[filter]) };
}
