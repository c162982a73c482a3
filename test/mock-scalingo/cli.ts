import { parseArgs } from 'node:util';
import { datasetNames } from './dataset';
import { startMockScalingo, type MockOptions } from './server';

/**
 * `npm run mock -- --port 4010 --dataset demo [--public-url URL] [--latency 200] [--rate-limit 60|off]`
 * Runs the mock until SIGINT/SIGTERM.
 */

const USAGE = `Usage: npm run mock -- [options]
  --port <n>             port on 127.0.0.1 (default 4010; 0 = random)
  --dataset <name|path>  dataset under test/mock-scalingo/datasets or a .json file (default demo)
  --public-url <url>     base URL advertised in /v1/regions ('{region}' makes it a template)
  --latency <ms>         added to every API response
  --rate-limit <n|off>   requests per minute per user (default 60)
  --no-shift-dates       serve the dataset's dates as written
Datasets: ${datasetNames().join(', ')}`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function toInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} expects a non-negative integer, got "${raw}"`);
  return n;
}

function options(): MockOptions {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        port: { type: 'string' },
        dataset: { type: 'string' },
        'public-url': { type: 'string' },
        latency: { type: 'string' },
        'rate-limit': { type: 'string' },
        'no-shift-dates': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    fail((e as Error).message);
  }
  if (parsed.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const rate = parsed['rate-limit'];
  return {
    port: toInt('port', parsed.port, 4010),
    dataset: parsed.dataset ?? 'demo',
    publicUrl: parsed['public-url'],
    rateLimit: rate === 'off' ? false : { requests: toInt('rate-limit', rate, 60), windowMs: 60_000 },
    faults: { latencyMs: toInt('latency', parsed.latency, 0) },
    shiftDates: !parsed['no-shift-dates'],
  };
}

async function main(): Promise<void> {
  const opts = options();
  const mock = await startMockScalingo(opts);
  const lines = [
    `Mock Scalingo listening on ${mock.url}`,
    ...(opts.publicUrl ? [`  /v1/regions advertises region APIs under ${opts.publicUrl}`] : []),
    `  auth service   ${mock.url}/v1/...            (stands for https://auth.scalingo.com)`,
    ...mock.state.regions.map((r) => `  region ${r.name.padEnd(15)} ${mock.regionUrl(r.name)}/v1/...`),
    `  control        ${mock.url}/_mock/{log,faults,revoke,state}`,
    '',
    'API tokens to paste:',
    ...mock.state.tokens.map((t) => {
      const user = mock.state.users.find((u) => u.user.id === t.user_id)?.user;
      return `  ${t.token}   (${user?.username ?? '?'} <${user?.email ?? '?'}>)`;
    }),
    '',
    'Ctrl+C to stop.',
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    void mock.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
