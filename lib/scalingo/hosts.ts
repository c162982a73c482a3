// Where the API token and the bearer may go. Scalingo's auth service is one fixed host, and
// every region's API, as `GET /v1/regions` lists it, must be `https://api.<region>.scalingo.com`
// (other sites under scalingo.com, such as the doc, blog or status pages, are run by third
// parties): a region answered with another host is refused, never contacted (a look-alike auth
// server or a tampered answer cannot lead the bearer elsewhere).

export const SCALINGO_AUTH_URL = 'https://auth.scalingo.com';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The host of a URL for a message (the text itself when it is no URL). */
export const hostOf = (url: string): string => parse(url)?.host || url;

const REGION_API_HOST = /^api\.[a-z0-9-]+\.scalingo\.com$/;

/** `https://api.<region>.scalingo.com`: default port, no credentials, path, query or fragment. */
export function isScalingoRegionApi(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === 'https:' &&
    REGION_API_HOST.test(u.hostname) &&
    u.port === '' &&
    !u.username &&
    !u.password &&
    u.pathname === '/' &&
    !u.search &&
    !u.hash
  );
}

/** A server on this very machine (the mock Scalingo of the tests). */
export function isLoopback(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    (u.protocol === 'http:' || u.protocol === 'https:') &&
    ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) &&
    !u.username &&
    !u.password
  );
}

/** This very machine by any of its usual names (127.0.0.0/8, localhost, [::1]), as `URL` normalises them. */
export const isLoopbackHostname = (hostname: string): boolean =>
  /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname === 'localhost' || hostname === '[::1]';

/**
 * A region's API is either a Scalingo region API host, or served by the auth service the user
 * chose itself (same origin: the mock Scalingo, or a proxy given to the command line).
 */
export function regionApiAllowed(api: string, authUrl: string): boolean {
  if (isScalingoRegionApi(api)) return true;
  const a = parse(api);
  const auth = parse(authUrl);
  return a !== null && auth !== null && a.origin === auth.origin && !a.username && !a.password;
}

/**
 * Why this build may not send the token to `url`, or null when it may. Builds for users
 * accept Scalingo's auth service only; the loopback test build also a server on this machine.
 */
export function authUrlProblem(url: unknown, loopbackAllowed: boolean): string | null {
  if (typeof url !== 'string') return 'The auth service URL must be text.';
  const normalised = url.trim().replace(/\/+$/, '');
  if (normalised === SCALINGO_AUTH_URL) return null;
  if (loopbackAllowed && isLoopback(normalised)) return null;
  return loopbackAllowed
    ? `${normalised || 'An empty URL'} is refused: only ${SCALINGO_AUTH_URL} or a server on this machine (http://127.0.0.1:…) can receive the token.`
    : `${normalised || 'An empty URL'} is refused: the token is only ever sent to ${SCALINGO_AUTH_URL}.`;
}
