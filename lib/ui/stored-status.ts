import type { Reply, Status } from '../messages/protocol';
import type { ReviewDigest } from '../engine/digest';
import type { PageRead } from '../pages/page-digest';
import { PRIORITIES } from '../engine/priority';
import { idb } from '../storage/idb';
import { RECORDS } from '../storage/items';

/**
 * The popup's first paint, read straight from the extension's IndexedDB: one small digest, no message, no rule,
 * no snapshot. Checked by hand here rather than with zod, which alone would double the popup's
 * script and its time to first paint; the background's zod-checked answer replaces it moments
 * later, and anything that does not look right here is simply not painted early.
 */
export async function storedStatus(): Promise<Reply<Status> | null> {
  const raw: unknown = await idb('data')
    .get(RECORDS.digest)
    .catch(() => null);
  if (!looksLikeDigest(raw)) return null;
  return {
    ok: true,
    data: {
      connected: false,
      provisional: true,
      account: raw.account,
      scan: IDLE,
      summary: raw.summary,
      top: raw.top,
      source: raw.source === 'pages' ? 'pages' : 'api',
      pages: raw.source === 'pages' && Array.isArray(raw.pages) ? raw.pages.filter(pageRead) : [],
    },
  };
}

const IDLE: Status['scan'] = { phase: 'idle', startedAt: null, finishedAt: null, error: null, progress: null };
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => typeof v === 'string';
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const pageRead = (p: unknown): p is PageRead => obj(p) && str(p.app) && str(p.readAt);
const message = (m: unknown) => obj(m) && str(m.key) && (m.vars === undefined || obj(m.vars));

export function looksLikeDigest(d: unknown): d is ReviewDigest {
  if (!obj(d) || !obj(d.account) || !obj(d.summary) || !Array.isArray(d.top)) return false;
  const { account, summary } = d;
  const me = account.me;
  if (!obj(me) || !str(me.username) || !str(me.email) || !str(account.scannedAt)) return false;
  if (
    !Array.isArray(account.regions) ||
    !account.regions.every((r) => obj(r) && str(r.region) && num(r.apps) && num(r.collaborators))
  )
    return false;
  if (!Array.isArray(account.errors) || !account.errors.every((e) => obj(e) && str(e.message))) return false;
  if (!obj(summary.open) || !PRIORITIES.every((p) => num((summary.open as Record<string, unknown>)[p]))) return false;
  if (!num(summary.score) || !num(summary.accepted) || !num(summary.urgent)) return false;
  return d.top.every(
    (f) =>
      obj(f) &&
      str(f.id) &&
      str(f.priority) &&
      message(f.title) &&
      Array.isArray(f.evidence) &&
      f.evidence.every(message),
  );
}
