import { useEffect, useMemo, useState } from 'react';
import type { Comparison } from '../../../shared/session/comparison';
import { buildComparison } from '../../../shared/session/comparison';
import { payloadFromRound } from '../../../shared/reveal/payload';
import { FRAMEWORK, statementById } from '../../../shared/framework/content';
import { useCompareStore } from '../../stores/compare-store';
import { useLocalPairStore } from '../../stores/local-pair-store';
import { useRoundsStore } from '../../stores/rounds-store';
import { useFileExchangeStore } from '../../stores/file-exchange-store';
import type { Gap } from '../../../shared/assessment/types';
import { pinnedGaps } from '../../../shared/assessment/gaps';
import { signedText } from '../../../shared/assessment/area-comparison';
import { statementGuide } from '../../../shared/framework/conversation';
import { answerBadge } from '../../../shared/framework/labels';
import { useGapPins } from '../compare/gap-pins';
import { comparedCount, nothingCompared } from '../compare/nothing-compared';
import { buildSlides, nextIndex, type Slide } from './slides';
import './present.css';
import { PartnerText } from '../../app/PartnerText';
import { DIFFERENT_ROUNDS, sharedRoundLabel } from '../../../shared/session/round-labels';

/** Where the comparison to present comes from: the same-laptop pair or the live session. */
function useComparison(source: string): Comparison | undefined {
  const pair = useLocalPairStore((s) => s.pair);
  const rounds = useRoundsStore((s) => s.rounds);
  const live = useCompareStore((s) => s.comparison);
  const fromFile = useFileExchangeStore((s) => s.comparison);
  return useMemo(() => {
    if (source === 'live') return live;
    if (source === 'file') return fromFile;
    const ceo = rounds.find((r) => r.id === pair?.ceoRoundId);
    const cto = rounds.find((r) => r.id === pair?.ctoRoundId);
    return ceo?.sealedAt && cto?.sealedAt ? buildComparison(payloadFromRound(ceo), payloadFromRound(cto)) : undefined;
  }, [source, live, fromFile, pair, rounds]);
}

export default function PresentPage({ source }: { source: string }) {
  const comparison = useComparison(source);
  const { pins } = useGapPins(comparison?.ceo ?? {}, comparison?.cto ?? {});
  const top = useMemo(() => (comparison ? pinnedGaps(comparison.ranking, pins) : []), [comparison, pins]);
  const slides = useMemo(() => (comparison ? buildSlides(comparison, top.length) : []), [comparison, top.length]);
  const [index, setIndex] = useState(0);
  const back = source === 'local' ? '#/compare/local' : source === 'file' ? '#/compare/file' : '#/compare';

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key === 'Escape') {
        if (!document.fullscreenElement) location.hash = back;
        return;
      }
      if (e.key === 'f' || e.key === 'F') {
        void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen().catch(() => undefined));
        return;
      }
      const next = nextIndex(e.key, index, slides.length);
      if (next !== undefined) {
        e.preventDefault();
        setIndex(next);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, slides.length, back]);

  if (!comparison) {
    return (
      <div className="present present-empty">
        <p>Nothing to present yet: the comparison opens when both leaders have sealed.</p>
        <a href={back}>Back</a>
      </div>
    );
  }
  const slide = slides[Math.min(index, slides.length - 1)];
  return (
    <div className="present" role="region" aria-roledescription="presentation" aria-label="Comparison presentation">
      <div className="present-slide" aria-live="polite" data-testid="slide" data-kind={slide.kind}>
        <SlideView slide={slide} c={comparison} top={top} />
      </div>
      <footer className="present-bar">
        <span data-testid="slide-counter">
          {index + 1} / {slides.length}
        </span>
        <span className="present-help">← → to step · F full screen · Esc to leave</span>
        <span>
          <button type="button" onClick={() => setIndex(Math.max(0, index - 1))} aria-label="Previous slide">
            ←
          </button>{' '}
          <button type="button" onClick={() => setIndex(Math.min(slides.length - 1, index + 1))} aria-label="Next slide">
            →
          </button>{' '}
          <a href={back}>Leave</a>
        </span>
      </footer>
    </div>
  );
}

/** A pin is this laptop's choice (the partner's arrive as a proposal), not the pair's. */
const PINNED_HERE = 'pinned on this laptop, not confirmed by both';
const NUMBER_WORDS = ['no', 'one', 'two', 'three'];
/** "the two gaps", "the one gap": as many as the comparison has, never a fixed three. */
const gapsText = (n: number) => `${NUMBER_WORDS[n] ?? n} gap${n === 1 ? '' : 's'}`;
const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

