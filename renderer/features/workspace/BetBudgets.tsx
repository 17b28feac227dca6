/** Risk budgets per big bet: each bet gets its own downtime, security and slip budget, agreed on its own. */
import { useState } from 'react';
import { betKey, betUnsetCaveat, type BetBudget } from '../../../shared/workspace/agreement';
import { newId } from '../../../shared/workspace/id';
import { getWorkspaceDoc } from '../../sync/workspace-owner';
import { putBet, removeBet } from '../../sync/workspace-agreement';
import { AgreementBar, useAgreement } from './AgreementBar';

function numberOrNull(text: string, max: number): number | null | undefined {
  const t = text.trim();
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= max ? n : undefined;
}

function BetCard({ bet }: { bet: BetBudget }) {
  const [error, setError] = useState<string>();
  const save = (next: BetBudget) => {
    const doc = getWorkspaceDoc();
    if (doc) putBet(doc, next);
  };
  const num = (field: 'reliabilityMinutes' | 'slipPercent', text: string, max: number, what: string) => {
    const v = numberOrNull(text, max);
    if (v === undefined) return setError(`${what} for "${bet.name || 'this bet'}": enter a number from 0 to ${max}, or leave it empty.`);
    setError(undefined);
    save({ ...bet, [field]: v });
  };
  return (
    <div className="card stack ws-bet" data-bet={bet.id}>
      <div className="row">
        <label className="field ws-grow">
          Big bet
          <input value={bet.name} maxLength={200} onChange={(e) => save({ ...bet, name: e.target.value })} />
        </label>
        <button type="button" className="ghost danger" aria-label={`Remove the bet ${bet.name || 'unnamed'}`} onClick={() => { const d = getWorkspaceDoc(); if (d) removeBet(d, bet.id); }}>
          ✕
        </button>
      </div>
      <label className="field">
        Downtime budget for this bet (minutes per quarter)
        <input key={`r${bet.reliabilityMinutes}`} type="number" min={0} defaultValue={bet.reliabilityMinutes ?? ''} onBlur={(e) => num('reliabilityMinutes', e.target.value, 131_040, 'Downtime budget')} />
      </label>
      <label className="field">
        Issue classes that block this bet's releases
        <input value={bet.securityClasses} maxLength={2000} onChange={(e) => save({ ...bet, securityClasses: e.target.value })} />
      </label>
      <label className="field">
        Acceptable slip for this bet (%)
        <input key={`s${bet.slipPercent}`} type="number" min={0} max={100} defaultValue={bet.slipPercent ?? ''} onBlur={(e) => num('slipPercent', e.target.value, 100, 'Slip')} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <AgreementBar agreementKey={betKey(bet.id)} label="This bet's budget" agreedCaveat={betUnsetCaveat(bet)} />
    </div>
  );
}

export function BetBudgets() {
  const { bets } = useAgreement();
  const add = () => {
    const doc = getWorkspaceDoc();
    if (doc) putBet(doc, { id: newId('bet'), name: '', reliabilityMinutes: null, securityClasses: '', slipPercent: null });
  };
  return (
    <section className="stack ws-bets" aria-labelledby="ws-bets-title">
      <h3 id="ws-bets-title">Risk budget per big bet</h3>
      {bets.length === 0 && (
        <p className="muted">
          The guide adds a risk budget line to every big bet: name each bet of the quarter and give it its own downtime, security and slip budget.
        </p>
      )}
      {bets.map((b) => (
        <BetCard key={b.id} bet={b} />
      ))}
      <div>
        <button type="button" onClick={add}>
          Add a big bet
        </button>
      </div>
    </section>
  );
}
