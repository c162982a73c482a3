import { startMockScalingo, type MockOptions, type MockScalingo } from './server';

/** Small HTTP helpers for the mock's own tests: real requests, plain fetch. */

export const basic = (apiToken: string) => `Basic ${Buffer.from(`:${apiToken}`).toString('base64')}`;

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body, or undefined when it is not JSON. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- assertions read arbitrary API shapes
}

export async function call(
  url: string,
  init: {
    method?: string;
    bearer?: string;
    authorization?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (init.bearer) headers.Authorization = `Bearer ${init.bearer}`;
  if (init.authorization) headers.Authorization = init.authorization;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function exchange(mock: MockScalingo, apiToken: string): Promise<string> {
  const answer = await call(`${mock.url}/v1/tokens/exchange`, {
    method: 'POST',
    authorization: basic(apiToken),
    body: {},
  });
  if (answer.status !== 200) throw new Error(`exchange failed: ${answer.status} ${answer.text}`);
  return answer.json.token as string;
}

/** A mock without rate limit (tests that need one pass it explicitly). */
export async function start(opts: MockOptions = {}): Promise<MockScalingo> {
  return startMockScalingo({ rateLimit: false, ...opts });
}
