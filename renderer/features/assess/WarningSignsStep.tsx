import type { KeyboardEvent } from 'react';
import type { Round, WarningAnswer } from '../../../shared/assessment/types';
import { FRAMEWORK } from '../../../shared/framework/content';
import { FREQUENCY_LABELS, WARNING_DONT_KNOW_LABEL } from '../../../shared/framework/labels';

/** Offered in this order; the digit is the keyboard shortcut (0 = don't know, as for statements). */
const OPTIONS: { value: WarningAnswer; key: string; label: string }[] = [
  { value: 'never', key: '1', label: FREQUENCY_LABELS.never },
  { value: 'sometimes', key: '2', label: FREQUENCY_LABELS.sometimes },
  { value: 'often', key: '3', label: FREQUENCY_LABELS.often },
  { value: 'dont-know', key: '0', label: WARNING_DONT_KNOW_LABEL },
];

/** Digits 1–3 pick never / sometimes / often; 0 or D means "don't know". */
export function keyToWarning(key: string): WarningAnswer | undefined {
  if (key === 'd' || key === 'D') return 'dont-know';
  return OPTIONS.find((o) => o.key === key)?.value;
}

export function WarningSignsStep({ round, onChange, frozen = false }: { round: Round; onChange(id: string, f: WarningAnswer): void; frozen?: boolean }) {
  const disabled = Boolean(round.sealedAt) || frozen;

  function onKeyDown(id: string, e: KeyboardEvent<HTMLDivElement>) {
    if (disabled || e.altKey || e.ctrlKey || e.metaKey) return;
    const picked = keyToWarning(e.key);
    if (picked === undefined) return;
    e.preventDefault();
    onChange(id, picked);
    // Keep focus on the checked radio so arrow keys continue from there.
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${picked}"]`)?.focus();
  }

  return (
    <div>
      <h2>The six warning signs</h2>
      <p className="muted">How often does each of these show up between the two of you? Be honest: these leak long before they explode.</p>
      <p className="kbd-help">
        Tab to a sign, then press <kbd>1</kbd> never, <kbd>2</kbd> sometimes, <kbd>3</kbd> often, or <kbd>0</kbd> for “don&apos;t know”.
      </p>
      {FRAMEWORK.warningSigns.map((sign) => (
        <fieldset key={sign.id} className="statement" data-warning={sign.id} disabled={disabled}>
          <legend>{sign.title}</legend>
          <p className="hint">{sign.description}</p>
          <div className="scale" role="radiogroup" aria-label={sign.title} onKeyDown={(e) => onKeyDown(sign.id, e)}>
            {OPTIONS.map((o) => (
              <label key={o.value}>
                <input type="radio" name={sign.id} value={o.value} checked={round.warnings[sign.id] === o.value} onChange={() => onChange(sign.id, o.value)} />
                <span>
                  <b>{o.key === '0' ? '?' : o.key}</b>
                  {o.label}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
