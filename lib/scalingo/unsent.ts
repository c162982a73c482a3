// Answers the client gives itself for a request it did not send (lib/scalingo/client.ts): held
// back while its bearer is checked, or refused because the auth service refused the token. They
// look like a 401 to the code above, carry a request id saying why, and cost no rate-limit token
// (lib/scalingo/retrying-fetch.ts gives it back) nor count as a request sent.

export const UNSENT = { held: 'unsent:held', refused: 'unsent:refused' } as const;

export function unsentResponse(requestId: (typeof UNSENT)[keyof typeof UNSENT], error: string): Response {
  return new Response(JSON.stringify({ error }), { status: 401, headers: { 'x-request-id': requestId } });
}

export const isUnsent = (r: Response): boolean => r.headers.get('x-request-id')?.startsWith('unsent:') === true;
