import { t } from '../../lib/i18n';

interface Props {
  /** The field's id; its label is `${id}-label`. */
  id: string;
  label: string;
  value: string;
  min: number;
  max: number;
  onInput: (value: string) => void;
}

const PRESETS = [30, 90, 365] as const;

/** A number of days (a window, the review period), with 30, 90 and 365 days one click away. */
export function DaysField({ id, label, value, min, max, onInput }: Props) {
  return (
    <div role="group" aria-labelledby={`${id}-label`} class="days-field">
      <label id={`${id}-label`} for={id}>
        {label}
      </label>
      <input id={id} type="number" min={min} max={max} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      <span class="presets">
        {PRESETS.filter((days) => days >= min && days <= max).map((days) => (
          <button
            key={days}
            type="button"
            class="secondary"
            aria-pressed={value === String(days)}
            onClick={() => onInput(String(days))}
          >
            {t('forms.days', { days })}
          </button>
        ))}
      </span>
    </div>
  );
}
