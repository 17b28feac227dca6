/**
 * Confirmations the shared record files under this laptop's role that this laptop has no record
 * of making. They never count (agreement.ts); this says why the items read "confirmed by the
 * partner only" — above all after a restore onto a new laptop, which does not carry this laptop's
 * record (backup-repository.ts) — and what to do, without saying the user made them: the
 * partner's laptop can write any name.
 */
import { useMemo } from 'react';
import { agreementContents, ARTIFACT_TITLES, betKey, gapFixKey, unclaimedConfirmations } from '../../../shared/workspace/agreement';
import type { Workspace } from '../../../shared/workspace/types';
import { useAgreement } from './AgreementBar';

const OTHER_TITLES: Record<string, string> = { bets: 'Big bets', gapFix: 'Gap fixes' };

/** "Decision matrix (3), Risk budgets (1)": the unclaimed keys grouped by the artifact they belong to. */
export function unclaimedSummary(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const prefix = key.split(':')[0];
    const title = (ARTIFACT_TITLES as Record<string, string>)[prefix] ?? OTHER_TITLES[prefix] ?? prefix;
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts].map(([title, n]) => `${title} (${n})`).join(', ');
}

export function UnclaimedConfirmations({ ws }: { ws: Workspace }) {
  const { agreement, policies, bets, gapFixes } = useAgreement();
  // In two parts: the workspace changes on every keystroke, the bets and gap fixes do not. Hashed
  // together, a partner's 20,000 bets (inside the guard's caps) were hashed again on each keystroke
  // anywhere in the workspace, a fifth of a second or more each, for this notice alone.
  const wsKeys = useMemo(() => unclaimedConfirmations(agreementContents(ws, policies, []), agreement), [ws, policies, agreement]);
  const otherKeys = useMemo(() => {
    const contents: Record<string, unknown> = {};
    for (const b of bets) contents[betKey(b.id)] = b;
    for (const [id, ladder] of Object.entries(gapFixes)) contents[gapFixKey(id)] = ladder;
    return unclaimedConfirmations(contents, agreement);
  }, [bets, gapFixes, agreement]);
  const keys = useMemo(() => [...wsKeys, ...otherKeys], [wsKeys, otherKeys]);
  if (!keys.length) return null;
  const as = agreement.me ? ` as the ${agreement.me.toUpperCase()}` : '';
  return (
    <div className="alert warn" role="note" data-testid="unclaimed-confirmations">
      <p>
        <strong>
          {keys.length === 1 ? '1 item carries' : `${keys.length} items carry`} a confirmation{as} that this laptop has no record of, so{' '}
          {keys.length === 1 ? 'it does' : 'they do'} not count as agreed: {unclaimedSummary(keys)}.
        </strong>
      </p>
      <p className="small">
        Either another laptop with the invite wrote them, or they were made on another laptop and not carried here: a backup restored
        onto this laptop, or cleared app data, does not bring your confirmations (so that no file can confirm in your name). Agree
        again only to what you read here and agree with.
      </p>
    </div>
  );
}
