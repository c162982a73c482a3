import type { Reply, Status } from '../messages/protocol';
import type { PageRead } from '../pages/page-digest';
import { looksLikeDigest } from './digest-check';
import { idb } from '../storage/idb';
import { RECORDS } from '../storage/items';

/**
 * The popup's first paint, read straight from the extension's IndexedDB: one small digest, no message, no rule,
 * no snapshot. Checked by hand (digest-check.ts) rather than with zod, which alone would double
 * the popup's script and its time to first paint; the background's zod-checked answer replaces
 * it moments later, and anything the schema would refuse is simply not painted early.
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
      leftOut:
        raw.source === 'pages' && Array.isArray(raw.leftOut) ? raw.leftOut.filter((a) => typeof a === 'string') : [],
      people: Array.isArray(raw.people) ? raw.people.filter(personLine) : [],
    },
  };
}

const IDLE: Status['scan'] = { phase: 'idle', startedAt: null, finishedAt: null, error: null, progress: null };
const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const personLine = (p: unknown): p is { email: string; username: string | null } =>
  obj(p) && typeof p.email === 'string' && (p.username === null || typeof p.username === 'string');
const pageRead = (p: unknown): p is PageRead => obj(p) && typeof p.app === 'string' && typeof p.readAt === 'string';
