import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { plannedWrites } from '../../lib/changes/left-to-apply';
import type { ReviewSessionState } from '../../lib/messages/protocol';
import type { PersonNames } from '../../lib/review/person-name';
import { PlanPanel } from './PlanPanel';
import type { ReviewActions } from './ReviewPage';
import { useShownPlan } from './use-shown-plan';

// The review page's plan: the plan panel wired to the background's preview, apply and undo. It
// holds the plan on show (dropped when the decisions move: use-shown-plan.ts); the page runs each
// action (`run`: busy meanwhile, its error shown at the top).

interface Props {
  allowChanges: boolean;
  session: ReviewSessionState;
  findings: ReviewedFinding[];
  names: PersonNames;
  busy: boolean;
  actions: Pick<ReviewActions, 'preview' | 'apply' | 'undo'>;
  run: (task: () => Promise<string | null>) => Promise<void>;
}

export function ReviewPlan({ allowChanges, session, findings, names, busy, actions, run }: Props) {
  const [plan, setPlan] = useShownPlan(session);
  return (
    <PlanPanel
      allowChanges={allowChanges}
      pending={plannedWrites(session.decisions, session.changes, findings)} // the writes, not the decisions
      plan={plan}
      changes={session.changes}
      findings={findings}
      names={names}
      busy={busy}
      onPreview={() =>
        void run(async () => {
          const p = await actions.preview();
          if (typeof p === 'string') return p;
          setPlan(p);
          return null;
        })
      }
      onApply={(id) =>
        void run(async () => {
          const e = await actions.apply(id);
          setPlan(null);
          return e;
        })
      }
      onUndo={(id, call) => void run(() => actions.undo(id, call))}
    />
  );
}
