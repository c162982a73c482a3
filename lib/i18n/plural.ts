import { language, t } from './index';
import type { MessageKey } from './en';

// Plural forms: "1 decision", "2 decisions"; in French 0 and 1 take the singular ("0 décision").
// A key `<base>.one` / `<base>.other` pair, picked by the language's own plural rules.

type Base<K> = K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
export type PluralKey = Base<MessageKey>;

/** `t` of `<base>.one` or `<base>.other` for `count` (given to the string as `{count}`). */
export function tCount(base: PluralKey, count: number, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(language()).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}.${form}` as MessageKey, { ...vars, count });
}
