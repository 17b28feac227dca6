import { SealedPairSteps } from '../compare/SealedPairSteps';

/* What the Repair plan page shows instead of, or beside, a plan: nothing to build it from yet,
   the workspace not read, rounds left out while the pair takes turns. */

/** The workspace is still being read, or could not be: no plan is shown or exported without it. */
export function WorkspaceNotRead({ error }: { error?: string }) {
  if (!error)
    return (
      <p className="muted" role="status" data-testid="plan-workspace-loading">
        Reading your shared workspace…
      </p>
    );
  return (
    <p className="alert error" role="alert" data-testid="plan-workspace-unreadable">
      The shared workspace could not be read ({error}), so this laptop cannot say what the two of you agreed. The plan is not shown or exported
      until it can be: reload Accord to try again.
    </p>
  );
}

/** Sealed rounds the plan leaves out because they are private while you take turns. */
export function PrivateNote({ count }: { count: number }) {
  return (
    <p className="alert" role="note" data-testid="plan-private">
      {count === 1 ? '1 sealed round is' : `${count} sealed rounds are`} private while you take turns on this laptop — waiting until both of you have sealed
      (or its owner unlocks it). The plan does not use it.
    </p>
  );
}

export function EmptyState({ hasCeo, hasCto, privateSealed }: { hasCeo: boolean; hasCto: boolean; privateSealed: number }) {
  return (
    <section className="page plan-page" aria-labelledby="plan-page-title">
      <div className="card empty plan-empty">
        <h1 id="plan-page-title">Repair plan</h1>
        {privateSealed > 0 && <PrivateNote count={privateSealed} />}
        <p>
          The repair plan is the framework’s 30-day plan, written from your own data: both leaders’ scores, the three gaps that matter most,
          what to do in the next two weeks and who owns it, and the policies and principles you run on. You export it as a PDF for the board
          or as Markdown for your wiki.
        </p>
        <p>It needs two sealed diagnostics of the same round — one by the CEO and one by the CTO:</p>
        <SealedPairSteps hasCeo={hasCeo} hasCto={hasCto}>
          <li>Compare the two sealed rounds live on the office network, or fill both rounds on this laptop.</li>
          <li>Come back here and export the plan.</li>
        </SealedPairSteps>
      </div>
    </section>
  );
}
