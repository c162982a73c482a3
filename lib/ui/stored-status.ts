import type { Reply, Status } from '../messages/protocol';
import { parseDigest } from '../rules/digest';
import { parseScanState } from '../scan/scan-state';
import { digestItem, scanStateItem } from '../storage/items';

/**
 * The popup's first paint, read straight from storage (one small digest, no message, no
 * rule, no snapshot): shown until the background confirms the connection and answers.
 */
export async function storedStatus(): Promise<Reply<Status> | null> {
  const [raw, scan] = await Promise.all([digestItem.getValue(), scanStateItem.getValue()]);
  const digest = parseDigest(raw);
  if (!digest) return null;
  return {
    ok: true,
    data: {
      connected: false,
      provisional: true,
      account: digest.account,
      scan: parseScanState(scan),
      summary: digest.summary,
      top: digest.top,
    },
  };
}
