import type { Policy } from '../policy';
import { buildRecord } from '../review/build-record';
import type { ReviewRecord } from '../review/record';
import type { Acceptance } from '../engine/acceptances';
import type { RulesRun } from '../engine/incremental';
import { reviewSince } from '../engine/review';
import type { AccessSnapshot } from '../scan/snapshot';

// `--stream`: the findings on stdout as NDJSON, one JSON object a line (the report's finding
// shape), each written once it is final: as soon as it needs nothing more from the scan (its
// app's events and SCM link are read, or it is about the account or a person across apps).
// A long scan in a CI log shows its findings as they come; each finding is written once.
// Each publication is reviewed incrementally (lib/engine/incremental.ts), as the background does,
// all at one time (`at`, the stream's start), which the final report uses too: a line written
// early says what the report says ("157 days old" never becomes "158").

export interface LineSink {
  write(s: string): void;
}

export function findingStream(out: LineSink, policy: Policy, acceptances: Acceptance[], at = new Date()) {
  const sent = new Set<string>();
  let rules: RulesRun | null = null;
  const write = (findings: ReviewRecord['findings']) => {
    for (const f of findings) {
      if (sent.has(f.id)) continue;
      sent.add(f.id);
      out.write(`${JSON.stringify(f)}\n`);
    }
  };
  return {
    /** A publication of the running scan: its findings that are no longer provisional. */
    publication(snapshot: AccessSnapshot): void {
      const now = at;
      const { rules: run, ...r } = reviewSince(rules, snapshot, policy, acceptances, now);
      rules = run;
      const final = { ...r, findings: r.findings.filter((f) => !f.provisional) };
      write(buildRecord({ snapshot, review: final, policy, decisions: [], changes: [], now }).findings);
    },
    /** The time every publication is reviewed at: the final report's too. */
    at,
    /** The finished review: whatever was not written yet. */
    end(record: ReviewRecord): void {
      write(record.findings);
    },
  };
}
