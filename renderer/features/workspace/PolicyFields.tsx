/** The pair's policy numbers: their own, with the guide's value only as a suggestion. */
import { useState } from 'react';
import { SUGGESTED_DEBATE_DAYS } from '../../../shared/workspace/agreement';
import { getWorkspaceDoc } from '../../sync/workspace-owner';
import { setDebateDays } from '../../sync/workspace-agreement';
import { AgreementBar, useAgreement } from './AgreementBar';

export function DebatePolicy() {
  const { policies } = useAgreement();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const shown = draft ?? (policies.debateDays === undefined ? '' : String(policies.debateDays));

  function commit(text: string) {
    const doc = getWorkspaceDoc();
    if (!doc) return;
    const t = text.trim();
    if (!t) {
      setDebateDays(doc, undefined);
      setError(undefined);
    } else if (/^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 90) {
      setDebateDays(doc, Number(t));
      setError(undefined);
    } else {
      setError('Debate limit: enter whole days from 1 to 90.');
      return;
    }
    setDraft(undefined);
  }

  return (
    <div className="card ws-policy">
      <label className="field">
        Disagree and commit: a debate runs at most this many days before the accountable owner closes it
        <input
          type="number"
          min={1}
          max={90}
          inputMode="numeric"
          value={shown}
          placeholder={`suggested: ${SUGGESTED_DEBATE_DAYS}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit((e.target as HTMLInputElement).value)}
        />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {/* Agreed with the field empty: the grey suggestion is not their rule. */}
      <AgreementBar agreementKey="policies" label="Policies" agreedCaveat={policies.debateDays === undefined ? 'with no debate limit set' : undefined} />
    </div>
  );
}
