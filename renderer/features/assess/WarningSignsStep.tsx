import type { Frequency, Round } from '../../../shared/assessment/types';
import { FRAMEWORK } from '../../../shared/framework/content';
import { FREQUENCY_LABELS } from '../../../shared/framework/labels';

const FREQS: Frequency[] = ['never', 'sometimes', 'often'];

export function WarningSignsStep({ round, onChange }: { round: Round; onChange(id: string, f: Frequency): void }) {
  const disabled = Boolean(round.sealedAt);
  return (
    <div>
      <h2>The six warning signs</h2>
      <p className="muted">How often does each of these show up between the two of you? Be honest: these leak long before they explode.</p>
      {FRAMEWORK.warningSigns.map((sign) => (
        <fieldset key={sign.id} className="statement" data-warning={sign.id} disabled={disabled}>
          <legend>{sign.title}</legend>
          <p className="hint">{sign.description}</p>
          <div className="scale" role="radiogroup" aria-label={sign.title}>
            {FREQS.map((f) => (
              <label key={f}>
                <input type="radio" name={sign.id} value={f} checked={round.warnings[sign.id] === f} onChange={() => onChange(sign.id, f)} />
                <span>
                  <b>{FREQUENCY_LABELS[f]}</b>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
