import { z } from 'zod';
import type { MessageKey } from '../i18n/en';
import { PRIORITIES, URGENCY } from './priority';

// A finding: one thing to look at, with why (evidence with dates), how sure we are, and what
// to do. Texts are message keys with values, so every view shows them in the reader's language.

export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

/** `ask-owner`: your own access on someone else's app, which only its owner changes (lib/engine/own-access.ts). */
export const Action = z.enum([
  'downgrade',
  'revoke',
  'remove',
  'ask-2fa',
  'enable-2fa',
  'move-ownership',
  'review',
  'ask-owner',
]);
export type Action = z.infer<typeof Action>;

/**
 * A translated text: a message key of lib/i18n and its values, worded in the reader's language.
 * The key is typed as one of the catalogue's; read back, it is checked as a string only (the
 * catalogue stays out of the schema, and out of every script that parses a finding).
 */
export const Phrase = z.object({
  key: z.custom<MessageKey>((k) => typeof k === 'string'),
  vars: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Phrase = z.infer<typeof Phrase>;

export const Finding = z.object({
  /** rule + app + person: the same across scans and whatever the order of the input. */
  id: z.string(),
  rule: z.string(),
  priority: Priority,
  title: Phrase,
  evidence: z.array(Phrase),
  confidence: z.object({ level: z.enum(['high', 'medium', 'low']), why: Phrase }),
  action: Action,
  /** Null for findings about the account or about a person across apps. */
  app: z.object({ id: z.string(), name: z.string(), region: z.string() }).nullable(),
  person: z
    .object({ email: z.string(), userId: z.string().nullable(), collaboratorId: z.string().nullable() })
    .nullable(),
  link: z.string(),
  /** About an app whose events or SCM link the running scan has not read yet: it may change (lib/scan/publication.ts). */
  provisional: z.boolean().optional(),
});
export type Finding = z.infer<typeof Finding>;

const DASHBOARD = 'https://dashboard.scalingo.com';

type AppRef = { id: string; name: string; region: string };
type Page = { region: string; name: string; url: string; ref: AppRef | null };
/** Per app object: its collaborators page, and the `app` its findings carry (one object, not one per finding). */
const pages = new WeakMap<object, Page>();
function pageOf(app: { region: string; name: string }): Page {
  const hit = pages.get(app);
  if (hit && hit.region === app.region && hit.name === app.name) return hit;
  const url = `${DASHBOARD}/apps/${encodeURIComponent(app.region)}/${encodeURIComponent(app.name)}/settings/collaborators`;
  const page: Page = { region: app.region, name: app.name, url, ref: null };
  pages.set(app, page);
  return page;
}
export const collaboratorsPage = (app: { region: string; name: string }): string => pageOf(app).url;
/** An app's collaborators page and its `{ id, name, region }`, shared by every finding about it: never change it. */
export function appPage(app: AppRef): { ref: AppRef; url: string } {
  const page = pageOf(app);
  if (page.ref === null || page.ref.id !== app.id) page.ref = { id: app.id, name: app.name, region: app.region };
  return page as { ref: AppRef; url: string };
}
export const CONSOLIDATED_PAGE = `${DASHBOARD}/collaborators`;
export const ACCOUNT_2FA_PAGE = `${DASHBOARD}/account/authentication`;
export const TOKENS_PAGE = `${DASHBOARD}/account/tokens`;
/** The app's deploy settings, where the SCM link and review apps are set (URL seen in public links [T]). */
export const deploySettingsPage = (app: { region: string; name: string }) =>
  `${DASHBOARD}/apps/${encodeURIComponent(app.region)}/${encodeURIComponent(app.name)}/deploy/config`;

export { PRIORITIES };

/** Open findings first, then by priority: the order every view lists them in. */
export const byUrgency = (a: { state: string; priority: Priority }, b: { state: string; priority: Priority }): number =>
  Number(a.state === 'accepted') - Number(b.state === 'accepted') || URGENCY[a.priority] - URGENCY[b.priority];

/** True when `p` is `threshold` or more urgent. */
export const atLeast = (p: Priority, threshold: Priority): boolean => URGENCY[p] <= URGENCY[threshold];

/** One step more urgent (P1 stays P1). */
export const raise = (p: Priority, yes = true): Priority => (yes ? PRIORITIES[Math.max(0, URGENCY[p] - 1)]! : p);

/** The parts of an id, filled in place: one array for every id rather than one per finding. */
const parts: [string, string, string] = ['', '', ''];

/**
 * One flat string: a template here left a tree of four pieces per finding, kept alive with it
 * and flattened again by the sort (lib/rules/index.ts); 16k findings at 10k assignments.
 */
export function findingId(rule: string, appId: string | null, person: string | null): string {
  parts[0] = rule;
  parts[1] = appId ?? '-';
  parts[2] = person === null ? '-' : person.toLowerCase();
  return parts.join(':');
}

/**
 * The date of the last days asked, by day mod 128: evidence dates one string per day rather
 * than a copy per phrase (escalation alone wrote about 20k at 10k assignments, most on a few days).
 */
const DAY_SLOTS = 128;
const dayKeys = new Int32Array(DAY_SLOTS).fill(-1);
const dayTexts: string[] = new Array<string>(DAY_SLOTS).fill('');
const DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** The `YYYY-MM-DD` an ISO time starts with ('?' without one); any other text's first ten characters. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '?';
  if (iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return iso.slice(0, 10);
  let key = 0;
  for (let i = 0; i < DIGITS.length; i++) {
    const d = iso.charCodeAt(DIGITS[i]!) - 48;
    if (d < 0 || d > 9) return iso.slice(0, 10);
    key = key * 10 + d;
  }
  const slot = key % DAY_SLOTS;
  if (dayKeys[slot] !== key) {
    dayKeys[slot] = key;
    dayTexts[slot] = iso.slice(0, 10);
  }
  return dayTexts[slot]!;
}
