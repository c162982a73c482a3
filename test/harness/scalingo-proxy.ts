import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { fixtureFor, mockTarget } from './routes';

// Scalingo's real host names for Firefox, answered locally. Firefox's WebDriver BiDi does not
// see the extension's background requests, so request interception cannot route them: Firefox
// is pointed at this HTTPS proxy instead (prefs in firefox.ts). It opens the TLS tunnel of each
// CONNECT itself, with a throwaway self-signed certificate (the browser session accepts it:
// `acceptInsecureCerts`), and answers as routes.ts does for Chromium: the API hosts by the mock
// Scalingo server, the dashboard by the committed fixture pages. Any other host is refused, and
// so is plain http; both are recorded in `strays` (Firefox's own service hosts aside), with any request carrying an Authorization
// header to a host other than Scalingo's API and auth hosts (the token goes only to those).

const SCALINGO = /^(auth|dashboard|api\.[a-z0-9-]+)\.scalingo\.com:443$/;
/** Firefox's own services (remote settings and the like, asked for by the browser, not the extension): refused, not strays. */
const FIREFOX_OWN = /\.(mozilla\.(com|net|org)|firefox\.com):443$/;

export interface ScalingoProxy {
  port: number;
  /** What went where it should not: refused hosts, plain http, credentials sent to the dashboard. */
  strays(): string[];
  close(): Promise<void>;
}

/** A key and certificate for *.scalingo.com, made by openssl for this run only. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'sar-proxy-'));
  try {
    const r = spawnSync('openssl', [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'],
      ...['-subj', '/CN=scalingo.com', '-addext', 'subjectAltName=DNS:*.scalingo.com'],
      ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    ]);
    if (r.status !== 0)
      throw new Error(`openssl could not make the proxy's certificate: ${r.stderr?.toString() ?? String(r.error)}`);
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function answer(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  mockUrl: string,
  stray: (what: string) => void,
): Promise<void> {
  const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
  const target = mockTarget(url.href, mockUrl);
  if (!target) {
    if (req.headers.authorization !== undefined) stray(`Authorization sent to ${url.origin}${url.pathname}`);
    const file = url.hostname === 'dashboard.scalingo.com' ? fixtureFor(url) : null;
    res.writeHead(file ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(file ? readFileSync(file) : '<!doctype html><title>Not found</title><h1>Page not found</h1>');
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) headers.set(name, value);
  try {
    const upstream = await fetch(target, {
      method: req.method,
      headers,
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
      redirect: 'manual',
    });
    const body = Buffer.from(await upstream.arrayBuffer());
    const out: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(name)) out[name] = value;
    });
    res.writeHead(upstream.status, out);
    res.end(body);
  } catch {
    // The mock cut the connection (network fault): the extension sees a network error.
    res.socket?.destroy();
  }
}

export async function startScalingoProxy(mockUrl: string): Promise<ScalingoProxy> {
  const { key, cert } = throwawayCertificate();
  const strays: string[] = [];
  const stray = (what: string) => void strays.push(what);
  const inner = http.createServer((req, res) => void answer(req, res, mockUrl, stray));
  const sockets = new Set<Socket>();
  const proxy = http.createServer((req, res) => {
    stray(`plain http: ${req.method} ${req.url}`);
    res.writeHead(405).end();
  });
  proxy.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (!SCALINGO.test(req.url ?? '')) {
      if (!FIREFOX_OWN.test(req.url ?? '')) stray(`refused tunnel to ${req.url}`);
      return void socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    }
    socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
    const secure = new tls.TLSSocket(socket, { isServer: true, key, cert });
    secure.on('error', () => undefined);
    inner.emit('connection', secure);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  return {
    port: (proxy.address() as AddressInfo).port,
    strays: () => [...strays],
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of sockets) socket.destroy();
        inner.close();
        proxy.close(() => ok());
      }),
  };
}
