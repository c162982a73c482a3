import type { ChangeResult } from '../changes/plan-item';
import { language, tKeepingDates } from '../i18n';
import type { Phrase } from '../engine/finding';
import type { Policy } from '../policy';
import type { Review } from '../engine/review';
import type { AccessSnapshot } from '../scan/snapshot';
import type { Decision } from './decisions';
import { personNames } from './person-name';
import type { AccessLine, ReviewRecord } from './record';

// Freezes the review in progress into a record: texts rendered in the current language (the
// evidence must read the same in a year, whatever the code then says), and who had which access.
// Dates stay ISO in it (its CSV and JSON are machine formats); the Markdown pack words them.

const text = (m: Phrase) => tKeepingDates(m.key, m.vars);

export function accessLines(snapshot: AccessSnapshot): AccessLine[] {
  const apps = new Map(snapshot.apps.map((a) => [a.id, a]));
  return snapshot.assignments.map((a) => ({
    app: apps.get(a.appId)?.name ?? a.appId,
    region: a.region,
    email: a.email,
    username: a.username ?? null,
    role: a.role,
    status: a.status,
    tfa: a.tfa,
  }));
}

export function buildRecord(input: {
  snapshot: AccessSnapshot;
  review: Review;
  policy: Policy;
  decisions: Decision[];
  changes: ChangeResult[];
  now: Date;
  /** An export of the review in progress: labelled a draft, with no completion date. */
  draft?: boolean;
}): ReviewRecord {
  const { snapshot, review, now } = input;
  const draft = input.draft === true;
  const byId = new Map(review.findings.map((f) => [f.id, f]));
  const names = personNames(snapshot.assignments);
  return {
    id: `${draft ? 'draft' : 'review'}-${now.getTime()}`,
    status: draft ? 'draft' : 'completed',
    completedAt: draft ? null : now.toISOString(),
    exportedAt: draft ? now.toISOString() : null,
    reviewer: { email: snapshot.me.email, username: snapshot.me.username },
    scannedAt: snapshot.scannedAt,
    language: language(),
    policy: input.policy,
    summary: { score: review.summary.score, open: { ...review.summary.open }, accepted: review.summary.accepted },
    findings: review.findings.map((f) => ({
      id: f.id,
      rule: f.rule,
      priority: f.priority,
      state: f.state,
      title: text(f.title),
      evidence: f.evidence.map(text),
      confidence: `${f.confidence.level}: ${text(f.confidence.why)}`,
      action: f.action,
      app: f.app?.name ?? null,
      region: f.app?.region ?? null,
      person: f.person?.email ?? null,
      personName: f.person ? names(f.person.email) : null,
      link: f.link,
    })),
    // Each decision names what it was about, even when its finding is gone (applied, then rescanned).
    decisions: input.decisions.map((d) => {
      const f = byId.get(d.findingId);
      const subject = f
        ? { rule: f.rule, priority: f.priority, app: f.app?.name ?? null, person: f.person?.email ?? null }
        : (d.subject ?? null);
      return { ...d, subject };
    }),
    changes: input.changes,
    acceptances: review.findings.flatMap((f) => (f.acceptance ? [f.acceptance] : [])),
    access: accessLines(snapshot),
  };
}
