import type { Workspace } from '../../../shared/workspace/types';
import { formatMinutes } from '../../../shared/workspace/markdown';
import { isSetNumber, RELIABILITY_NOT_SET } from '../../../shared/workspace/not-set';
import { QUARTER_MINUTES, availabilityText } from '../../../shared/workspace/availability';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { AgreementBar } from './AgreementBar';
import { BetBudgets } from './BetBudgets';
import { riskKey } from '../../../shared/workspace/agreement';
import { EditorHead, Issues, ListInput, NumberInput, TextInput } from './fields';

export function RiskBudgetsEditor({ ws }: { ws: Workspace }) {
  const { setRisk, setCriticalFlow } = useWorkspaceStore();
  const b = ws.riskBudgets;
  const issues: string[] = [];
  if (!b.securityBlockingClasses.length) issues.push('Name at least one issue class that blocks a release.');
  b.criticalFlows.forEach((f, i) => {
    if (!f.trim()) issues.push(`Critical flow ${i + 1} is not named yet.`);
  });
  return (
    <section aria-labelledby="ws-riskBudgets-title">
      <EditorHead title="Risk budgets" artifact="riskBudgets">
        Agree in advance how much downtime, security exposure and delivery slip is acceptable, so trade-offs are spent, not argued.
      </EditorHead>
      <div className="ws-cards">
        <div className="card stack">
          <h3>Reliability</h3>
          <NumberInput
            label="Downtime budget (minutes per quarter)"
            value={b.reliabilityMinutesPerQuarter}
            min={0}
            max={QUARTER_MINUTES}
            onChange={(v) => setRisk('reliabilityMinutesPerQuarter', v)}
          />
          <p className="muted small">
            {isSetNumber(b.reliabilityMinutesPerQuarter)
              ? `${formatMinutes(b.reliabilityMinutesPerQuarter)} a quarter ≈ ${availabilityText(b.reliabilityMinutesPerQuarter)} availability of the critical flows.`
              : `${RELIABILITY_NOT_SET}: enter the minutes of customer-facing downtime the critical flows may have per quarter.`}
          </p>
          <AgreementBar agreementKey={riskKey('reliability')} label="Reliability budget" />
        </div>
        <div className="card stack">
          <h3>Delivery</h3>
          <NumberInput label="Acceptable slip on committed work" value={b.deliverySlipPercent} min={0} max={100} suffix="%" onChange={(v) => setRisk('deliverySlipPercent', v)} />
          <p className="muted small">Beyond this, the slip goes to the weekly 1:1 as a scope or date decision.</p>
          <AgreementBar agreementKey={riskKey('delivery')} label="Delivery budget" />
        </div>
        <div className="card stack">
          <h3>Security</h3>
          <label className="field">
            Release-blocking issue classes <span className="muted small">(one per line)</span>
            <ListInput label="Release-blocking issue classes" lines value={b.securityBlockingClasses} invalid={!b.securityBlockingClasses.length} onChange={(v) => setRisk('securityBlockingClasses', v)} />
          </label>
          <AgreementBar agreementKey={riskKey('security')} label="Security budget" />
        </div>
        <div className="card stack">
          <h3>Three critical flows</h3>
          {[0, 1, 2].map((i) => (
            <label key={i} className="field">
              Critical flow {i + 1}
              <TextInput label={`Critical flow ${i + 1}`} value={b.criticalFlows[i]} placeholder={['e.g. Sign-up and login', 'e.g. Checkout', 'e.g. Core API'][i]} invalid={!b.criticalFlows[i].trim()} onChange={(v) => setCriticalFlow(i as 0 | 1 | 2, v)} />
            </label>
          ))}
        </div>
      </div>
      <Issues issues={issues} />
      <BetBudgets />
    </section>
  );
}
