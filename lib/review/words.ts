import { t, type MessageKey } from '../i18n';
import { en } from '../i18n/en';
import { PAGE_NO_DATE } from '../engine/shared-phrases';
import type { Finding } from '../engine/finding';

// Internal ids shown as words: a rule's id becomes its short name in the reader's language.
// A rule added without its words shows its id with spaces, never a raw key.

type Named = Pick<Finding, 'rule' | 'evidence'>;

/** An invitation a page showed with no date: pending, its age unknown, so never called "old". */
const undatedPageInvitation = (f: Named) =>
  f.rule === 'stale-invitation' && f.evidence.some((p) => p.key === PAGE_NO_DATE.key);

/** A rule's short name; given the finding, the one that fits it (an undated page invitation is "pending"). */
export function ruleWords(rule: string, finding?: Named): string {
  if (finding && undatedPageInvitation(finding)) return t('words.rule.stale-invitation.undated');
  const key = `words.rule.${rule}` as MessageKey;
  return key in en ? t(key) : rule.replace(/-/g, ' ');
}

/** A rule's short name for a list (a filter): "pending" as soon as one of its invitations is undated. */
export function ruleWordsAmong(rule: string, findings: readonly Named[]): string {
  return ruleWords(
    rule,
    findings.find((f) => f.rule === rule && undatedPageInvitation(f)),
  );
}
