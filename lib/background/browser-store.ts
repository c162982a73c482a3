import { browser } from 'wxt/browser';
import { parseActivityRecords } from '../activity/app-activity';
import { parsePolicy } from '../policy';
import { Acceptance } from '../engine/acceptances';
import { parseDigest } from '../engine/digest';
import { parseScanState } from '../scan/scan-state';
import { parseSettings } from '../settings';
import { parsePageSnapshot } from '../pages/reading';
import { ChangeResult } from '../changes/plan-item';
import { Decision } from '../review/decisions';
import { fillKeeps } from '../review/keep-fill';
import { RECORDS, scanStateItem } from '../storage/items';
import { historyRecords } from '../storage/history-records';
import { idb } from '../storage/idb';
import type { MigrationStores } from '../storage/migrate';
import { readNotice } from '../storage/notices';
import type { Store } from './store';
import { snapshotReader } from './snapshot-reader';

// The service's store backed by the extension origin's IndexedDB (lib/storage/idb.ts), which no
// content script can open, and the scan state in storage.session. Every read is parsed again:
// a damaged or unknown stored value reads as "nothing" rather than breaking a view.

/** A stored list, item by item: a damaged entry is dropped, not the others. */
function parseList<T>(schema: { safeParse(v: unknown): { data?: T } }, value: unknown): T[] {
  return Array.isArray(value) ? value.flatMap((v) => schema.safeParse(v).data ?? []) : [];
}

const data = idb('data');
const history = historyRecords(data);
/** Everything "forget everything" removes from IndexedDB (the sealed token goes with the vault). */
const FORGOTTEN = Object.values(RECORDS).filter((k) => k !== RECORDS.layout);

// The snapshot weighs megabytes: parsed again only when a new one was stored (snapshot-reader.ts).
const snapshot = snapshotReader(data);

export const browserStore: Store = {
  getSnapshot: () => snapshot.read(),
  setSnapshot: (s) => snapshot.write(s),
  getScanState: async () => parseScanState(await scanStateItem.getValue()),
  setScanState: (s) => scanStateItem.setValue(s),
  getActivity: async () => parseActivityRecords(await data.get(RECORDS.activity)),
  setActivity: (a) => (a ? data.put(RECORDS.activity, a) : data.delete(RECORDS.activity)),
  getPolicy: async () => parsePolicy(await data.get(RECORDS.policy)),
  setPolicy: (p) => data.put(RECORDS.policy, p),
  getAcceptances: async () => {
    // Older bulk keeps were stored without their acceptance: derived on reading (lib/review/keep-fill.ts).
    const [raw, decisions, policy] = await Promise.all([
      data.get(RECORDS.acceptances),
      browserStore.getDecisions(),
      browserStore.getPolicy(),
    ]);
    return fillKeeps(decisions, parseList(Acceptance, raw), policy.reviewPeriodDays);
  },
  setAcceptances: (a) => data.put(RECORDS.acceptances, a),
  getDecisions: async () => parseList(Decision, await data.get(RECORDS.decisions)),
  setDecisions: (d) => data.put(RECORDS.decisions, d),
  getChanges: async () => parseList(ChangeResult, await data.get(RECORDS.changes)),
  setChanges: (c) => data.put(RECORDS.changes, c),
  // One record per completed review (lib/storage/history-records.ts).
  getHistory: () => history.all(),
  getHistoryRows: () => history.rows(),
  getHistoryEntry: (id) => history.entry(id),
  addHistory: (entries, recorded) => history.add(entries, recorded),
  getDigest: async () => parseDigest(await data.get(RECORDS.digest)),
  setDigest: (d) => (d ? data.put(RECORDS.digest, d) : data.delete(RECORDS.digest)),
  getPageSnapshot: async () => parsePageSnapshot(await data.get(RECORDS.pages)),
  setPageSnapshot: (p) => (p ? data.put(RECORDS.pages, p) : data.delete(RECORDS.pages)),
  getSettings: async () => parseSettings(await data.get(RECORDS.settings)),
  setSettings: (s) => data.put(RECORDS.settings, s),
  getNotices: async () => {
    const raw = await data.get(RECORDS.notices);
    return Array.isArray(raw) ? raw.filter((n): n is string => readNotice(n) !== null) : [];
  },
  async clearAll() {
    await data.deleteAll([...FORGOTTEN, ...(await history.storedKeys())]); // one transaction: all of it goes, or nothing
    await scanStateItem.removeValue();
    // Nothing of ours is meant to be there any more; whatever a page planted goes too.
    await browser.storage.local.clear();
  },
};

/** What lib/storage/migrate.ts moves between: the legacy storage.local and IndexedDB. */
/** Once, after the layout's migration: the stored reviews' packs sealed with their digests (history-records.ts). */
export const sealStoredHistory = () => history.seal();

export const browserMigrationStores: Omit<MigrationStores, 'freshInstall'> = {
  local: {
    get: (keys) => browser.storage.local.get(keys),
    remove: (keys) => browser.storage.local.remove(keys),
  },
  records: data,
};
