import type { Decision } from '../../lib/review/decisions';
import type { Group } from '../../lib/review/filter';
import type { DecisionInput } from './DecisionForm';
import { FindingCard } from './FindingCard';

interface Props {
  groups: Group[];
  focus: string | null;
  decisions: Map<string, Decision>;
  onDecide: (d: DecisionInput) => Promise<string | null>;
  onClear: (findingId: string) => void;
}

/** The cards view: one section per app or person, headed by its one name (the e-mail in a title). */
export function CardGroups({ groups, focus, decisions, onDecide, onClear }: Props) {
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} class="group" aria-label={g.label}>
          <h2 title={g.email}>{g.label}</h2>
          {g.findings.map((f) => (
            <FindingCard
              key={f.id}
              finding={f}
              focused={f.id === focus}
              decision={decisions.get(f.id)}
              onDecide={onDecide}
              onClear={onClear}
            />
          ))}
        </section>
      ))}
    </>
  );
}
