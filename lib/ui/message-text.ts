import { t } from '../i18n';
import type { Phrase } from '../engine/finding';

/** A finding's message in the reader's language. */
export const messageText = (m: Phrase): string => t(m.key, m.vars);
