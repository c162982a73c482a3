import type { Priority } from './finding';

// What the catalogue knows of a rule besides its function: each rule file exports it as `META`
// beside the function, so the command line's SARIF driver (lib/cli/sarif.ts) has no list of its
// own to forget a rule in.

export interface RuleMeta {
  /** The rule's id: its file name, `Finding.rule`, the SARIF `ruleId`. */
  readonly id: string;
  /** One sentence: SARIF `shortDescription`. */
  readonly short: string;
  /** What it finds and when: SARIF `fullDescription`. */
  readonly full: string;
  /** What to do about a finding: SARIF `help`. */
  readonly help: string;
  /** Its most urgent priority before a sensitive app raises it: SARIF's default level. */
  readonly priority: Priority;
  /**
   * `app`: each finding is about one app and reads only that app, its people and the account's
   * own settings (who scans, the policy, the time), so a partial publication re-runs it on the
   * apps that changed alone (lib/engine/incremental.ts). `account`: it reads several apps (a
   * person across apps, a review app's parent) or the account's lists; always run whole.
   * test/unit/rules/rule-scope.test.ts keeps each rule's word true.
   */
  readonly scope: 'app' | 'account';
}
