import { browser } from 'wxt/browser';
import { parseActivityRecords } from '../activity/app-activity';
import { parsePolicy } from '../policy';
import { Acceptance } from '../rules/acceptances';
import { parseDigest } from '../rules/digest';
import { parseScanState } from '../scan/scan-state';
import { readSnapshot } from '../scan/snapshot-migrate';
import { parseSettings } from '../settings';
import { ChangeResult } from '../changes/plan-item';
import { Decision } from '../review/decisions';
import { ReviewRecord } from '../review/record';
import {
  acceptancesItem,
  changesItem,
  decisionsItem,
  digestItem,
  policyItem,
  scanStateItem,
  settingsItem,
  RECORDS,
} from '../storage/items';
import { idb } from '../storage/idb';
import type { MigrationStores } from '../storage/migrate';
import type { Store } from './store';

// The service's store backed by the extension's storage (small items) and IndexedDB (large
// records, lib/storage/idb.ts). Every read is parsed again:
// a damaged or unknown stored value reads as "nothing" rather than breaking a view.

/** A stored list, item by item: a damaged entry is dropped, not the others. */
function parseList<T>(schema: { safeParse(v: unknown): { data?: T } }, value: unknown): T[] {
  return Array.isArray(value) ? value.flatMap((v) => schema.safeParse(v).data ?? []) : [];
}

const data = idb('data');

export const browserStore: Store = {
  getSnapshot: async () => readSnapshot(await data.get(RECORDS.snapshot)),
  setSnapshot: (s) => (s ? data.put(RECORDS.snapshot, s) : data.delete(RECORDS.snapshot)),
  getScanState: async () => parseScanState(await scanStateItem.getValue()),
  setScanState: (s) => scanStateItem.setValue(s),
  getActivity: async () => parseActivityRecords(await data.get(RECORDS.activity)),
  setActivity: (a) => (a ? data.put(RECORDS.activity, a) : data.delete(RECORDS.activity)),
  getPolicy: async () => parsePolicy(await policyItem.getValue()),
  setPolicy: (p) => policyItem.setValue(p),
  getAcceptances: async () => parseList(Acceptance, await acceptancesItem.getValue()),
  setAcceptances: (a) => acceptancesItem.setValue(a),
  getDecisions: async () => parseList(Decision, await decisionsItem.getValue()),
  setDecisions: (d) => decisionsItem.setValue(d),
  getChanges: async () => parseList(ChangeResult, await changesItem.getValue()),
  setChanges: (c) => changesItem.setValue(c),
  getHistory: async () => parseList(ReviewRecord, await data.get(RECORDS.history)),
  setHistory: (h) => data.put(RECORDS.history, h),
  getDigest: async () => parseDigest(await digestItem.getValue()),
  setDigest: (d) => (d ? digestItem.setValue(d) : digestItem.removeValue()),
  getSettings: async () => parseSettings(await settingsItem.getValue()),
  setSettings: (s) => settingsItem.setValue(s),
};

/** What lib/storage/migrate.ts moves between: raw storage.local and the IndexedDB records. */
export const browserMigrationStores: MigrationStores = {
  local: {
    get: (keys) => browser.storage.local.get(keys),
    set: (items) => browser.storage.local.set(items),
    remove: (keys) => browser.storage.local.remove(keys),
  },
  records: data,
};
