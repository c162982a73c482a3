import type { RequestInput, RequestType, Responses } from '../messages/protocol';
import { ask } from '../ui/ask';

// The content script's requests. The background checks each one against the URL the browser
// stamps on it, and right after an in-app navigation the browser may still stamp the previous
// URL: a refusal is then retried a few times before the overlay gives up (quietly).

const RETRY_MS = [100, 300, 900];

export async function askAboutPage<K extends RequestType>(
  req: Extract<RequestInput, { type: K }>,
  signal?: AbortSignal,
): Promise<Responses[K] | null> {
  for (let attempt = 0; ; attempt++) {
    const reply = await ask(req);
    if (reply.ok) return reply.data;
    const wait = RETRY_MS[attempt];
    if (reply.kind !== 'forbidden' || wait === undefined || signal?.aborted) return null;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
