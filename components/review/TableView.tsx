import { useMemo, useState } from 'preact/hooks';
import type { Decision } from '../../lib/review/decisions';
import type { PersonNames } from '../../lib/review/person-name';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { BulkPanel } from './BulkPanel';
import { FindingTable } from './FindingTable';
import { SelectionBar, type BulkDecision } from './SelectionBar';

interface Props {
  /** Every finding (the bulk groups) and those the filters show (the table). */
  all: ReviewedFinding[];
  shown: ReviewedFinding[];
  decisions: Decision[];
  names: PersonNames;
  busy: boolean;
  /** Decisions left to apply (leftToApply): not what was applied already, nor decisions on findings gone. */
  pending: number;
  reveal: string | null;
  onDecideMany: (ds: BulkDecision[]) => Promise<boolean>;
  onOpen: (ids: string[]) => void;
  onPlan: () => void;
}

/**
 * The table view: bulk decisions per rule and per person, the table, the selection bar. The bar
 * decides only the selected rows still shown: a filter change never leaves hidden rows decided.
 */
export function TableView({
  all,
  shown,
  decisions,
  names,
  busy,
  pending,
  reveal,
  onDecideMany,
  onOpen,
  onPlan,
}: Props) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Kept across renders: the table sorts again when this map changes, not on every tick of a box.
  const byId = useMemo(() => new Map(decisions.map((d) => [d.findingId, d])), [decisions]);
  const select = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids)
      if (on) next.add(id);
      else next.delete(id);
    setSelected(next);
  };
  const decide = async (ds: BulkDecision[]) => {
    if (ds.length > 0 && (await onDecideMany(ds))) setSelected(new Set());
  };
  return (
    <>
      <BulkPanel findings={all} decisions={decisions} names={names} busy={busy} onDecide={(ds) => void decide(ds)} />
      <FindingTable
        findings={shown}
        decisions={byId}
        names={names}
        selected={selected}
        onSelect={select}
        onOpen={(id) => onOpen([id])}
        reveal={reveal}
      />
      <SelectionBar
        selected={shown.filter((f) => selected.has(f.id))}
        decided={byId}
        pending={pending}
        busy={busy}
        onDecide={(ds) => void decide(ds)}
        onClear={() => setSelected(new Set())}
        onPlan={onPlan}
      />
    </>
  );
}
