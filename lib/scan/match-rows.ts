import type { App, Collaborator } from '../scalingo/schemas';

// `/v1/collaborators` mixes the rows of every app the caller owns (scalingo-api.md §3.2, §8).
// A row names its app by `app_id` (the app's id, or its `ap-…` uuid in some shapes), maybe
// `app_uuid`, and `app_name`: ids are tried first, the name only when no id matches. Rows
// are keyed by (app, collaboration id): the docs show the same id on two apps.

export interface MatchedRows {
  /** App id → its rows, one per collaboration id. */
  byApp: Map<string, Collaborator[]>;
  /** Rows that name no app of `apps`: reported, never dropped silently. */
  unmatched: Collaborator[];
}

export function matchRows(apps: readonly App[], rows: readonly Collaborator[]): MatchedRows {
  const byId = new Map<string, App>();
  for (const a of apps) {
    byId.set(a.id, a);
    if (typeof a.uuid === 'string' && a.uuid !== '') byId.set(a.uuid, a);
  }
  const byName = new Map(apps.map((a) => [a.name, a]));
  const byApp = new Map<string, Collaborator[]>();
  const seen = new Set<string>();
  const unmatched: Collaborator[] = [];
  for (const row of rows) {
    const ids = [row.app_id, row.app_uuid].filter((x): x is string => typeof x === 'string' && x !== '');
    const app =
      ids.map((id) => byId.get(id)).find((a) => a !== undefined) ??
      (row.app_name ? byName.get(row.app_name) : undefined);
    if (!app) {
      unmatched.push(row);
      continue;
    }
    const key = JSON.stringify([app.id, row.id]);
    if (seen.has(key)) continue;
    seen.add(key);
    byApp.set(app.id, [...(byApp.get(app.id) ?? []), row]);
  }
  return { byApp, unmatched };
}

/** An app's own list: every row is that app's, whatever id form it names; one per collaboration id. */
export function uniqueRows(rows: readonly Collaborator[]): Collaborator[] {
  const ids = new Set<string>();
  return rows.filter((r) => !ids.has(r.id) && !!ids.add(r.id));
}
