import { statementById } from '../../../shared/framework/content';

/**
 * The partner's laptop pinned other gaps. They count here (and in this laptop's plan)
 * only once this laptop's user takes them: the shared workspace accepts anyone's write.
 */
export function PinsProposal({ proposed, onAccept }: { proposed: readonly string[]; onAccept(): void }) {
  const names = proposed.map((id) => `“${statementById(id)?.short ?? id}”`);
  return (
    <div className="alert warn row" role="status" data-testid="pins-proposal">
      <span>
        {names.length
          ? `Pinned on your partner's laptop: ${names.join(', ')}. This laptop and its plan follow them once you pin them here too.`
          : "Your partner's laptop removed its pins. This laptop keeps yours until you remove them here too."}
      </span>
      <button type="button" onClick={onAccept} data-testid="pins-accept">
        {names.length ? 'Pin these here too' : 'Remove mine too'}
      </button>
    </div>
  );
}
