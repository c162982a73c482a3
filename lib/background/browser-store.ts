import { z } from 'zod';
import { AppActivity } from '../activity/app-activity';
import { parsePolicy } from '../policy';
import { Acceptance } from '../rules/acceptances';
import { parseScanState } from '../scan/scan-state';
import { readSnapshot } from '../scan/snapshot-migrate';
import { parseSettings } from '../settings';
import { acceptancesItem, activityItem, policyItem, scanStateItem, settingsItem, snapshotItem } from '../storage/items';
import type { ServiceDeps } from './service';

// The service's store backed by the extension's storage. Every read is parsed again:
// a damaged or unknown stored value reads as "nothing" rather than breaking a view.

/** Event records, one by one: a damaged record is dropped (and fetched again), not the others. */
function parseActivity(value: unknown): Record<string, AppActivity> {
  const records = z.record(z.string(), z.unknown()).safeParse(value);
  if (!records.success) return {};
  const kept: Record<string, AppActivity> = {};
  for (const [key, raw] of Object.entries(records.data)) {
    const parsed = AppActivity.safeParse(raw);
    if (parsed.success) kept[key] = parsed.data;
  }
  return kept;
}

/** Accepted risks, one by one: a damaged entry is dropped (its finding shows as open again). */
function parseAcceptances(value: unknown): Acceptance[] {
  return Array.isArray(value) ? value.flatMap((v) => Acceptance.safeParse(v).data ?? []) : [];
}

export const browserStore: ServiceDeps['store'] = {
  getSnapshot: async () => readSnapshot(await snapshotItem.getValue()),
  setSnapshot: (s) => (s ? snapshotItem.setValue(s) : snapshotItem.removeValue()),
  getScanState: async () => parseScanState(await scanStateItem.getValue()),
  setScanState: (s) => scanStateItem.setValue(s),
  getActivity: async () => parseActivity(await activityItem.getValue()),
  setActivity: (a) => (a ? activityItem.setValue(a) : activityItem.removeValue()),
  getPolicy: async () => parsePolicy(await policyItem.getValue()),
  setPolicy: (p) => policyItem.setValue(p),
  getAcceptances: async () => parseAcceptances(await acceptancesItem.getValue()),
  setAcceptances: (a) => acceptancesItem.setValue(a),
  getSettings: async () => parseSettings(await settingsItem.getValue()),
  setSettings: (s) => settingsItem.setValue(s),
};
