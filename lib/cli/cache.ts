import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { parseActivityRecords, type AppActivity } from '../activity/app-activity';
import { readSnapshot } from '../scan/snapshot-migrate';
import type { AccessSnapshot } from '../scan/snapshot';

// `--cache file`: the last scan (snapshot and event records) between runs, so that the next run
// is incremental as in the extension. On a shared machine someone else may edit the file or
// plant links beside it: its content carries an HMAC-SHA256 keyed from the token (never the
// token itself), so a cache edited without the token, or made with another, is a full scan;
// it is written through a fresh file opened exclusively; and it never decides where requests
// go (audit.ts reads the account and its regions again).

const FORMAT = 'scalingo-access-review-cache/v2';

export interface Cached {
  snapshot: AccessSnapshot;
  activity: Record<string, AppActivity>;
}

const macKey = (token: string) => Buffer.from(hkdfSync('sha256', token, 'scalingo-access-review', 'cli cache mac', 32));
const macOf = (token: string, payload: string) => createHmac('sha256', macKey(token)).update(payload).digest();

function macMatches(token: string, payload: string, mac: unknown): boolean {
  const expected = macOf(token, payload);
  const given = typeof mac === 'string' && /^[0-9a-f]{64}$/.test(mac) ? Buffer.from(mac, 'hex') : null;
  return given !== null && timingSafeEqual(given, expected);
}

/** The cached scan for this token, or null (with why, for a warning) when it cannot be used. */
export async function readCache(
  file: string,
  token: string,
): Promise<{ cached: Cached | null; warning: string | null }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { cached: null, warning: null };
    return { cached: null, warning: `cannot read the cache ${file} (${(e as Error).message}): full scan` };
  }
  try {
    const raw = JSON.parse(text) as { format?: unknown; mac?: unknown; payload?: unknown };
    if (raw.format !== FORMAT || typeof raw.payload !== 'string')
      return { cached: null, warning: `${file} is not a cache of this version of the tool: full scan` };
    if (!macMatches(token, raw.payload, raw.mac))
      return { cached: null, warning: `the cache ${file} was changed or made with another token: full scan` };
    const value = JSON.parse(raw.payload) as { snapshot?: unknown; activity?: unknown };
    const snapshot = readSnapshot(value.snapshot);
    if (!snapshot) return { cached: null, warning: `the cache ${file} is damaged: full scan` };
    return { cached: { snapshot, activity: parseActivityRecords(value.activity) }, warning: null };
  } catch {
    return { cached: null, warning: `the cache ${file} is damaged: full scan` };
  }
}

/**
 * Writes the cache whole or not at all: a temporary file with an unguessable name, created
 * exclusively (`wx`: an existing file or link there is an error, never followed), readable by
 * its owner only, then renamed over the old cache. `random` is for tests (a predictable name).
 */
export async function writeCache(
  file: string,
  token: string,
  value: Cached,
  random: (size: number) => Buffer = randomBytes,
): Promise<void> {
  const payload = JSON.stringify(value);
  const temp = `${file}.${random(12).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(JSON.stringify({ format: FORMAT, mac: macOf(token, payload).toString('hex'), payload }));
    await handle.close();
    await rename(temp, file);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
