import { en, type MessageKey } from '../i18n/en';
import { fr } from '../i18n/fr';
import type { Decision } from '../review/decisions';
import type { AccessLine } from '../review/record';
import type { Refusal } from '../review/refusal';
import { LABELS } from './markdown-labels';

// The evidence pack's words for ids (a finding's state, a decision, an action, a role), in the
// review's language, from the interface's own catalogues; and its access matrix, people × apps.
// Machine formats (JSON, SARIF, the CSV's id columns) keep the ids.

const CATALOGS = { en, fr } as const;
export type PackLanguage = keyof typeof CATALOGS;

/** The words for `prefix.id`, else the id with spaces (an id the catalogue does not know yet). */
export function packWord(language: PackLanguage, prefix: string, id: string): string {
  const key = `${prefix}.${id}` as MessageKey;
  return key in en ? CATALOGS[language][key] : id.replace(/-/g, ' ');
}

/** A finding's confidence as stored ("high: why"), its level in words (records keep the id). */
export function confidenceWords(language: PackLanguage, confidence: string): string {
  const m = /^(high|medium|low): ([\s\S]*)$/.exec(confidence);
  return m ? `${packWord(language, 'review.confidence', m[1]!)} — ${m[2]}` : confidence;
}

/** A person as the pack names them: the name (lib/review/person-name.ts), the e-mail beside it. */
export const personWords = (email: string, name?: string | null) =>
  name && name.toLowerCase() !== email.toLowerCase() ? `${name} (${email})` : email;

/** A role of the plan ("none": no access) in words. */
export const roleWord = (language: PackLanguage, role: string) =>
  role === 'none' ? packWord(language, 'plan.role', role) : packWord(language, 'role', role);

const STATE: Record<PackLanguage, Record<string, string>> = {
  en: { open: 'open', accepted: 'accepted', kept: 'kept as is' },
  fr: { open: 'ouvert', accepted: 'accepté', kept: 'conservé tel quel' },
};
export const stateWord = (language: PackLanguage, state: string) => STATE[language][state] ?? state;

// An assignment's status: the owner, an accepted invitation (a member), pending, deleted.
const STATUS: Record<PackLanguage, Record<string, string>> = {
  en: { owner: 'owns the app', accepted: 'member', pending: 'invited, pending', deleted: 'account deleted' },
  fr: { owner: 'propriétaire de l’app', accepted: 'membre', pending: 'invité, en attente', deleted: 'compte supprimé' },
};
export const statusWord = (language: PackLanguage, status: string) => STATUS[language][status] ?? status;

/** A matrix cell: the role, then 2FA or the invitation's state (as on the review page). */
function cellWords(language: PackLanguage, a: AccessLine): string {
  const w = (key: MessageKey) => CATALOGS[language][key];
  const role = packWord(language, 'role', a.role);
  if (a.status === 'pending') return `${role} · ${w('matrix.pending')}`;
  if (a.status === 'deleted') return `${role} · ${w('matrix.deleted')}`;
  return a.tfa === null ? role : `${role} · ${w(a.tfa ? 'matrix.tfa.on' : 'matrix.tfa.off')}`;
}

/**
 * Head and rows of the matrix: one row per person (by e-mail, named by username when known), one
 * column per app, keyed by region and name (two regions may each have a "web"); the region is
 * shown only where a name repeats.
 */
export function matrixRows(language: PackLanguage, access: AccessLine[]): { head: string[]; rows: string[][] } {
  const key = (a: AccessLine) => `${a.region}\u0000${a.app}`;
  const apps = new Map(access.map((a) => [key(a), a]));
  const regions = new Map<string, Set<string>>();
  for (const a of apps.values()) regions.set(a.app, (regions.get(a.app) ?? new Set()).add(a.region));
  const label = (a: AccessLine) => ((regions.get(a.app)?.size ?? 0) > 1 ? `${a.app} (${a.region})` : a.app);
  const columns = [...apps.keys()].sort((x, y) => label(apps.get(x)!).localeCompare(label(apps.get(y)!)));
  const people = new Map<string, Map<string, string>>();
  for (const a of access) {
    const row = people.get(a.email.toLowerCase()) ?? new Map<string, string>([['', a.email]]);
    if (a.username) row.set('', a.username);
    row.set(key(a), cellWords(language, a));
    people.set(a.email.toLowerCase(), row);
  }
  const rows = [...people.values()]
    .sort((x, y) => x.get('')!.localeCompare(y.get('')!))
    .map((r) => [r.get('')!, ...columns.map((c) => r.get(c) ?? '')]);
  return { head: [CATALOGS[language]['matrix.person'], ...columns.map((c) => label(apps.get(c)!))], rows };
}

/** A decision in words; a keep by fallback never reads as a reviewed keep. */
export const decisionWord = (language: PackLanguage, d: Pick<Decision, 'kind' | 'fallback'>) =>
  d.fallback ? LABELS[language].keepFallback : packWord(language, 'review.decide', d.kind);

/** Words kept as a key and values (lib/review/refusal.ts) said in the pack's language. */
export function wordsIn(language: PackLanguage, r: Refusal): string {
  const template: string = r.key in en ? CATALOGS[language][r.key as MessageKey] : r.key;
  return template.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = r.vars[name];
    return v === undefined ? all : typeof v === 'object' ? wordsIn(language, v) : String(v);
  });
}

/** A change's reason in the pack's language: ours from its words, the API's (and older records') as stored. */
export const reasonIn = (language: PackLanguage, c: { reason: string | null; reasonWords?: Refusal | null }) =>
  c.reasonWords ? wordsIn(language, c.reasonWords) : c.reason;
