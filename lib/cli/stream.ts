import type { Policy } from '../policy';
import { buildRecord } from '../review/build-record';
import type { ReviewRecord } from '../review/record';
import type { Acceptance } from '../engine/acceptances';
import type { RulesRun } from '../engine/incremental';
import { reviewSince } from '../engine/review';
import type { AccessSnapshot, ScanError } from '../scan/snapshot';

// `--stream`: the findings on stdout as NDJSON, one JSON object a line (the report's finding
// shape), each written once it is final: as soon as it needs nothing more from the scan (its
// app's events and SCM link are read, or it is about the account or a person across apps).
// A long scan in a CI log shows its findings as they come; each finding is written once.
// Each publication is reviewed incrementally (lib/engine/incremental.ts), as the background does,
// all at one time (`at`, the stream's start), which the final report uses too: a line written
// early says what the report says ("157 days old" never becomes "158").
// A part of the account that could not be read is a line of its own as soon as it is known,
// `{"incomplete": …}` with the entry the JSON report lists under `incomplete`, each once.

export interface LineSink {
  write(s: string): void;
}

export function findingStream(out: LineSink, policy: Policy, acceptances: Acceptance[], at = new Date()) {
  const sent = new Set<string>();
  const failed = new Set<string>();
  let rules: RulesRun | null = null;
  const incomplete = (errors: ScanError[]) => {
    for (const e of errors) {
      const line = JSON.stringify({ incomplete: e });
      if (failed.has(line)) continue;
      failed.add(line);
      out.write(`${line}\n`);
    }
  };
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
      incomplete(snapshot.errors);
      const final = { ...r, findings: r.findings.filter((f) => !f.provisional) };
      write(buildRecord({ snapshot, review: final, policy, decisions: [], changes: [], now }).findings);
    },
    /** The time every publication is reviewed at: the final report's too. */
    at,
    /** The finished review and the parts the scan could not read: whatever was not written yet. */
    end(record: ReviewRecord, errors: ScanError[]): void {
      incomplete(errors);
      write(record.findings);
    },
  };
}
