import { t } from '../i18n';
import type { Message } from '../rules/finding';

/** A finding's message in the reader's language. */
export const messageText = (m: Message): string => t(m.key, m.vars);
