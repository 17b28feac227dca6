import { Suspense, lazy, useEffect } from 'react';
import { useRoute } from './router';
import { applyTheme, useTheme } from './theme';
import { Header } from './Header';
import { ErrorBoundary } from './ErrorBoundary';
import { HomePage } from '../features/home/HomePage';
import { useRoundsStore } from '../stores/rounds-store';
import { useLocalPairStore } from '../stores/local-pair-store';
import { servicesReady } from '../stores/services';

// Every page but home loads on demand: start-up fetches and runs only what home needs.
const NewRoundPage = lazy(() => import('../features/home/NewRoundPage').then((m) => ({ default: m.NewRoundPage })));
const AssessPage = lazy(() => import('../features/assess/AssessPage').then((m) => ({ default: m.AssessPage })));
const ResultsPage = lazy(() => import('../features/results/ResultsPage'));
const ComparePage = lazy(() => import('../features/compare/ComparePage'));
const WorkspacePage = lazy(() => import('../features/workspace/WorkspacePage'));
const PlanPage = lazy(() => import('../features/plan/PlanPage'));
const PresentPage = lazy(() => import('../features/present/PresentPage'));
// The backup panel reads the database handle at once: it is there when the page is.
const HistoryPage = lazy(() => servicesReady().then(() => import('../features/history/HistoryPage')));
const AgendaPage = lazy(() => import('../features/offsite/AgendaPage'));
const FacilitatorPage = lazy(() => import('../features/offsite/FacilitatorWithCapture'));
const OffsiteSummaryPage = lazy(() => import('../features/offsite/summary/SummaryPage'));

export function App() {
  const route = useRoute();
  const theme = useTheme((s) => s.theme);
  const load = useRoundsStore((s) => s.load);
  const loadPair = useLocalPairStore((s) => s.load);

  useEffect(() => applyTheme(theme), [theme]);
  // The first committed screen is "interactive"; the benchmark reads this mark.
  useEffect(() => {
    performance.mark('accord:interactive');
  }, []);
  useEffect(() => {
    void load();
    // A failed read is shown where it matters (Home, a round's pages: loadError), not thrown away unhandled.
    void loadPair().catch(() => undefined);
  }, [load, loadPair]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header route={route} />
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBoundary resetKey={location.hash}>
        <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
          {route.name === 'home' && <HomePage />}
          {route.name === 'new' && <NewRoundPage rescore={route.rescore} />}
          {route.name === 'assess' && <AssessPage id={route.id} step={route.step} />}
          {route.name === 'results' && <ResultsPage id={route.id} />}
          {route.name === 'compare' && <ComparePage id={route.id} />}
          {route.name === 'workspace' && <WorkspacePage tab={route.tab} />}
          {route.name === 'plan' && <PlanPage id={route.id} />}
          {route.name === 'present' && <PresentPage source={route.id} />}
          {route.name === 'history' && <HistoryPage />}
          {route.name === 'offsite' && route.view === 'agenda' && <AgendaPage />}
          {route.name === 'offsite' && route.view === 'run' && <FacilitatorPage />}
          {route.name === 'offsite-summary' && <OffsiteSummaryPage />}
        </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
