import { byCompletion, historyRow, type HistoryRow } from '../review/history';
import { HistoryEntry } from '../review/record';
import { ChangeResult } from '../changes/plan-item';
import { freeze } from '../export/freeze';
import { packDigests, RENDERER_UNRECORDED } from '../export/renderer';
import { diffAccess } from '../review/diff';
import { Decision } from '../review/decisions';
import type { Written } from './idb';
import { RECORDS } from './records';

// The completed reviews in the extension's IndexedDB, one record per review (key
// `historyEntry/<n>`, the whole review with its frozen exports) and beside it its line of the
// history page (`historyRow/<n>`): completing writes one review, never the others; the list reads
// the lines only, and reopening one reads that review only. Evidence is never rewritten: records
// are only added (and removed by "forget everything").
//
// Older versions stored the history as one array (RECORDS.history). The first write moves it
// into records, every entry kept (frozen then if it never was), in the same transaction as that
// write; until then reads see both. An entry this version cannot read keeps its record as it is,
// with no line: left out of the list, never out of the store. Packs frozen before the renderer's
// version was recorded get the digests of their bytes once, at the worker's start (`seal`).

export const ENTRY = 'historyEntry/';
export const ROW = 'historyRow/';
/** The version of `seal()` done on this store. */
const SEALED = 1;

export interface HistoryDb {
  get(key: string): Promise<unknown>;
  putAll(entries: Readonly<Record<string, unknown>>, remove?: readonly string[]): Promise<void>;
  keys(prefix: string): Promise<string[]>;
  values(prefix: string): Promise<unknown[]>;
  /** Keys and values read together, in one transaction. */
  entries(prefix: string): Promise<Array<[string, unknown]>>;
  change(keys: readonly string[], change: (values: unknown[]) => Written): Promise<void>;
}

/** What a completion recorded: taken off the review in progress in the transaction that stores it. */
export interface Recorded {
  decisions: readonly Decision[];
  changes: readonly ChangeResult[];
}

/** The stored list without the items recorded (compared parsed; one this version cannot read stays). */
function without<T>(
  stored: unknown,
  parse: (v: unknown) => T | undefined,
  done: Set<string>,
  key: (x: T) => string,
): unknown[] {
  if (!Array.isArray(stored)) return [];
  return (stored as unknown[]).filter((raw) => {
    const x = parse(raw);
    return x === undefined || !done.has(key(x));
  });
}
const decisionKey = (d: Decision) => `${d.findingId}\n${d.decidedAt}`;
const changeKey = (c: ChangeResult) => c.recordId;

/** Stored keys sort as numbers: a review's place in the order it was stored. */
const seq = (n: number) => String(n).padStart(8, '0');

/** A stored line, or null when it is not one (the line of an unreadable review is null). */
function readRow(v: unknown): HistoryRow | null {
  const r = v as Partial<HistoryRow> | null;
  return r && typeof r.id === 'string' && typeof r.completedAt === 'string' && typeof r.reviewer?.email === 'string'
    ? (r as HistoryRow)
    : null;
}

const rowOf = (raw: unknown): HistoryRow | null => {
  const parsed = HistoryEntry.safeParse(raw);
  return parsed.success ? historyRow(parsed.data) : null;
};

const legacyOf = async (db: HistoryDb): Promise<unknown[]> => {
  const raw = await db.get(RECORDS.history);
  return Array.isArray(raw) ? (raw as unknown[]) : [];
};

/**
 * The older array's reviews, each completed before freezing existed frozen now, once: rendered
 * again on every export they would change with later wording. Their "since" part compares with
 * the same account's review before them, as completing does. An unreadable one stays as it is.
 */
async function frozenAll(legacy: unknown[]): Promise<unknown[]> {
  const done: unknown[] = [];
  const read: HistoryEntry[] = [];
  for (const raw of legacy) {
    const e = HistoryEntry.safeParse(raw).data;
    if (e && !e.frozen) {
      const { frozen: _none, ...record } = e;
      const before = read.filter((r) => r.reviewer.email === e.reviewer.email).at(-1);
      done.push({ ...record, frozen: await freeze(record, before && diffAccess(before.access, record.access)) });
    } else done.push((await sealed(raw)) ?? raw);
    if (e) read.push(e);
  }
  return done;
}

/**
 * A review frozen before the renderer's version was recorded, with the digests of its packs added
 * (its bytes untouched), or undefined when it needs none: it has them, or no packs, or is unreadable.
 */
