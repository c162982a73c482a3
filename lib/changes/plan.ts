import type { Finding } from '../engine/finding';
import type { Decision } from '../review/decisions';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import type { Collaboration, PlanItem } from './plan-item';

// Turns the reviewer's decisions into the exact writes: downgrade → PATCH is_limited true,
// revoke → DELETE. Never the owner, never the reviewer's own access, never an app's role that
// is already what was asked; what cannot be planned is listed with why.

export interface Plan {
  items: PlanItem[];
  skipped: Array<{
    findingId: string;
    reason: 'not-found' | 'owner' | 'self' | 'no-change' | 'not-a-person' | 'superseded' | 'applied';
  }>;
}

const enc = encodeURIComponent;

export function buildPlan(snapshot: AccessSnapshot, findings: Finding[], decisions: Decision[]): Plan {
  const plan: Plan = { items: [], skipped: [] };
  const byId = new Map(findings.map((f) => [f.id, f]));
  for (const d of decisions) {
    if (d.kind !== 'downgrade' && d.kind !== 'revoke') continue;
    const f = byId.get(d.findingId);
    const a = f && target(snapshot, f);
    const skip = (reason: Plan['skipped'][number]['reason']) => plan.skipped.push({ findingId: d.findingId, reason });
    if (!f || !f.app || !f.person) {
      skip(f ? 'not-a-person' : 'not-found');
      continue;
    }
    if (!a) {
      skip('not-found');
      continue;
    }
    if (a.role === 'owner') {
      skip('owner');
      continue;
    }
    if (a.userId === snapshot.me.id || a.email.toLowerCase() === snapshot.me.email.toLowerCase()) {
      skip('self');
      continue;
    }
    if (d.kind === 'downgrade' && a.role === 'limited') {
      skip('no-change');
      continue;
    }
    const api = snapshot.regions.find((r) => r.name === f.app!.region)?.api;
    if (!api) {
      skip('not-found');
      continue;
    }
    const path = `/v1/apps/${enc(f.app.id)}/collaborators/${enc(a.collaboratorId!)}`;
    plan.items.push({
      id: `${d.kind}:${f.app.id}:${a.collaboratorId}`,
      findingId: f.id,
      kind: d.kind,
      app: f.app,
      api,
      collaboratorId: a.collaboratorId,
      email: a.email,
      from: a.role,
      to: d.kind === 'downgrade' ? 'limited' : 'none',
      call:
        d.kind === 'downgrade'
          ? { method: 'PATCH', path, body: { collaborator: { is_limited: true } } }
          : { method: 'DELETE', path },
    });
  }
  return oneWritePerCollaboration(plan);
}

/**
 * Two findings about the same person on the same app may both be decided: one write each
 * would PATCH then DELETE (or PATCH twice). A removal covers a downgrade; the others are
 * listed as superseded.
 */
function oneWritePerCollaboration(plan: Plan): Plan {
  const kept = new Map<string, PlanItem>();
  for (const item of plan.items) {
    const key = `${item.app.id}:${item.collaboratorId}`;
    const first = kept.get(key);
    if (!first || (first.kind === 'downgrade' && item.kind === 'revoke')) kept.set(key, item);
  }
  const items = plan.items.filter((i) => kept.get(`${i.app.id}:${i.collaboratorId}`) === i);
  const superseded = plan.items
    .filter((i) => !items.includes(i))
    .map((i) => ({ findingId: i.findingId ?? '', reason: 'superseded' as const }));
  return { items, skipped: [...plan.skipped, ...superseded] };
}

function target(snapshot: AccessSnapshot, f: Finding): Assignment | undefined {
  if (!f.app || !f.person) return undefined;
  const { collaboratorId, email } = f.person;
  return snapshot.assignments.find(
    (a) =>
      a.appId === f.app!.id &&
      (collaboratorId ? a.collaboratorId === collaboratorId : a.email.toLowerCase() === email.toLowerCase()),
  );
}

/**
 * The write that puts things back as `before` (read right before `item` was sent) showed them,
 * when there is one. It expects what `item` left, and is refused when that changed meanwhile.
 */
export function undoOf(item: PlanItem, before: Collaboration): PlanItem | null {
  if (before.role === 'none') return null;
  const base = { ...item, findingId: item.findingId, from: item.to, to: before.role };
  if (item.kind === 'downgrade' && before.role === 'collaborator') {
    return {
      ...base,
      id: `restore:${item.id}`,
      kind: 'restore-full',
      call: { ...item.call, body: { collaborator: { is_limited: false } } },
    };
  }
  if (item.kind === 'revoke') {
    // A removal cannot be reverted as such: the person is invited again with the role read before it.
    return {
      ...base,
      id: `reinvite:${item.id}`,
      kind: 'reinvite',
      collaboratorId: null,
      call: {
        method: 'POST',
        path: `/v1/apps/${enc(item.app.id)}/collaborators`,
        body: { collaborator: { email: item.email, is_limited: before.role === 'limited' } },
      },
    };
  }
  return null;
}
