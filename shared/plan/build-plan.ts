/**
 * Builds the 30-day repair plan from two sealed rounds and, when present,
 * the shared workspace. Pure: same input, same plan, so both leaders can
 * rebuild it locally and compare.
 */
import { buildOffsiteSummary, summaryOfOffsite } from '../offsite/summary';
import type { Round } from '../assessment/types';
import type { Framework } from '../framework/types';
import { FRAMEWORK } from '../framework/content';
import { scoreRound } from '../assessment/scoring';
import { areaDeltas, compareOverall, pinnedGaps, rankGaps } from '../assessment/gaps';
import { localDayOf, toIsoDate } from '../workspace/dates';
import { heldContext } from '../offsite/capture-held';
import { offsiteFirstDay } from '../offsite/offsite-scope';
import { addressedBy } from './gap-ladder';
import { gapFixFor } from './gap-fixes';
import { buildActions, rescoreDate, type PlanDays } from './actions';
import { planStart } from './working-days';
import { planContext, type PlanWorkspaceInput } from './context';
import { buildPolicies, buildPrinciples } from './policies';
import { buildAppendices } from './appendices';
import { summaryParagraph } from './summary';
import { unknownWarnings, warningRows } from './warnings';
import { bothRoundNames, eventText, mismatchNotices, replayNotices, roundEvent, roundName, roundNameText, unverifiedNotices } from './round-match';
import { capturedActions, logStatesOf, planOffsiteOf } from './offsite';
import type { OffsiteRecord } from '../offsite/capture';
import { captureKey } from '../offsite/capture-agreement';
import type { PageSize, PlanGap, PlanScores, RepairPlan } from './types';
import { bidiSafe, isolatedName } from '../workspace/bidi';
import { planIdOf } from './plan-id';
import { coverNames, leadersLine } from './leaders';

export interface BuildPlanInput {
  companyName: string;
  ceoRound: Round;
  ctoRound: Round;
  /** The shared workspace with the pair's policies and agreement record; without it nothing is agreed. */
  workspace?: PlanWorkspaceInput;
  today: Date;
  pageSize?: PageSize;
  /** Defaults to the current framework; pass the rounds' version for old rounds. */
  framework?: Framework;
  /** The gaps the pair pinned in the comparison (statement ids); the plan follows them. */
  pins?: readonly string[];
  /** What the pair captured at the offsite (captures, actions, parking lot). */
  offsite?: OffsiteRecord;
  /**
   * Ids of the captures and parked items this laptop wrote (own-writes.ts, own-parked.ts): past the
   * plan's cap they are listed first, with the captures confirmed here (planOffsiteOf).
   */
  ownOffsiteIds?: ReadonlySet<string>;
  /**
   * The first day of the next comparison after this one (history/next-comparison.ts): the offsite of
   * this plan's rounds ends the day before that one's. Undefined when there is none (open-ended).
   */
  nextComparisonDay?: string;
}

/** The local day a round was sealed ("not sealed" for a round that is not: a plan is built from sealed rounds). */
const sealedDay = (r: Round) => (r.sealedAt ? localDayOf(r.sealedAt) : 'not sealed');

/** The plan focuses on three gaps: enough to act on within 30 days. */
export const PLAN_GAP_COUNT = 3;

