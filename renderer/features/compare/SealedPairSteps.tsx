import type { ReactNode } from 'react';

/**
 * What a page that needs a complete comparison shows before there is one: the steps
 * (the first says which sealed rounds are already on this laptop), then where to start.
 */
export function SealedPairSteps({ hasCeo, hasCto, className, children }: { hasCeo: boolean; hasCto: boolean; className?: string; children: ReactNode }) {
  return (
    <>
      <ol className={className}>
        <li>
          Each leader answers the diagnostic privately and seals it{hasCeo ? ' (a sealed CEO round is here ✓)' : ''}
          {hasCto ? ' (a sealed CTO round is here ✓)' : ''}.
        </li>
        {children}
      </ol>
      <div className="row" style={{ justifyContent: 'center' }}>
        <a className="button primary" href="#/new">
          Start a round
        </a>
        <a className="button" href="#/compare">
          Compare with your partner
        </a>
      </div>
    </>
  );
}
