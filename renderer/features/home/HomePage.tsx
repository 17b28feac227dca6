import { useRoundsStore } from '../../stores/rounds-store';
import { useLocalPairStore } from '../../stores/local-pair-store';
import { RoundCard } from './RoundCard';
import { PairUnreadable } from '../local/PairUnreadable';

export function HomePage() {
  const { rounds, problems, loaded } = useRoundsStore();
  // Which rounds are private taking turns is known once the pair setting is read.
  const pairLoaded = useLocalPairStore((s) => s.loaded);
  const pairError = useLocalPairStore((s) => s.loadError);
  return (
    <section className="page" aria-labelledby="home-title">
      <div className="page-head">
        <div>
          <h1 id="home-title">Your rounds</h1>
          <p className="muted">Each round is one leader&apos;s private diagnostic. Nothing leaves this laptop until you seal it and choose to compare.</p>
        </div>
        <a className="button primary" href="#/new">
          + New round
        </a>
      </div>
      {problems.length > 0 && (
        <div className="alert warn" role="alert" data-testid="storage-problems">
          <strong>
            {problems.length} stored {problems.length === 1 ? 'record' : 'records'} could not be read and {problems.length === 1 ? 'was' : 'were'} skipped.
          </strong>{' '}
          Nothing was deleted.
          <ul className="small">
            {problems.map((p) => (
              <li key={p.id}>
                <code>{p.id}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!pairLoaded && pairError ? (
        <PairUnreadable error={pairError} />
      ) : !pairLoaded ? (
        <p className="loading" role="status">
          Loading…
        </p>
      ) : loaded && rounds.length === 0 ? (
        <div className="card empty">
          <h2>Start with a private diagnostic</h2>
          <p>
            You score four areas — decision boundaries, communication, strategy and conflict — on your own. Your partner does the same on
            their laptop. Comparing sealed scores shows where you disagree without anyone anchoring on the other.
          </p>
          <a className="button primary" href="#/new">
            Start your first round
          </a>
        </div>
      ) : (
        <ul className="grid list-plain" aria-label="Rounds">
          {rounds.map((round) => (
            <li key={round.id}>
              <RoundCard round={round} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
