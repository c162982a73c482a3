import { z } from 'zod';
import type { ApiErrorKind } from '../scalingo/errors';
import type { AccessSnapshot } from '../scan/snapshot';
import type { InviteAdvice, OverlayView } from '../overlay-advice/types';
import type { Settings } from '../settings';
import type { ScanState } from '../scan/scan-state';
import type { Policy } from '../policy';
import type { Review } from '../engine/review';
import type { WirePack } from '../review/wire-pack';
import type { ReviewHead } from '../review/review-head';
import type { ReviewSummary } from '../engine/summary';
import type { ReviewedFinding } from '../engine/acceptances';
import type { AccountView } from '../engine/digest';
import type { OwnTokenView } from '../engine/extension-token';
import type { Plan } from '../changes/plan';
import type { ChangeResult } from '../changes/plan-item';
import type { Decision } from '../review/decisions';
import type { AccessDiff } from '../review/diff';
import type { ReviewRecord } from '../review/record';
import { LISTING_MAX, withinListingBudget } from '../overlay-advice/listing';
import { PageReadingInput } from '../pages/reading';
import type { PageRead } from '../pages/page-digest';
import type { HistoryRow } from '../review/history';
import type { MergeReport } from '../transfer/merge';
import type { PolicyChange } from '../transfer/policy-import';
import type { Refusal } from '../review/refusal';

// The one message protocol between the background worker and everything else. Every
// incoming message is parsed with `BackgroundRequest`; the answer is always a `Reply`.

const AppRef = z.object({
  region: z.string().regex(/^[a-z0-9-]{1,40}$/),
  app: z.string().regex(/^[A-Za-z0-9._-]{1,80}$/),
});

/** The dashboard page's own language (its `lang`), which the overlay speaks on "automatic". */
const PageLang = { lang: z.string().max(35).optional() };
/** What the account-wide page lists (read by the content script; it only narrows the counts), within its budget. */
const Shown = z
  .array(z.object({ email: z.string().max(320), apps: z.array(z.string().max(80)).max(LISTING_MAX.apps) }))
  .max(LISTING_MAX.people)
  .refine(withinListingBudget, 'the listing is over its budget')
  .optional();
