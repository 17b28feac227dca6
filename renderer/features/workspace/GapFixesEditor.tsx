/**
 * A fix per gap: each current top gap with its ladder, prefilled from the framework
 * as a template, written and agreed by the pair. The plan prints exactly this field.
 */
import { useState } from 'react';
import { statementById } from '../../../shared/framework/content';
import { answerBadge } from '../../../shared/framework/labels';
import { gapFixKey } from '../../../shared/workspace/agreement';
import { RUNG_LABELS, RUNGS, type Rung } from '../../../shared/workspace/ladder';
import { templateFix } from '../../../shared/plan/statement-fixes';
import type { Gap } from '../../../shared/assessment/types';
import { getWorkspaceDoc } from '../../sync/workspace-owner';
import { setGapFixCell } from '../../sync/workspace-gap-fixes';
import { AgreementBar, useAgreement } from './AgreementBar';
import { Empty, TextInput } from './fields';
import { useCurrentTopGaps } from './current-gaps';
import { PartnerText } from '../../app/PartnerText';

function GapFix({ gap, index }: { gap: Gap; index: number }) {
  const { gapFixes } = useAgreement();
  const [error, setError] = useState<string>();
  const template = templateFix(gap.statementId).ladder;
  const fix = gapFixes[gap.statementId] ?? template;
  const set = (rung: Rung, value: string) => {
    const doc = getWorkspaceDoc();
    try {
      if (!doc) throw new Error('The workspace is not open yet.');
      setGapFixCell(doc, gap.statementId, rung, value);
      setError(undefined);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section className="card ws-fix" data-gap-fix={gap.statementId} aria-labelledby={`fix-${gap.statementId}`}>
      <h3 id={`fix-${gap.statementId}`}>
        {index + 1}. {gap.title}
      </h3>
      <p className="muted small ws-fix-why">
        “{statementById(gap.statementId)?.text}” · <span className="badge ceo">CEO {answerBadge(gap.ceo)}</span>{' '}
        <span className="badge cto">CTO {answerBadge(gap.cto)}</span>
      </p>
      <AgreementBar agreementKey={gapFixKey(gap.statementId)} label="This fix" content={fix} template={template} />
      <div className="ws-fix-rungs">
        {RUNGS.map((rung) => (
          <label key={rung} className="contents">
            <span className="field">{RUNG_LABELS[rung]}</span>
            <TextInput label={`${RUNG_LABELS[rung]} for ${gap.title}`} multiline value={fix[rung]} onChange={(v) => set(rung, v)} />
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

export function GapFixesEditor() {
  const { pair, gaps } = useCurrentTopGaps();
  return (
    <section aria-labelledby="ws-gap-fixes-title">
      <header className="ws-editor-head">
        <h2 id="ws-gap-fixes-title">Fixes for your top gaps</h2>
        <p className="muted">
          One fix per gap, from the engineering work to the decision it asks for. Each starts as the framework’s template; rewrite it in your own
          words and agree it. The repair plan prints exactly what is here, and says whether it is still the template.
        </p>
      </header>
      {!pair ? (
        <Empty action={<a href="#/compare">Go to Compare</a>}>
          The fixes follow your top three gaps, so they appear once you have compared two sealed rounds (live, by file, or taking turns on this laptop).
        </Empty>
      ) : gaps.length === 0 ? (
        <Empty>Among the statements you both scored, neither of you sees a gap: there is nothing to fix yet.</Empty>
      ) : (
        <>
          <p className="muted small">
            Working on <PartnerText text={pair.ceo.personName} /> (CEO) and <PartnerText text={pair.cto.personName} /> (CTO), <PartnerText text={pair.ceo.label} />. Pin other gaps on the <a href="#/compare">Compare</a> page: this laptop and its plan
            follow the pins chosen here; your partner&apos;s laptop follows its own until they pin the same gaps.
          </p>
          {gaps.map((g, i) => (
            <GapFix key={g.statementId} gap={g} index={i} />
          ))}
        </>
      )}
    </section>
  );
}