export function buildRepairPlan(input: BuildPlanInput): RepairPlan {
  const { ceoRound, ctoRound, today } = input;
  const ctx = planContext(input.workspace);
  const framework = input.framework ?? FRAMEWORK;
  const company = input.companyName.trim() || ceoRound.companyName?.trim() || ctoRound.companyName?.trim() || 'Your company';
  // Either round being a repair round makes this a repair plan.
  const kind = ceoRound.kind === 'repair' || ctoRound.kind === 'repair' ? 'repair' : 'quarterly-reset';
  // Each round names its own event: the title carries one only when both name the same.
  const roundEv = roundEvent(ceoRound, ctoRound);
  const event = roundEv?.kind === 'same' ? roundEv.event : undefined;
  const eventLine = roundEv ? (roundEv.kind === 'different' ? `${eventText(roundEv)}: they name different events` : eventText(roundEv)) : undefined;
  // Each leader names their own round: the CEO's name alone, printed as the pair's, is not what the CTO sealed (round-match.ts).
  const round = roundName(ceoRound, ctoRound);
  const roundLabel = roundNameText(round);
  // The two leaders wherever the plan names them, "agreed by both: …" included (leaders.ts).
  const names = coverNames(ceoRound, ctoRound);
  // Inside a sentence a right-to-left name or company sits in its own isolate (bidi.ts): it cannot
  // pull the "(CEO)", the ":" or the date next to it into its direction. The cover's own fields stand alone.
  const inText = { company: isolatedName(company), ceo: isolatedName(names.ceo), cto: isolatedName(names.cto) };
  const leaders = leadersLine(names);
  const date = toIsoDate(today);
  // Whether the rounds can be trusted comes before whether they match.
  const notices = [...unverifiedNotices(ceoRound, ctoRound), ...replayNotices(ceoRound, ctoRound), ...mismatchNotices(ceoRound, ctoRound)];

  const ceoResult = scoreRound(ceoRound, framework);
  const ctoResult = scoreRound(ctoRound, framework);
  const titles = new Map(framework.areas.map((a) => [a.id, a.title]));
  // Two overall scores side by side are compared only over the same statements, as on the
  // comparison screen: each leader's own overall may average different areas.
  const cmp = compareOverall(ceoRound, ctoRound, framework);
  const bothOwn = ceoResult.overall !== null && ctoResult.overall !== null;
  // A leader's own overall stands alone only over every area: over one area of four it is not "overall".
  const whole = (r: typeof ceoResult) => (r.overall !== null && r.overallAreas === framework.areas.length ? r.overall : null);
  const scores: PlanScores = {
    areas: areaDeltas(ceoRound, ctoRound, framework).map((d) => ({ ...d, title: titles.get(d.areaId) ?? d.areaId })),
    overall: cmp.refusal ? (bothOwn ? { ceo: null, cto: null } : { ceo: whole(ceoResult), cto: whole(ctoResult) }) : { ceo: cmp.ceo, cto: cmp.cto },
    ...(cmp.refusal && bothOwn ? { overallRefusal: cmp.refusal } : {}),
    firedWarnings: { ceo: ceoResult.firedWarnings, cto: ctoResult.firedWarnings },
    compared: framework.areas.flatMap((a) => a.statements).filter((st) => ceoRound.answers[st.id]?.value != null && ctoRound.answers[st.id]?.value != null).length,
    warnings: warningRows(ceoRound, ctoRound, framework),
    unknownWarnings: { ceo: unknownWarnings(ceoRound, framework), cto: unknownWarnings(ctoRound, framework) },
    ...(ceoRound.unverified || ctoRound.unverified
      ? { unverified: [...(ceoRound.unverified ? ['CEO' as const] : []), ...(ctoRound.unverified ? ['CTO' as const] : [])] }
      : {}),
  };

  const agreementIn = input.workspace?.agreement ?? { shared: {}, local: {} };
  // With the workspace, an agreed RACI or budget capture says whether its value still holds there (capture-held.ts).
  const held = ctx.ws ? heldContext(ctx.ws, ctx.bets, ctx.states, agreementIn) : undefined;
  const everyOffsite = input.offsite ? buildOffsiteSummary(input.offsite, agreementIn, held) : undefined;
  const { unconfirmedLog, agreedLog } = logStatesOf(everyOffsite);

  const ranking = rankGaps(ceoRound, ctoRound, framework, Infinity);
  const gaps: PlanGap[] = pinnedGaps(ranking, input.pins ?? []).slice(0, PLAN_GAP_COUNT).map((g) => {
    const fix = gapFixFor(g.statementId, ctx);
    return {
      statementId: g.statementId,
      areaId: g.areaId,
      title: g.title,
      why: g.why,
      ceo: g.ceo,
      cto: g.cto,
      ladder: fix.ladder,
      ladderSource: fix.source,
      ladderState: fix.state,
      addressedBy: addressedBy(g.statementId, ctx, agreedLog),
      ...(g.pinned ? { pinned: true as const } : {}),
      // A tie broken by warning signs, spread or the diagnostic's order is not a difference in size.
      ...(g.tie ? { tie: g.tie.explanation } : {}),
    };
  });

  // The 30 days count from the comparison (the later seal day), not from the day the plan is shown or
  // exported: that day (the cover's) only says which steps are overdue. A later comparison of the pair
  // is the re-score, taken place: it is not scheduled again.
  const days: PlanDays = {
    start: planStart(offsiteFirstDay(ceoRound, ctoRound), today),
    asOf: date,
    ...(input.nextComparisonDay ? { rescoredOn: input.nextComparisonDay } : {}),
  };
  const templateActions = buildActions(gaps, days, ctx, kind, roundEv);
  // Agreed by the cover's two leaders, never by the names in the confirmation records (leaders.ts).
  // The offsite this plan's rounds led to, not an earlier one the workspace also keeps, nor a later one
  // (a plan of last quarter's rounds, built from History): summaryOfOffsite, as the offsite summary sheet scopes it.
  const since = [ceoRound.sealedAt, ctoRound.sealedAt].flatMap((at) => (at ? [localDayOf(at)] : [])).sort().pop();
  const ours = everyOffsite && summaryOfOffsite(everyOffsite, since, input.nextComparisonDay);
  // This laptop's own (written or confirmed here) make the cap's cut first: the partner's own confirmations do not.
  const ownFirst = (id: string) => Boolean(input.ownOffsiteIds?.has(id)) || agreementIn.local[captureKey(id)] !== undefined;
  const offsite = ours && planOffsiteOf(ours, names, ownFirst);
  // Actions agreed in the room → the plan's actions are the pair's own, not the template's. Captures one
  // side proposed alone (the partner can write any) never replace the template.
  const offsiteActions = ours?.actions.some((a) => a.agreed) ? capturedActions(ours, days, templateActions.find((a) => a.id === 'action-rescore'), ownFirst) : undefined;

  const title =
    kind === 'repair'
      ? `${inText.company}: 30-day repair plan${event ? ` after ${event}` : ''}`
      : `${inText.company}: 30-day plan${round.kind === 'same' ? ` from the ${round.label}` : ''}`;
  const subtitleRound = round.kind === 'same' ? round.label : round.kind === 'different' ? bothRoundNames(round) : undefined;

  // No partner text (a name, a decision, a bet) keeps a bidi override into the plan: bidi.ts.
  return bidiSafe({
    id: planIdOf(ceoRound, ctoRound),
    title,
    subtitle: [subtitleRound, leaders, date].filter(Boolean).join(' · '),
    pageSize: input.pageSize ?? 'A4',
    cover: {
      company,
      roundLabel,
      kind,
      ...(eventLine ? { event: eventLine } : {}),
      date,
      // Which comparison the plan is of: a board member reading a plan from History sees its dates.
      sealed: { ceo: sealedDay(ceoRound), cto: sealedDay(ctoRound) },
      names,
      // The biggest gap of all, not the first of those the plan works on: the pair may have pinned others.
      summary: summaryParagraph({ company: inText.company, kind, round, event: roundEv, names: { ceo: inText.ceo, cto: inText.cto }, scores, gaps, biggest: ranking[0], tiedForBiggest: ranking.filter((g) => g.points === ranking[0]?.points).length }),
      ...(notices.length ? { notices } : {}),
    },
    scores,
    gaps,
    actions: offsiteActions ?? templateActions,
    policies: buildPolicies(ctx),
    principles: buildPrinciples(ctx),
    appendices: buildAppendices(ctx, today, { ceo: ceoRound, cto: ctoRound }, unconfirmedLog, agreedLog),
    startDate: toIsoDate(days.start),
    rescoreDate: days.rescoredOn ?? rescoreDate(days.start),
    ...(days.rescoredOn ? { rescoreHeld: true as const } : {}),
    author: leaders,
    ...(offsite ? { offsite } : {}),
    ...(offsiteActions ? { actionsFromOffsite: true as const } : {}),
  } satisfies RepairPlan);
}
