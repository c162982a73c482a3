import { language, t } from '../../lib/i18n';
import { dayFromNow, localDate } from '../../lib/ui/time';

/** One click for the usual lengths of an accepted risk. */
export const PRESET_DAYS = [30, 90, 365] as const;

interface Props {
  /** The chosen day (yyyy-mm-dd), or '' before one is chosen. */
  value: string;
  onChange: (day: string) => void;
}

/**
 * "Accept the risk until": a date field, within a year; presets of 30, 90 and 365 days; and the
 * chosen day written out in the interface's language, since the browser draws the field itself
 * in its own locale whatever the extension's language.
 */
export function UntilDate({ value, onChange }: Props) {
  return (
    <span class="until-date">
      <label>
        {t('review.until')}
        <input
          type="date"
          lang={language()}
          required
          min={dayFromNow(1)}
          max={dayFromNow(365)}
          value={value}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      </label>
      <span class="presets" role="group" aria-label={t('forms.date.presets')}>
        {PRESET_DAYS.map((days) => (
          <button
            key={days}
            type="button"
            class="secondary"
            aria-pressed={value === dayFromNow(days)}
            onClick={() => onChange(dayFromNow(days))}
          >
            {t('forms.days', { days })}
          </button>
        ))}
      </span>
      {value && (
        <span class="muted" data-testid="until-words" aria-live="polite">
          {localDate(value)}
        </span>
      )}
    </span>
  );
}
