import type { ServiceDeps } from './service';
import { scanStateItem, settingsItem, snapshotItem } from '../storage/items';
import { parseScanState } from '../scan/scan-state';
import { AccessSnapshot } from '../scan/snapshot';
import { parseSettings } from '../settings';

// The service's store backed by the extension's storage. Every read is parsed again:
// a damaged or unknown stored value reads as "nothing" rather than breaking a view.

export const browserStore: ServiceDeps['store'] = {
  async getSnapshot() {
    const parsed = AccessSnapshot.safeParse(await snapshotItem.getValue());
    return parsed.success ? parsed.data : null;
  },
  setSnapshot: (s) => (s ? snapshotItem.setValue(s) : snapshotItem.removeValue()),
  getScanState: async () => parseScanState(await scanStateItem.getValue()),
  setScanState: (s) => scanStateItem.setValue(s),
  getSettings: async () => parseSettings(await settingsItem.getValue()),
  setSettings: (s) => settingsItem.setValue(s),
};
