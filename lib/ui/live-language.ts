import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { watchLive } from '../messages/live';
import { applyLanguage } from './page-language';

/**
 * Follows the language setting on an open extension page: when the background announces that the
 * settings were stored anew (lib/background/live-channel.ts), the language is read again and the
 * calling component drawn again, so every open page switches without a reload.
 */
export function useLiveLanguage(): void {
  const [, redraw] = useState(0);
  useEffect(
    () => watchLive(['settings'], () => void applyLanguage().then(() => redraw((n) => n + 1)), browser.runtime),
    [],
  );
}
