import type { AppActivity } from '../activity/app-activity';
import type { ChangeResult } from '../changes/plan-item';
import type { Policy } from '../policy';
import type { Decision } from '../review/decisions';
import type { HistoryEntry } from '../review/record';
import type { HistoryRow } from '../review/history';
import type { Recorded } from '../storage/history-records';
import type { Acceptance } from '../engine/acceptances';
import type { ReviewDigest } from '../engine/digest';
import type { ScanState } from '../scan/scan-state';
import type { AccessSnapshot } from '../scan/snapshot';
import type { Settings } from '../settings';
import type { Generation } from './generation';
import { refusal, RefusedError } from '../review/refusal';
import type { PageSnapshot } from '../pages/reading';

// Everything the background keeps, as the service sees it. browser-store.ts backs it with the
// extension's storage (parsing every read); the tests with memory. The service wraps it with
// `serialStore`, so that no two writes interleave.

export interface Store {
  getSnapshot(): Promise<AccessSnapshot | null>;
  setSnapshot(s: AccessSnapshot | null): Promise<void>;
  getScanState(): Promise<ScanState>;
  setScanState(s: ScanState): Promise<void>;
  getActivity(): Promise<Record<string, AppActivity>>;
  setActivity(a: Record<string, AppActivity> | null): Promise<void>;
  getPolicy(): Promise<Policy>;
  setPolicy(p: Policy): Promise<void>;
  getAcceptances(): Promise<Acceptance[]>;
  setAcceptances(a: Acceptance[]): Promise<void>;
  getDecisions(): Promise<Decision[]>;
  setDecisions(d: Decision[]): Promise<void>;
  getChanges(): Promise<ChangeResult[]>;
  setChanges(c: ChangeResult[]): Promise<void>;
  /** Every completed review, oldest first (the transfer file); the views read rows and one entry. */
  getHistory(): Promise<HistoryEntry[]>;
  /** The history page's lines, oldest first, without the reviews themselves. */
  getHistoryRows(): Promise<HistoryRow[]>;
  /** One completed review, read alone. */
  getHistoryEntry(id: string): Promise<HistoryEntry | null>;
  /**
   * Adds completed reviews, one record each: the others are never rewritten. A completion passes
   * the decisions and changes it recorded, taken off in the same transaction (all or nothing).
   */
  addHistory(entries: HistoryEntry[], recorded?: Recorded): Promise<void>;
  getDigest(): Promise<ReviewDigest | null>;
  /** Page-only mode: the pages visited (never mixed into the API snapshot, never a source of a plan). */
  getPageSnapshot(): Promise<PageSnapshot | null>;
  setPageSnapshot(p: PageSnapshot | null): Promise<void>;
  setDigest(d: ReviewDigest | null): Promise<void>;
  getSettings(): Promise<Settings>;
  setSettings(s: Settings): Promise<void>;
  /** Notes for the user about values dropped at the last upgrade (i18n keys). */
  getNotices(): Promise<string[]>;
  /** Removes every stored value but the layout marker ("forget everything"). */
  clearAll(): Promise<void>;
}

/** The values that are read, changed and written back (lists, settings, policy). */
export interface Updatable {
  policy: Policy;
  acceptances: Acceptance[];
  decisions: Decision[];
  changes: ChangeResult[];
  settings: Settings;
}

const ACCESS = {
  policy: ['getPolicy', 'setPolicy'],
  acceptances: ['getAcceptances', 'setAcceptances'],
  decisions: ['getDecisions', 'setDecisions'],
  changes: ['getChanges', 'setChanges'],
  settings: ['getSettings', 'setSettings'],
} as const satisfies Record<keyof Updatable, [keyof Store, keyof Store]>;

export interface SerialStore extends Store {
  /** Reads `key`, changes it with `fn` and writes it back, with no other write in between. */
  update<K extends keyof Updatable>(key: K, fn: (current: Updatable[K]) => Updatable[K]): Promise<Updatable[K]>;
  /** Runs `fn` alone over the underlying store (several values changed as one). Never call the serial store inside. */
  exclusive<T>(fn: (store: Store) => Promise<T>): Promise<T>;
}

/** How long one operation may hold the queue: storage that hangs must not freeze every later write. */
export const QUEUE_HOLD_MS = 30_000;

/**
 * One queue for every write: two tabs (apply in one, undo in the other), a scan and a burst of
 * decisions each read and write across awaits, and without the queue the last write wins.
 * Reads stay outside it: they see the last finished write. An operation that fails or hangs
 * (past `holdMs`) is rejected and the queue goes on; a queued write called from inside
 * `exclusive()` would wait for itself: it is refused at once where it can be seen (the
 * function's first synchronous part), and otherwise ends with the hold timeout.
 */
export function serialStore(base: Store, holdMs = QUEUE_HOLD_MS): SerialStore {
  let tail: Promise<unknown> = Promise.resolve();
  let insideTurn = false;
  const exclusive = <T>(fn: (store: Store) => Promise<T>): Promise<T> => {
    if (insideTurn)
      return Promise.reject(new Error('A queued write was called inside exclusive(): use the store it is given.'));
    const run = tail.then(() => {
      insideTurn = true;
      try {
        return held(fn(base), holdMs);
      } finally {
        insideTurn = false;
      }
    });
    tail = run.catch(() => undefined);
    return run;
  };
  const queued = Object.fromEntries(
    Object.entries(base).map(([name, fn]) => {
      const call = (...args: unknown[]) => (fn as (...a: unknown[]) => Promise<unknown>).apply(base, args);
      return [name, name.startsWith('get') ? call : (...args: unknown[]) => exclusive(() => call(...args))];
    }),
  ) as unknown as Store;
  return { ...queued, exclusive, update: (key, fn) => exclusive((store) => readChangeWrite(store, key, fn)) };
}

/** `op`, or an error once it has held the queue `ms` (the operation itself may still finish later). */
function held<T>(op: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new RefusedError('unexpected', refusal('refusal.storeHeld', { seconds: ms / 1000 }))),
      ms,
    );
  });
  return Promise.race([op, timeout]).finally(() => clearTimeout(timer));
}

async function readChangeWrite<K extends keyof Updatable>(
  store: Store,
  key: K,
  fn: (current: Updatable[K]) => Updatable[K],
): Promise<Updatable[K]> {
  const [get, set] = ACCESS[key];
  const next = fn((await store[get]()) as never);
  await (store[set] as (v: unknown) => Promise<void>)(next);
  return next;
}

/**
 * The serial store as seen by work started at generation `stamp`: each write is refused once a
 * forget or a sign-out has come since. The check runs inside the queue, just before the write,
 * so a write queued before the forget but reached after it is refused too. Reads pass.
 */
export function stampedStore(queue: SerialStore, generation: Generation, stamp = generation.current): SerialStore {
  const exclusive = <T>(fn: (store: Store) => Promise<T>): Promise<T> =>
    queue.exclusive((store) => (generation.check(stamp), fn(store)));
  const writes = Object.fromEntries(
    Object.keys(queue)
      .filter((name) => !name.startsWith('get') && name !== 'exclusive' && name !== 'update')
      .map((name) => [
        name,
        (...args: unknown[]) =>
          exclusive((store) => (store[name as keyof Store] as (...a: unknown[]) => Promise<unknown>)(...args)),
      ]),
  );
  return {
    ...queue,
    ...writes,
    exclusive,
    update: (key, fn) => exclusive((store) => readChangeWrite(store, key, fn)),
  };
}
