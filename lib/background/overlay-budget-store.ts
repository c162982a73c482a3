import { overlayBudgetItem } from '../storage/items';
import { budgetsOf, NO_BUDGET_SPENT, type Budgets } from './overlay-limits';

// Where the overlay's budgets live: storage.session (extension contexts only, as the content
// script must not reset them; wiped when the browser closes), so a restart of the background
// keeps what was spent. Spending is one read-modify-write at a time.

export interface BudgetArea {
  get(): Promise<unknown>;
  set(value: Budgets): Promise<void>;
}

export const sessionBudgetArea: BudgetArea = {
  get: () => overlayBudgetItem.getValue(),
  set: (value) => overlayBudgetItem.setValue(value),
};

export function budgetStore(area: BudgetArea = sessionBudgetArea) {
  // What this instance last spent: used when the session area cannot be read, so a storage
  // failure never hands out a fresh budget.
  let last: Budgets = NO_BUDGET_SPENT;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    /** True when `take` allowed it (it returns the budgets after, or null to refuse); then stored. */
    spend(take: (b: Budgets) => Budgets | null): Promise<boolean> {
      const run = queue.then(async () => {
        const current = await area.get().then(budgetsOf, () => last);
        const next = take(current);
        if (!next) return false;
        last = next;
        await area.set(next).catch(() => undefined);
        return true;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** An app as the budgets know it: a hash, so no app name is kept there. */
export async function appKey(region: string, app: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${region}/${app}`));
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}
