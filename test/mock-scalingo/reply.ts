import type { ServerResponse } from 'node:http';

/**
 * What a route handler returns. Handlers never write to the socket themselves, so the server
 * can log, time and corrupt (the `malformed` fault) every answer in one place.
 */
export interface Reply {
  status: number;
  /** Serialised as JSON unless `text` is set. Absent for 204. */
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Sent on every answer: the extension's pages and the demo call the mock from a browser. */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept, X-Authorization-OTP',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Max-Age': '600',
};

export const ok = (json: unknown, status = 200): Reply => ({ status, json });
export const noContent = (): Reply => ({ status: 204 });

// Error bodies follow docs/scalingo-api.md §3.9.
export const unauthorized = (error: string): Reply => ({ status: 401, json: { error } });
export const forbidden = (error: string): Reply => ({ status: 403, json: { error, code: 'forbidden' } });
export const notFound = (resource: string): Reply => ({ status: 404, json: { resource, error: 'not found' } });
export const routeNotFound = (): Reply => ({ status: 404, json: { error: 'not found' } });
export const badJson = (detail: string): Reply => ({
  status: 400,
  json: { error: `There was a problem in the JSON you submitted: ${detail}` },
});
export const unprocessable = (errors: Record<string, string[]>): Reply => ({ status: 422, json: { errors } });
export const internalError = (status = 500): Reply => ({
  status,
  json: { error: "Internal error occured, we're on it!" },
});
/** 429 is documented as plain text, with no Retry-After nor X-RateLimit-* header. */
export const tooManyRequests = (): Reply => ({ status: 429, text: 'Retry later' });

/** Serialises a reply; returns the body actually sent (used by the `malformed` fault). */
export function serialise(reply: Reply): string {
  if (reply.text !== undefined) return reply.text;
  if (reply.json === undefined) return '';
  return JSON.stringify(reply.json);
}

export function send(res: ServerResponse, reply: Reply, body: string, extra: Record<string, string> = {}): void {
  const headers: Record<string, string> = { ...CORS_HEADERS, ...extra, ...reply.headers };
  if (body !== '') {
    headers['Content-Type'] = reply.text !== undefined ? 'text/plain; charset=utf-8' : JSON_TYPE;
    headers['Content-Length'] = String(Buffer.byteLength(body));
  }
  res.writeHead(reply.status, headers);
  res.end(body === '' ? undefined : body);
}