const DecisionRequest = z.object({
  findingId: z.string().min(1).max(400),
  kind: z.enum(['keep', 'downgrade', 'revoke', 'accept']),
  justification: z.string().max(500).default(''),
  until: z.string().nullable().default(null),
});

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('connect'), token: z.string().trim().min(1).max(512), remember: z.boolean() }),
  z.object({ type: z.literal('disconnect') }),
  z.object({ type: z.literal('getStatus') }),
  // force: refresh every app's events, not only the stale or changed ones.
  z.object({ type: z.literal('scan'), force: z.boolean().default(false) }),
  z.object({ type: z.literal('cancelScan') }),
  z.object({ type: z.literal('getSettings') }),
  z.object({ type: z.literal('saveSettings'), settings: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('getReview') }),
  // The review page's first screen before the whole (lib/review/review-head.ts).
  z.object({ type: z.literal('getReviewHead') }),
  // The whole review packed for the review page (lib/review/wire-pack.ts): a third of the bytes.
  z.object({ type: z.literal('getReviewPacked') }),
  z.object({ type: z.literal('getSnapshot') }),
  // The snapshot's apps and assignments, without activity: the review page's matrix and names.
  z.object({ type: z.literal('getAccess') }),
  // The token list's names and dates, and which token is this extension's (extension pages only).
  z.object({ type: z.literal('getOwnToken') }),
  // Page-only mode: the review's data as the pages showed it, for exports (null otherwise).
  z.object({ type: z.literal('getPageSnapshot') }),
  z.object({ type: z.literal('getPolicy') }),
  z.object({ type: z.literal('savePolicy'), policy: z.record(z.string(), z.unknown()) }),
  z.object({
    type: z.literal('acceptRisk'),
    findingId: z.string().min(1).max(400),
    justification: z.string().trim().min(3).max(500),
    days: z.number().int().min(1).max(365),
  }),
  z.object({ type: z.literal('reopenRisk'), findingId: z.string().min(1).max(400) }),
  z.object({ type: z.literal('decide'), decision: DecisionRequest }),
  // Bulk decisions (per person, per rule, the rows selected): all saved or none.
  z.object({ type: z.literal('decideMany'), decisions: z.array(DecisionRequest).min(1).max(10_000) }),
  z.object({ type: z.literal('undecide'), findingId: z.string().min(1).max(400) }),
  z.object({ type: z.literal('getSession') }),
  // Undecided findings are left open (the default) or kept as is by fallback (lib/review/fallback.ts).
  z.object({ type: z.literal('completeReview'), fallback: z.enum(['open', 'keep']).optional() }),
  z.object({ type: z.literal('getHistory') }),
  // History, policy and decisions to a file (or the policy alone, as the command line reads it), and back.
  z.object({ type: z.literal('exportTransfer'), part: z.enum(['all', 'policy']).default('all') }),
  z.object({
    type: z.literal('importTransfer'),
    text: z.string().max(50_000_000),
    replacePolicy: z.boolean().default(false),
    dryRun: z.boolean().default(false),
  }),
  // A policy file (the command line's --policy) into the settings: previewed (dry run), then stored.
  z.object({ type: z.literal('importPolicyFile'), text: z.string().max(1_000_000), dryRun: z.boolean().default(true) }),
  z.object({
    type: z.literal('exportHistory'),
    id: z.string().min(1).max(100),
    format: z.enum(['md', 'csv', 'json']),
  }),
  z.object({ type: z.literal('previewPlan') }),
  // Writes: only the plan last previewed, with an explicit confirmation.
  z.object({ type: z.literal('applyPlan'), planId: z.string().min(1).max(100), confirm: z.literal(true) }),
  // An undo names its record (not the item id, which recurs) and the exact call the page showed.
  z.object({
    type: z.literal('undoChange'),
    recordId: z.string().min(1).max(200),
    call: z.string().min(1).max(4000),
    confirm: z.literal(true),
  }),
  // "Forget everything" in the settings: every stored item, after the user confirmed.
  z.object({ type: z.literal('forgetEverything'), confirm: z.literal(true) }),
  // What a dashboard content script may send (dispatch.ts: only about the page it is on).
  z.object({ type: z.literal('appView'), ...AppRef.shape, ...PageLang }),
  z.object({ type: z.literal('refreshApp'), ...AppRef.shape, ...PageLang }),
  z.object({ type: z.literal('inviteAdvice'), ...AppRef.shape, email: z.string().max(320), ...PageLang }),
  z.object({ type: z.literal('peopleView'), shown: Shown, more: z.boolean().optional(), ...PageLang }),
  z.object({ type: z.literal('openReview'), findingId: z.string().min(1).max(400).nullable() }),
  // Page-only mode: whether it applies (the content script reads no page otherwise).
  z.object({ type: z.literal('pageOnlyMode') }),
  // Page-only mode: what the page on screen shows. `page` is stamped by dispatch.ts from the URL
  // the browser gives, whatever the sender wrote there.
  z.object({
    type: z.literal('pageReading'),
    ...PageReadingInput.shape,
    page: z
      .object({ url: z.string().max(2048), region: z.string().nullable(), tab: z.number().int().nullable().optional() })
      .optional(),
  }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;
/** What a sender writes (defaults may be left out). */
export type RequestInput = z.input<typeof BackgroundRequest>;
export type RequestType = BackgroundRequest['type'];

/** What a dashboard content script may ask: read-only, about the page it is on. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'appView',
  'refreshApp',
  'inviteAdvice',
  'peopleView',
  'openReview',
  'pageOnlyMode',
  'pageReading',
]);

/** Only a dashboard page's content script sends these (what it read on its page). */
export const DASHBOARD_ONLY_REQUESTS: ReadonlySet<RequestType> = new Set(['pageOnlyMode', 'pageReading']);

/** Writes to Scalingo: accepted from the review page only, where the plan is shown and confirmed. */
export const REVIEW_PAGE_REQUESTS: ReadonlySet<RequestType> = new Set(['applyPlan', 'undoChange']);

export interface Status {
  connected: boolean;
  // No snapshot here: it can weigh megabytes, and every page asks for the status. Pages that
  // need it whole (exports) ask `getSnapshot`.
  /** Painted from storage before the background answered: connection not yet confirmed. */
  provisional?: boolean;
  /** The account at a glance (from the review digest): what the popup shows. */
  account: AccountView | null;
  scan: ScanState;
  /** The review's counts and score; null before the first scan. */
  summary: ReviewSummary | null;
  /** The most urgent open findings (at most 30), as last computed. */
  top: ReviewedFinding[];
  /** Notes about values dropped at the last upgrade (i18n keys, lib/storage/planted.ts). */
  notices?: string[];
  /** Page-only mode is on (no token: the review comes from the pages visited). */
  pageOnly?: boolean;
  /** Where the review shown comes from; with 'pages', which apps were read and when. */
  source?: 'api' | 'pages';
  pages?: PageRead[];
  /** With 'pages': apps a page showed but left unread (more rows than a reading holds). */
  leftOut?: string[];
  /** Who the top findings are about, with their usernames (the digest's `people`). */
  people?: { email: string; username: string | null }[];
}

export interface Responses {
  connect: Status;
  disconnect: Status;
  getStatus: Status;
  scan: Status;
  cancelScan: Status;
  getSettings: Settings;
  saveSettings: Settings;
  appView: OverlayView | null;
  refreshApp: OverlayView | null;
  inviteAdvice: InviteAdvice;
  peopleView: OverlayView | null;
  openReview: boolean;
  getReview: Review | null;
  getReviewHead: ReviewHead | null;
  /** getReview's reply, packed once per review (review-handlers.ts). */
  getReviewPacked: WirePack | null;
  getSnapshot: AccessSnapshot | null;
  getAccess: Pick<AccessSnapshot, 'apps' | 'assignments'> | null;
  getOwnToken: OwnTokenView | null;
  /** `policy`: the one the page findings were judged with (trusted domains guessed app by app, `domains`). */
  getPageSnapshot: {
    snapshot: AccessSnapshot;
    pages: PageRead[];
    policy: Policy;
    domains: Record<string, string | null>;
  } | null;
  getPolicy: Policy;
  savePolicy: Policy;
  acceptRisk: Review | null;
  reopenRisk: Review | null;
  decide: Decision[];
  decideMany: Decision[];
  undecide: Decision[];
  getSession: ReviewSessionState;
  completeReview: ReviewRecord;
  getHistory: HistoryRow[];
  exportHistory: { filename: string; type: string; text: string };
  exportTransfer: { filename: string; type: string; text: string };
  importTransfer: MergeReport;
  importPolicyFile: { changes: PolicyChange[]; replaced: boolean };
  previewPlan: Plan & { planId: string };
  applyPlan: ChangeResult[];
  undoChange: ChangeResult;
  forgetEverything: Status;
  pageOnlyMode: boolean;
  pageReading: boolean;
}

export interface ReviewSessionState {
  decisions: Decision[];
  changes: ChangeResult[];
  previous: { id: string; completedAt: string } | null;
  /** Access now compared with the previous completed review's. */
  diff: AccessDiff | null;
}

/** Every kind of failure an answer can carry: the API's (lib/scalingo/errors.ts), a refused message, a crash. */
export type ErrorKind = ApiErrorKind | 'bad_request' | 'internal';
export type Reply<T> = { ok: true; data: T } | { ok: false; kind: ErrorKind; message: string; refusal?: Refusal };
