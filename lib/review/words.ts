import { t, type MessageKey } from '../i18n';
import { en } from '../i18n/en';

// Internal ids shown as words: a rule's id becomes its short name in the reader's language.
// A rule added without its words shows its id with spaces, never a raw key.

export function ruleWords(rule: string): string {
  const key = `words.rule.${rule}` as MessageKey;
  return key in en ? t(key) : rule.replace(/-/g, ' ');
}
