import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/audit';
import { readCache, writeCache } from '../../lib/cli/cache';
import type { FetchLike } from '../../lib/scalingo/http';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';

// The command line on a shared machine: the --cache file may be edited by someone else, its
// folder may hold their symlinks, and what the API returns is written by other users. None of
// it may send the bearer elsewhere, overwrite another file or drive the terminal.

let mock: MockScalingo;
let env: Record<string, string>;
let dir: string;
beforeEach(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  env = { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url };
  dir = mkdtempSync(join(tmpdir(), 'sar-cli-shared-'));
});
afterEach(() => mock.close());

async function audit(args: string[], fetch?: FetchLike) {
  let stdout = '';
  let stderr = '';
  const code = await main(['audit', ...args], {
    env,
    version: 'test',
    fetch,
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** Edits the cached snapshot as someone without the token would: every other field kept as written. */
function editCache(
  file: string,
  edit: (snapshot: { regions: Array<{ name: string; api: string }>; assignments: unknown[] }) => void,
) {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  const inner = typeof raw.payload === 'string' ? JSON.parse(raw.payload) : raw;
  edit(inner.snapshot);
  if (typeof raw.payload === 'string') raw.payload = JSON.stringify(inner);
  writeFileSync(file, JSON.stringify(raw));
}

/** A server that records what reaches it (the attacker's). */
async function listener(): Promise<{ url: string; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"apps":[],"collaborators":[]}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, seen, server };
}

describe('--cache', () => {
  it('never decides where the bearer goes: region URLs in a valid cache (right MAC) are not used', async () => {
    const cache = join(dir, 'scan.json');
    expect((await audit(['--cache', cache])).code).toBe(0);
    const attacker = await listener();
    try {
      // What the cache could hold if it were ever written with other hosts: signed with the token.
      const { cached } = await readCache(cache, DEMO_TOKENS.alice);
      const regions = cached!.snapshot.regions.map((r) => ({ ...r, api: `${attacker.url}/regions/${r.name}` }));
      await writeCache(cache, DEMO_TOKENS.alice, { ...cached!, snapshot: { ...cached!.snapshot, regions } });
      expect((await readCache(cache, DEMO_TOKENS.alice)).cached?.snapshot.regions[0]?.api).toMatch(attacker.url);
      mock.clearLog();
      const r = await audit(['--cache', cache]);
      expect(r.stderr).not.toMatch(/warning|127\.0\.0\.1/);
      expect(r.code).toBe(0);
      expect(mock.log().map((l) => l.path)).toContain('/v1/regions');
      expect(mock.log().filter((l) => l.path.startsWith('/regions/')).length).toBeGreaterThan(0);
      expect(attacker.seen).toEqual([]);
    } finally {
      attacker.server.close();
    }
  });

  it('is tied to the token by a MAC: a cache edited without the token is not used', async () => {
    const cache = join(dir, 'scan.json');
    await audit(['--cache', cache]);
    // Hides a collaborator from the carried-over picture.
    editCache(cache, (s) => (s.assignments = s.assignments.slice(1)));
    mock.clearLog();
    const r = await audit(['--cache', cache]);
    expect(r.stderr).toMatch(/warning: the cache .*scan\.json was changed or made with another token: full scan/);
    expect(mock.log().filter((l) => l.path.endsWith('/events')).length).toBeGreaterThan(5);
    const other = await readCache(cache, DEMO_TOKENS.julien);
    expect(other.cached).toBeNull();
  });

  it('is written through a fresh file opened exclusively: a symlink at the temporary name is not followed', async () => {
    const cache = join(dir, 'scan.json');
    expect((await audit(['--cache', cache])).code).toBe(0);
    expect(statSync(cache).mode & 0o077).toBe(0);
    const before = readFileSync(cache, 'utf8');
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    // Someone who could guess the temporary name plants a link there first.
    const random = (n: number) => Buffer.alloc(n, 7);
    symlinkSync(victim, `${cache}.${random(12).toString('hex')}.tmp`);
    const { cached } = await readCache(cache, DEMO_TOKENS.alice);
    await expect(writeCache(cache, DEMO_TOKENS.alice, cached!, random)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readFileSync(cache, 'utf8')).toBe(before);
  });
});

describe('stderr', () => {
  it('gets the same control-character cleaning as stdout (an error text from the API)', async () => {
    const hostile = JSON.stringify({
      error: 'gone\u001b]0;owned\u0007\u001b[2J\r\nscalingo-access-review: all clear\u009b31m',
    });
    const fetch: FetchLike = (input, init) =>
      /\/regions\/osc-secnum-fr1\/v1\/apps$/.test(new URL(input).pathname)
        ? Promise.resolve(new Response(hostile, { status: 403 }))
        : globalThis.fetch(input, init);
    const r = await audit([], fetch);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/could not read osc-secnum-fr1: .*gone/);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(r.stderr.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(r.stderr).not.toMatch(/^scalingo-access-review: all clear/m);
  });
});
