import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { parseActivityRecords, type AppActivity } from '../activity/app-activity';
import { readSnapshot } from '../scan/snapshot-migrate';
import type { AccessSnapshot } from '../scan/snapshot';

// `--cache file`: the last scan (snapshot and event records) between runs, so that the next run
// is incremental as in the extension. Tied to the token that made it (by a hash, never the
// token): another token starts afresh. A missing, damaged or foreign cache is a full scan.

const FORMAT = 'scalingo-access-review-cache/v1';

export interface Cached {
  snapshot: AccessSnapshot;
  activity: Record<string, AppActivity>;
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex').slice(0, 16);

/** The cached scan for this token, or null (with why, for a warning) when it cannot be used. */
export async function readCache(file: string, token: string): Promise<{ cached: Cached | null; warning: string | null }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { cached: null, warning: null };
    return { cached: null, warning: `cannot read the cache ${file} (${(e as Error).message}): full scan` };
  }
  try {
    const raw = JSON.parse(text) as { format?: unknown; token?: unknown; snapshot?: unknown; activity?: unknown };
    if (raw.format !== FORMAT) return { cached: null, warning: `${file} is not a cache of this tool: full scan` };
    if (raw.token !== tokenHash(token)) return { cached: null, warning: `the cache ${file} was made with another token: full scan` };
    const snapshot = readSnapshot(raw.snapshot);
    if (!snapshot) return { cached: null, warning: `the cache ${file} is damaged: full scan` };
    return { cached: { snapshot, activity: parseActivityRecords(raw.activity) }, warning: null };
  } catch {
    return { cached: null, warning: `the cache ${file} is damaged: full scan` };
  }
}

/** Writes the cache whole or not at all (a temporary file renamed over the old one). */
export async function writeCache(file: string, token: string, value: Cached): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify({ format: FORMAT, token: tokenHash(token), ...value }), { mode: 0o600 });
  await rename(temp, file);
}
