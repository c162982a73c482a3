// The live channel's words and its listening side. The background (lib/background/live-channel.ts)
// tells the pages and the dashboard's content script that something they show was stored anew;
// they ask again through the message protocol. Here, apart from the background, so a content
// script can listen without importing any of the background's code.

export type Topic = 'scan' | 'digest' | 'session' | 'policy' | 'settings';
export interface Changed {
  type: 'sar:changed';
  topics: Topic[];
}

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }) => undefined;
/** The part of `browser.runtime` it needs, passed in: lib/messages stays free of `wxt/browser`. */
interface Runtime {
  id: string;
  onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
}

/**
 * A page's or content script's side: `onChange` runs when one of `topics` changed. Only the
 * background is heard (it has no tab; a content script, or a page a content script opened,
 * always has one). The caller passes `browser.runtime`. Returns the way to stop listening.
 */
export function watchLive(topics: readonly Topic[], onChange: () => void, runtime: Runtime): () => void {
  const listener: Listener = (message, sender) => {
    if (sender.id !== runtime.id || sender.tab) return undefined;
    const m = message as Partial<Changed> | null;
    if (m?.type === 'sar:changed' && Array.isArray(m.topics) && m.topics.some((t) => topics.includes(t))) onChange();
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