/** The round's name, or both when the two leaders answered differently named rounds. */
function RoundKicker({ labels }: { labels: Comparison['roundLabels'] }) {
  const one = sharedRoundLabel(labels);
  return (
    <p className="present-kicker" data-testid="present-round">
      {one !== undefined ? (
        <PartnerText text={one} />
      ) : (
        <>
          CEO: “<PartnerText text={labels.ceo.trim()} />” · CTO: “<PartnerText text={labels.cto.trim()} />” — {DIFFERENT_ROUNDS}
        </>
      )}
    </p>
  );
}

function SlideView({ slide, c, top }: { slide: Slide; c: Comparison; top: Gap[] }) {
  const pinnedCount = top.filter((g) => g.pinned).length;
  switch (slide.kind) {
    case 'title':
      return (
        <>
          <RoundKicker labels={c.roundLabels} />
          <h1>
            <PartnerText text={c.ceo.name} /> <span className="present-ceo">CEO</span> & <PartnerText text={c.cto.name} /> <span className="present-cto">CTO</span>
          </h1>
          <p className="present-lead">{top.length ? `Where we agree, where we don't, and the ${gapsText(top.length)} to close first.` : "Where we agree and where we don't."}</p>
        </>
      );
    case 'area': {
      const a = c.areas[slide.index];
      const area = FRAMEWORK.areas.find((x) => x.id === a.areaId)!;
      const items = c.items.filter((i) => i.areaId === a.areaId);
      return (
        <>
          <p className="present-kicker">
            Area {slide.index + 1} of {c.areas.length}
          </p>
          <h1>{area.title}</h1>
          {a.refusal ? (
            <p className="present-lead" data-testid="present-refusal">
              {a.refusal}
            </p>
          ) : (
            <div className="present-scores">
              <div>
                <span className="present-ceo">CEO</span>
                <b>{a.ceo}</b>
              </div>
              <div>
                <span className="present-cto">CTO</span>
                <b>{a.cto}</b>
              </div>
              <div>
                <span>Gap</span>
                <b data-testid="present-gap">{a.delta}</b>
                <small>{signedText(a.signed)}</small>
              </div>
            </div>
          )}
          <p className="present-help">
            Scored by both on {a.coverage.both} of {a.coverage.total} statements
          </p>
          <ul className="present-items">
            {items
              .filter((i) => (i.delta ?? 0) >= 2)
              .map((i) => (
                <li key={i.statementId}>
                  {statementById(i.statementId)?.short}: CEO {i.ceo} vs CTO {i.cto}
                </li>
              ))}
          </ul>
        </>
      );
    }
    case 'gap': {
      const g = top[slide.index];
      const guide = statementGuide(g.statementId);
      return (
        <>
          <p className="present-kicker">
            Gap {slide.index + 1} of {top.length}
            {g.pinned ? ` · ${PINNED_HERE}` : ''}
          </p>
          <h1>{g.title}</h1>
          <p className="present-answers">
            <span className="present-ceo">CEO</span> {answerBadge(g.ceo)} · <span className="present-cto">CTO</span> {answerBadge(g.cto)}
          </p>
          {guide && (
            <>
              <p className="present-lead" data-testid="present-why">
                {guide.why}
              </p>
              <ul className="present-items" data-testid="present-questions">
                {guide.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </>
          )}
        </>
      );
    }
    case 'summary':
      return (
        <>
          <p className="present-kicker">Next</p>
          <h1>{top.length ? `${capitalised(gapsText(top.length))} to close` : 'No gaps to close'}</h1>
          {top.length > 0 && (
            <ol className="present-items">
              {top.map((g) => (
                <li key={g.statementId}>{g.title}</li>
              ))}
            </ol>
          )}
          {pinnedCount > 0 && (
            <p className="present-help" data-testid="present-pinned">
              {pinnedCount} of them pinned on this laptop, not a choice confirmed by both
              {top.length - pinnedCount === 1 ? '; the other is there by its rank.' : top.length > pinnedCount ? '; the others are there by their rank.' : '.'}
            </p>
          )}
          <p className="present-lead">
            {top.length
              ? 'Turn each into a decision-matrix row, a ladder entry or a cadence slot — then export the 30-day plan.'
              : nothingCompared(c)
                ? 'No statement was answered by both of you, so nothing was compared.'
                : comparedCount(c).both < comparedCount(c).total
                  ? `Only ${comparedCount(c).both} of ${comparedCount(c).total} statements ${comparedCount(c).both === 1 ? 'was' : 'were'} answered by both of you, and you both scored ${comparedCount(c).both === 1 ? 'it' : 'each'} 4 or 5; the rest were not compared.`
                  : 'Every statement you both answered, you both scored 4 or 5. Skipped statements are not compared.'}
          </p>
        </>
      );
  }
}