async function sealed(raw: unknown): Promise<unknown> {
  const frozen = HistoryEntry.safeParse(raw).data?.frozen;
  if (!frozen || frozen.digests) return undefined;
  const kept = (raw as { frozen: object }).frozen;
  return { ...(raw as object), frozen: { ...kept, renderer: RENDERER_UNRECORDED, digests: await packDigests(frozen) } };
}

export function historyRecords(db: HistoryDb) {
  /** Every line, oldest completion first (unreadable reviews left out). */
  const rows = async (): Promise<HistoryRow[]> => {
    const [legacy, stored] = await Promise.all([legacyOf(db), db.values(ROW)]);
    const all = [...legacy.map(rowOf), ...stored.map(readRow)].flatMap((r) => (r ? [r] : []));
    return all.sort(byCompletion);
  };

  /** One review, read alone. */
  const entry = async (id: string): Promise<HistoryEntry | null> => {
    // The lines' keys and values in one read: two reads matched by position fall out of step when a review lands between.
    const [legacy, lines] = await Promise.all([legacyOf(db), db.entries(ROW)]);
    const fromLegacy = legacy.find((e) => (e as { id?: unknown } | null)?.id === id);
    if (fromLegacy !== undefined) return HistoryEntry.safeParse(fromLegacy).data ?? null;
    const line = lines.find(([, l]) => readRow(l)?.id === id);
    if (!line) return null;
    return HistoryEntry.safeParse(await db.get(ENTRY + line[0].slice(ROW.length))).data ?? null;
  };

  /** Every readable review, oldest completion first (the transfer file carries them all). */
  const all = async (): Promise<HistoryEntry[]> => {
    const [legacy, stored] = await Promise.all([legacyOf(db), db.values(ENTRY)]);
    const parsed = [...legacy, ...stored].flatMap((e) => HistoryEntry.safeParse(e).data ?? []);
    return parsed.sort(byCompletion);
  };

  /**
   * Adds these reviews, one record each, in one transaction (with the move of an older array). A
   * completion passes what it recorded: those decisions and changes are taken off in that same
   * transaction, and whatever was stored since it read them stays.
   */
  const add = async (entries: readonly HistoryEntry[], recorded?: Recorded): Promise<void> => {
    const [legacy, keys] = await Promise.all([legacyOf(db).then(frozenAll), db.keys(ENTRY)]);
    const writes: Record<string, unknown> = {};
    [...legacy, ...entries].forEach((raw, i) => {
      const n = seq(keys.length + i);
      writes[ENTRY + n] = raw;
      writes[ROW + n] = rowOf(raw);
    });
    const remove = legacy.length ? [RECORDS.history] : [];
    if (!recorded) return db.putAll(writes, remove);
    const decided = new Set(recorded.decisions.map(decisionKey));
    const applied = new Set(recorded.changes.map(changeKey));
    await db.change([RECORDS.decisions, RECORDS.changes], ([decisions, changes]) => ({
      put: {
        ...writes,
        [RECORDS.decisions]: without(decisions, (v) => Decision.safeParse(v).data, decided, decisionKey),
        [RECORDS.changes]: without(changes, (v) => ChangeResult.safeParse(v).data, applied, changeKey),
      },
      remove,
    }));
  };

  /**
   * Once, before the worker serves a request (then marked done): the older array's reviews frozen
   * and moved into records, and every stored review frozen before the renderer's version was
   * recorded given the digests of its packs, so another browser can check them whatever its words.
   */
  const seal = async (): Promise<void> => {
    // The older array is moved whatever the mark says: a start cut short after marking would leave
    // it rendered anew (without its "since" part) on each export until the next completion froze it.
    if ((await legacyOf(db)).length > 0) await add([]);
    if ((await db.get(RECORDS.historySealed)) === SEALED) return;
    const writes: Record<string, unknown> = {};
    for (const [key, raw] of await db.entries(ENTRY)) {
      const done = await sealed(raw);
      if (done !== undefined) writes[key] = done;
    }
    await db.putAll({ ...writes, [RECORDS.historySealed]: SEALED });
  };

  /** Every key the history holds ("forget everything" removes them). */
  const storedKeys = async () => [RECORDS.history, ...(await db.keys(ENTRY)), ...(await db.keys(ROW))];

  return { rows, entry, all, add, seal, storedKeys };
}
