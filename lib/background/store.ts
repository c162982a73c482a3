import type { AppActivity } from '../activity/app-activity';
import type { ChangeResult } from '../changes/plan-item';
import type { Policy } from '../policy';
import type { Decision } from '../review/decisions';
import type { ReviewRecord } from '../review/record';
import type { Acceptance } from '../rules/acceptances';
import type { ReviewDigest } from '../rules/digest';
import type { ScanState } from '../scan/scan-state';
import type { AccessSnapshot } from '../scan/snapshot';
import type { Settings } from '../settings';

// Everything the background keeps, as the service sees it. browser-store.ts backs it with the
// extension's storage (parsing every read); the tests with memory.

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
  getHistory(): Promise<ReviewRecord[]>;
  setHistory(h: ReviewRecord[]): Promise<void>;
  getDigest(): Promise<ReviewDigest | null>;
  setDigest(d: ReviewDigest | null): Promise<void>;
  getSettings(): Promise<Settings>;
  setSettings(s: Settings): Promise<void>;
}
