import { parseArgs } from 'node:util';
import { PRIORITIES, type Priority } from '../engine/finding';

// The command line's arguments: `audit` and its options, checked before anything runs. A
// mistake is a UsageError: one line saying what is wrong, exit code 2.

export const FORMATS = ['table', 'json', 'csv', 'md', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
export type FailOn = Priority;

export interface AuditArgs {
  policy: string | null;
  review: string | null;
  regions: string[] | null;
  format: Format;
  output: string | null;
  failOn: FailOn | null;
  cache: string | null;
  lang: 'en' | 'fr' | null;
  /** NDJSON findings on stdout as each is final (lib/cli/stream.ts); the report only to --output. */
  stream: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'audit'; args: AuditArgs };

export class UsageError extends Error {}

export const USAGE = `Usage: scalingo-access-review audit [options]

Who can touch your Scalingo apps, with which role, and what to change.
The API token comes from SCALINGO_API_TOKEN; the auth service from SCALINGO_AUTH_URL
(default https://auth.scalingo.com).

Options:
  --format table|json|csv|md|sarif  output format (default: table)
  --output <file>                   write the report there instead of stdout
  --stream                          each finding on stdout as one JSON line (NDJSON) as soon as it
                                    is final, and {"incomplete": …} for each part not read; the
                                    report is then written only with --output
  --policy <file.json>              the team's policy (as the extension's settings)
  --review <file.json>              a review exported by the extension: its accepted risks count
  --region <name>[,<name>]          only these regions (repeatable)
  --fail-on P1|P2|P3|P4             exit 1 when an open finding is at or above this priority
  --cache <file>                    keep the scan between runs: the next one is incremental
  --lang en|fr                      language of the report and progress (default: from LANG, else en)
  -h, --help, -v, --version

Exit codes: 0 done; 1 an open finding at or above --fail-on; 2 usage or authentication
error; 3 part of the account could not be read (the report says which).`;

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string' },
        policy: { type: 'string' },
        review: { type: 'string' },
        region: { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        cache: { type: 'string' },
        lang: { type: 'string' },
        stream: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  if (positionals.length === 0) throw new UsageError('missing command: try `scalingo-access-review audit`');
  if (positionals[0] !== 'audit' || positionals.length > 1)
    throw new UsageError(`unknown command: ${positionals.join(' ')} (the command is \`audit\`)`);
  const format = v.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const failOn = v['fail-on']?.toUpperCase() ?? null;
  if (failOn !== null && !(PRIORITIES as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${PRIORITIES.join(', ')}`);
  if (v.lang !== undefined && v.lang !== 'en' && v.lang !== 'fr') throw new UsageError('--lang must be en or fr');
  const regions =
    v.region
      ?.flatMap((r) => r.split(','))
      .map((r) => r.trim())
      .filter(Boolean) ?? null;
  if (regions?.some((r) => !/^[a-z0-9-]{1,40}$/.test(r)))
    throw new UsageError('--region takes region names such as osc-fr1');
  return {
    kind: 'audit',
    args: {
      format: format as Format,
      failOn: failOn as FailOn | null,
      output: v.output ?? null,
      policy: v.policy ?? null,
      review: v.review ?? null,
      regions: regions && regions.length > 0 ? regions : null,
      cache: v.cache ?? null,
      lang: v.lang ?? null,
      stream: v.stream ?? false,
    },
  };
}
