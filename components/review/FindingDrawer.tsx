import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Decision } from '../../lib/review/decisions';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import type { DecisionInput } from './DecisionForm';
import { FindingCard } from './FindingCard';

interface Props {
  /** A row's finding, or every finding of a matrix cell. */
  findings: ReviewedFinding[];
  decisions: Map<string, Decision>;
  onDecide: (d: DecisionInput) => Promise<string | null>;
  onClear: (findingId: string) => void;
  onClose: () => void;
}

/** The full evidence and its decision form, beside the table; Escape closes it. */
export function FindingDrawer({ findings, decisions, onDecide, onClear, onClose }: Props) {
  const box = useRef<HTMLElement>(null);
  // Declared first, so it reads the row (or matrix cell) that opened the drawer before Close takes focus.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const shown = findings.map((f) => f.id).join();
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('button.close')?.focus();
  }, [shown]);
  return (
    <aside
      class="drawer"
      ref={box}
      aria-label={t('glance.details')}
      data-testid="drawer"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <button type="button" class="secondary close" onClick={onClose}>
        {t('glance.close')}
      </button>
      {findings.map((f) => (
        <FindingCard key={f.id} finding={f} decision={decisions.get(f.id)} onDecide={onDecide} onClear={onClear} />
      ))}
    </aside>
  );
}
