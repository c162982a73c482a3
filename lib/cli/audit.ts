import type { AccessSnapshot } from '../scan/snapshot';
import { setMaxListeners } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { setLanguage } from '../i18n';
import { parsePolicy } from '../policy';
import { review } from '../engine/review';
import { buildRecord } from '../review/build-record';
import { DEFAULT_AUTH_URL, ScalingoClient } from '../scalingo/client';
import { isApiError, ScalingoApiError } from '../scalingo/errors';
import { isLoopbackHostname } from '../scalingo/hosts';
import type { FetchLike } from '../scalingo/http';
import { scanAccount } from '../scan/scan-account';
import { findingStream } from './stream';
import { isRoleLimit } from '../scan/role-limit';
import { parseCommand, USAGE, UsageError, type AuditArgs } from './args';
import { readCache, writeCache } from './cache';
import { lineWriter } from './clean';
import { readPolicy } from './policy-file';
import { progressPrinter, type ProgressSink } from './progress';
import { EXIT, exitCode, render, summaryLine } from './report';
import { acceptancesFromReview } from './review-file';

// `scalingo-access-review`: the extension's engine without a browser. Scan (incremental with
// --cache), review under the policy and the accepted risks of a review file, report, exit code.

export interface CliIO {
  env: Record<string, string | undefined>;
  stdout: ProgressSink;
  stderr: ProgressSink;
  version: string;
  /** Tests only: how HTTP is sent (default: Node's fetch). */
  fetch?: FetchLike;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  // Messages quote the API (error reasons, names): every stderr line is cleaned as stdout is.
  // The progress bar alone writes its own control codes, and only numbers and phase names.
  const say = lineWriter(io.stderr);
  const fail = (code: number, message: string) => (say(`scalingo-access-review: ${message}`), code);
  try {
    const command = parseCommand(argv);
    if (command.kind === 'help') return (io.stdout.write(`${USAGE}\n`), EXIT.ok);
    if (command.kind === 'version') return (io.stdout.write(`${io.version}\n`), EXIT.ok);
    return await audit(command.args, io, say);
  } catch (e) {
    if (e instanceof UsageError) return fail(EXIT.usage, e.message);
    if (isApiError(e) && (e.kind === 'unauthorized' || e.kind === 'forbidden'))
      return fail(EXIT.usage, `authentication failed: ${e.message}`);
    if (isApiError(e)) return fail(EXIT.incomplete, `the account could not be read: ${e.message}`);
    return fail(EXIT.incomplete, `unexpected error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function settingsFrom(args: AuditArgs, env: CliIO['env']) {
  const token = env.SCALINGO_API_TOKEN?.trim();
  if (!token)
    throw new UsageError(
      'SCALINGO_API_TOKEN is not set: create an API token on the dashboard (Account → API tokens) and export it',
    );
  const authUrl = authUrlFrom(env.SCALINGO_AUTH_URL?.trim() || DEFAULT_AUTH_URL);
  setLanguage(args.lang ?? (/^fr/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'fr' : 'en'));
  return { token, authUrl };
}

/** The token goes there in the first request: plain http only to a server on this machine. */
function authUrlFrom(authUrl: string): string {
  let url: URL;
  try {
    if (!/^https?:\/\/[^\s/]+/i.test(authUrl)) throw new Error('not http(s)');
    url = new URL(authUrl);
  } catch {
    throw new UsageError(`SCALINGO_AUTH_URL is not a URL: ${authUrl}`);
  }
  if (url.protocol === 'http:' && !isLoopbackHostname(url.hostname)) {
    throw new UsageError(
      `SCALINGO_AUTH_URL ${authUrl} would send the token in clear: use https (plain http only for this machine: 127.x.x.x, localhost, [::1])`,
    );
  }
  return authUrl;
}

/**
 * The exchange tells which token this run uses, not the extension's: the extension's wording
 * ("paste it in the extension's settings") would be wrong here, so the CLI drops the mark, from
 * the streamed publications as from the report.
 */
const withoutUsedHere = (s: AccessSnapshot): AccessSnapshot =>
  s.apiTokens ? { ...s, apiTokens: s.apiTokens.map(({ usedHere: _, ...t }) => t) } : s;

async function audit(args: AuditArgs, io: CliIO, say: (line: string) => void): Promise<number> {
  const { token, authUrl } = settingsFrom(args, io.env);
  const policy = args.policy ? await readPolicy(args.policy) : parsePolicy({});
  const acceptances = args.review ? await acceptancesFromReview(args.review) : [];
  const { cached, warning } = args.cache ? await readCache(args.cache, token) : { cached: null, warning: null };
  if (warning) say(`warning: ${warning}`);

  // Every request queued in the limiter listens to the scan's stop signal until its turn comes:
  // hundreds on a large account, which Node would otherwise report as a possible leak.
  setMaxListeners(0);
  const client = new ScalingoClient({ apiToken: token, authUrl, fetch: io.fetch });
  const progress = progressPrinter(io.stderr);
  const stream = args.stream ? findingStream(io.stdout, policy, acceptances) : null;
  const result = await scanAccount(client, {
    onPublish: stream ? (p) => stream.publication(withoutUsedHere(p.snapshot)) : undefined,
    activity: cached?.activity,
    // Apps and people carry over from the cache; who the token belongs to and the regions' API
    // URLs are read again (dated as too old to reuse): the cache never decides where the bearer goes.
    known: cached ? { ...cached.snapshot, scannedAt: new Date(0).toISOString() } : undefined,
    policy: { lookBackDays: policy.lookBackDays },
    patterns: policy,
    onProgress: (p) => progress.update(p),
    onlyRegions: args.regions ?? undefined,
  }).finally(() => progress.done());
  if (result.stoppedBy) throw new ScalingoApiError('unauthorized', result.stoppedBy.message);
  const snapshot = withoutUsedHere(result.snapshot);
  const unknown = (args.regions ?? []).filter((r) => !snapshot.regions.some((x) => x.name === r));
  if (unknown.length > 0)
    throw new UsageError(
      `unknown region ${unknown.join(', ')}: this account has ${snapshot.regions.map((r) => r.name).join(', ')}`,
    );
  if (args.cache) await writeCache(args.cache, token, { snapshot, activity: result.activity });

  const now = stream?.at ?? new Date();
  const record = buildRecord({
    snapshot,
    review: review(snapshot, policy, acceptances, now),
    policy,
    decisions: [],
    changes: [],
    now,
  });
  stream?.end(record, snapshot.errors);
  const text = render(args.format, record, snapshot.errors, {
    colour: !args.output && !!io.stdout.isTTY && !io.env.NO_COLOR,
    version: io.version,
  });
  if (args.output) {
    await writeFile(args.output, text).catch((e: Error) => {
      throw new UsageError(`cannot write the report to ${args.output}: ${e.message}`);
    });
  } else if (!stream) io.stdout.write(text);
  for (const e of snapshot.errors) {
    const where = [e.region, e.app].filter(Boolean).join('/') || 'the account';
    say(
      isRoleLimit(e)
        ? `${where}: not readable with your role there (${e.message})`
        : `could not read ${where}: ${e.message}`,
    );
  }
  say(summaryLine(record, args.output).trimEnd());
  return exitCode(record, snapshot.errors, args.failOn);
}
