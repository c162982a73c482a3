import type { Priority } from '../engine/finding';
import type { Role } from '../scan/snapshot';

// What the dashboard overlay draws, as finished texts in the reader's language. The
// background builds it (lib/overlay-advice/*) and the content script only draws it, so the script
// that loads on every dashboard page carries no dictionary and no rule; its one schema is the
// page row's (lib/pages/page-row.ts, in zod's small build: send-reading.ts checks each row it sends).

export type Tone = 'ok' | 'warn' | 'danger' | 'neutral';

export interface OverlayFinding {
  id: string;
  priority: Priority;
  title: string;
  evidence: string[];
  /** "accepted until 2027-01-12" when the risk was accepted, else null. */
  accepted: string | null;
}

export interface PersonOverlay {
  email: string;
  /** The one name shown for the person (lib/review/person-name.ts): username, else the e-mail. */
  name: string;
  /** The role in the last scan, to notice when the page shows another one. */
  role: Role;
  /** The app this line is about (account-wide page: null for the person across apps). */
  app: string | null;
  /** Short text of the chip: "P2 · Collaborator · 2FA · active 12 days ago · → Limited". */
  chip: string;
  tone: Tone;
  findings: OverlayFinding[];
}

export interface OverlayLabels {
  chipTitle: string;
  /** Where the chips' findings come from, when not Scalingo's API (page-only mode): part of each chip's name. */
  chipSource?: string;
  openReview: string;
  openFinding: string;
  close: string;
  noFinding: string;
  degraded: string;
}

export interface OverlayView {
  /** The app on screen, or null on the account-wide collaborators page. */
  app: { name: string; region: string } | null;
  banner: { text: string; tone: Tone };
  people: PersonOverlay[];
  labels: OverlayLabels;
}

/** What the account-wide page lists: each person shown and the apps listed with them. */
export interface PageListing {
  email: string;
  apps: string[];
}

export interface InviteAdvice {
  role: 'limited' | 'collaborator';
  headline: string;
  reasons: string[];
  /** The hint's button that chooses `role` in the page's own form, and what it says once done. */
  useRole: string;
  useRoleDone: string;
}

const TONES: Record<Priority, Tone> = { P1: 'danger', P2: 'danger', P3: 'warn', P4: 'neutral' };
export const toneOf = (p: Priority | null): Tone => (p ? TONES[p] : 'ok');
