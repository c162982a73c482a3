import { t } from '../../lib/i18n';

interface Props {
  kind: 'production' | 'sensitive';
  /** App names as typed (commas or spaces between them). */
  names: string;
  /** The advanced form: regular expressions, one per line. */
  patterns: string;
  /** Why a line of `patterns` is refused, shown next to it; null when none is. */
  problem: string | null;
  onNames: (text: string) => void;
  onPatterns: (text: string) => void;
}

/**
 * Which apps are production (or sensitive): names as simple words first, the regular expression
 * as the advanced form, folded away unless it is refused. lib/policy-names.ts turns one into the other.
 */
export function NamePatternFields({ kind, names, patterns, problem, onNames, onPatterns }: Props) {
  const id = `policy-${kind}Patterns`;
  const count = patterns.split('\n').filter((l) => l.trim()).length;
  return (
    <>
      <label for={`policy-${kind}Names`}>{t(`forms.${kind}.names`)}</label>
      <input
        id={`policy-${kind}Names`}
        type="text"
        spellcheck={false}
        value={names}
        onInput={(e) => onNames(e.currentTarget.value)}
      />
      <details class="advanced-patterns" open={problem !== null}>
        <summary>{t('forms.patterns.advanced', { count })}</summary>
        <label for={id}>{t(kind === 'production' ? 'policy.production' : 'policy.sensitive')}</label>
        <textarea
          id={id}
          rows={2}
          spellcheck={false}
          value={patterns}
          aria-invalid={problem !== null ? 'true' : undefined}
          aria-describedby={problem !== null ? `${id}-problem` : undefined}
          onInput={(e) => onPatterns(e.currentTarget.value)}
        />
        {problem !== null && (
          <p id={`${id}-problem`} class="field-problem">
            {problem}
          </p>
        )}
      </details>
    </>
  );
}
