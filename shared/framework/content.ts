import type { Area, AreaId, Framework, Statement, WarningSign } from './types';

/*
 * The diagnostic content, version 1. Every statement is phrased so that
 * "strongly agree" (5) describes a healthy CEO–CTO relationship; scoring and
 * gap ranking rely on that direction, so keep it when editing.
 * Changing what a statement means requires bumping `version`.
 */

const decisionBoundaries: Area = {
  id: 'decision-boundaries',
  title: 'Decision boundaries',
  summary: 'Whether both of us can say who decides product bets, architecture, hiring, spend and risk.',
  statements: [
    {
      id: 'db-1',
      areaId: 'decision-boundaries',
      text: 'We have written down who has the final say on product bets, architecture, hiring and large spend.',
      hint: 'A decision matrix or a shared doc counts; an understanding that lives only in our heads does not.',
      short: 'Written decision rights',
    },
    {
      id: 'db-2',
      areaId: 'decision-boundaries',
      text: 'Asked separately who owns delivery dates for our top initiatives, we would give the same answer.',
      hint: 'Think of the last date that slipped: did we both know whose call it had been?',
      short: 'Who owns delivery dates',
    },
    {
      id: 'db-3',
      areaId: 'decision-boundaries',
      text: 'Technical calls that belong to the CTO stick; we do not reverse them on the spot in chat or in a hallway.',
      hint: 'Reopening a call with new facts in the proper forum is fine; reversing it in the moment is not.',
      short: 'Technical calls stick',
    },
    {
      id: 'db-4',
      areaId: 'decision-boundaries',
      text: 'For every big bet we have agreed how much reliability, security and delivery risk we are willing to take.',
      hint: 'For example a downtime ceiling for core flows, issues that block a release, or an acceptable slip.',
      short: 'Shared risk budget',
    },
    {
      id: 'db-5',
      areaId: 'decision-boundaries',
      text: 'Once we agree that one of us owns a decision, that person takes input and decides without needing the other to sign off.',
      hint: 'Watch for quiet vetoes and a habit of needing unanimity.',
      short: 'No hidden vetoes',
    },
    {
      id: 'db-6',
      areaId: 'decision-boundaries',
      text: 'If either of us were away for two weeks, the leadership team would still know who decides what.',
      hint: 'Decisions should not queue up waiting for one person to come back.',
      short: 'Decision rights without us in the room',
    },
  ],
};

const communicationQuality: Area = {
  id: 'communication-quality',
  title: 'Communication quality',
  summary: 'Whether what we tell each other changes decisions rather than just reporting activity.',
  statements: [
    {
      id: 'cq-1',
      areaId: 'communication-quality',
      text: 'Our updates to each other usually end with a decision to make or a trade-off to weigh.',
      hint: 'A list of what happened this week, with no ask attached, does not count.',
      short: 'Updates lead to decisions',
    },
    {
      id: 'cq-2',
      areaId: 'communication-quality',
      text: 'We explain engineering work by its effect on customers and the business, not only in technical terms.',
      hint: 'For example: a refactor described as fewer failed checkouts, not as cleaner code.',
      short: 'Tech work in business terms',
    },
    {
      id: 'cq-3',
      areaId: 'communication-quality',
      text: 'We pass important information to each other while there is still time to act on it.',
      hint: 'Think of news that arrived after the plan, deck or promise was already made.',
      short: 'Information arrives in time',
    },
    {
      id: 'cq-4',
      areaId: 'communication-quality',
      text: 'We follow a short list of shared metrics and define the terms in them the same way.',
      hint: 'Five to eight numbers is plenty; what matters is that a word like "done" means one thing.',
      short: 'Shared metrics and terms',
    },
    {
      id: 'cq-5',
      areaId: 'communication-quality',
      text: 'Our reliability and quality trends are visible to the CEO, not only to the engineering team.',
      hint: 'When only feature output is visible, quality work tends to be underfunded.',
      short: 'Reliability is visible',
    },
    {
      id: 'cq-6',
      areaId: 'communication-quality',
      text: 'We raise bad news about delivery or risk early instead of quietly absorbing it to protect a plan.',
      hint: 'Absorbing risk to keep a story intact usually means paying for it later with incidents or missed dates.',
      short: 'Bad news surfaces early',
    },
  ],
};

const strategicAlignment: Area = {
  id: 'strategic-alignment',
  title: 'Strategic alignment',
  summary: 'Whether engineering work maps onto the company growth plan and the CTO helps shape it.',
  statements: [
    {
      id: 'sa-1',
      areaId: 'strategic-alignment',
      text: 'We bring the CTO into discussions about new markets and product bets before they are decided.',
      hint: 'Hearing about a bet after the board deck is written means joining too late.',
      short: 'CTO in strategy early',
    },
    {
      id: 'sa-2',
      areaId: 'strategic-alignment',
      text: 'Most of what engineering ships clearly supports the growth plan we have agreed on.',
      hint: 'Consider the last quarter: how much of the shipped work moved revenue, retention or margin?',
      short: 'Shipped work serves the growth plan',
    },
    {
      id: 'sa-3',
      areaId: 'strategic-alignment',
      text: 'We make roadmap commitments with real engineering capacity in view.',
      hint: 'Every roadmap should carry a capacity line, not an assumption of small changes.',
      short: 'Capacity shapes the roadmap',
    },
    {
      id: 'sa-4',
      areaId: 'strategic-alignment',
      text: 'Platform and infrastructure investments are tied to a business constraint we can measure.',
      hint: 'If platform work cannot name the constraint it removes, it tends to drift out of sight until an outage.',
      short: 'Platform work has a business reason',
    },
    {
      id: 'sa-5',
      areaId: 'strategic-alignment',
      text: 'We would tell the board the same story about where the company is heading and why.',
      hint: 'Different stories from the two of us cost trust with the board.',
      short: 'One story for the board',
    },
    {
      id: 'sa-6',
      areaId: 'strategic-alignment',
      text: 'We reconcile business priorities with engineering goals before our teams commit to their plans.',
      hint: 'Priorities that are locked before engineering commits, and never revisited, are a common source of drift.',
      short: 'Priorities reconciled before commitments',
    },
  ],
};

const conflictResolution: Area = {
  id: 'conflict-resolution',
  title: 'Conflict resolution',
  summary: 'Whether our disagreements get named, scoped and closed without stalling the company.',
  statements: [
    {
      id: 'cr-1',
      areaId: 'conflict-resolution',
      text: 'When we disagree, we say so openly while the decision is still being discussed.',
      hint: 'Meetings that end politely and then get relitigated in private suggest otherwise.',
      short: 'Disagreement is said out loud',
    },
    {
      id: 'cr-2',
      areaId: 'conflict-resolution',
      text: 'Once we have made a decision, it stays closed unless genuinely new facts appear.',
      hint: 'Count how often settled questions came back last month.',
      short: 'Closed decisions stay closed',
    },
    {
      id: 'cr-3',
      areaId: 'conflict-resolution',
      text: 'We have an agreed rule for how long a debate runs and who closes it.',
      hint: 'A disagree-and-commit rule, even an informal one, counts if we both follow it.',
      short: 'Rule for closing debates',
    },
    {
      id: 'cr-4',
      areaId: 'conflict-resolution',
      text: 'We know which issues escalate to the CTO, which to the CEO, and which we handle together.',
      hint: 'Without a known path, escalations go to whoever is easiest to reach.',
      short: 'Clear escalation path',
    },
    {
      id: 'cr-5',
      areaId: 'conflict-resolution',
      text: 'Our hard conversations about incidents and misses stay focused on facts rather than blame.',
      hint: 'A shared postmortem format helps keep the discussion on what happened.',
      short: 'Facts over blame',
    },
    {
      id: 'cr-6',
      areaId: 'conflict-resolution',
      text: 'Our disagreements do not freeze the team while we work them out.',
      hint: 'Teams waiting on the two of us to settle something is a cost we should see.',
      short: 'Conflict does not stall the team',
    },
  ],
};

const warningSigns: WarningSign[] = [
  {
    id: 'ws-overrides',
    title: 'Technical calls overridden on the spot',
    description: 'The CEO reverses an architecture or technical decision in the moment, for example in a chat thread.',
    areaId: 'decision-boundaries',
    statementIds: ['db-3', 'db-5'],
  },
  {
    id: 'ws-priority-drift',
    title: 'Engineering priorities drift from strategy',
    description: 'Teams keep shipping features that do not move the numbers the company plan depends on.',
    areaId: 'strategic-alignment',
    statementIds: ['sa-2', 'sa-6'],
  },
  {
    id: 'ws-late-strategy',
    title: 'CTO hears about strategy late',
    description: 'A new market or product bet reaches the CTO only after it has been presented or promised.',
    areaId: 'strategic-alignment',
    statementIds: ['sa-1'],
  },
  {
    id: 'ws-no-risk-budget',
    title: 'No shared risk budget',
    description: '"Move fast" means something different to each of us, and nobody has written down the limits.',
    areaId: 'decision-boundaries',
    statementIds: ['db-4'],
  },
  {
    id: 'ws-tech-metrics-only',
    title: 'Engineering reports only technical metrics',
    description: 'Updates cover velocity and uptime but never say what they mean for customers or revenue.',
    areaId: 'communication-quality',
    statementIds: ['cq-2', 'cq-5'],
  },
  {
    id: 'ws-avoided-disagreement',
    title: 'Disagreements are avoided',
    description: 'Meetings end on a polite note and the same decision comes back for another round later.',
    areaId: 'conflict-resolution',
    statementIds: ['cr-1', 'cr-2'],
  },
];

export const FRAMEWORK: Framework = {
  version: 1,
  // 2: conversation guides and per-statement fixes (conversation.ts), warning signs tied to statements.
  contentVersion: 2,
  areas: [decisionBoundaries, communicationQuality, strategicAlignment, conflictResolution],
  warningSigns,
};

/** Every framework version this build can read; stored rounds name their version. */
const KNOWN_FRAMEWORKS: ReadonlyMap<number, Framework> = new Map([[FRAMEWORK.version, FRAMEWORK]]);

export function frameworkByVersion(version: number): Framework | undefined {
  return KNOWN_FRAMEWORKS.get(version);
}

/** All statements in framework order (area order, then statement order). */
export function allStatements(framework: Framework = FRAMEWORK): Statement[] {
  return framework.areas.flatMap((area) => area.statements);
}

export function statementById(id: string, framework: Framework = FRAMEWORK): Statement | undefined {
  for (const area of framework.areas) {
    const found = area.statements.find((s) => s.id === id);
    if (found) return found;
  }
  return undefined;
}

export function areaById(id: AreaId | string, framework: Framework = FRAMEWORK): Area | undefined {
  return framework.areas.find((a) => a.id === id);
}

export function warningSignById(id: string, framework: Framework = FRAMEWORK): WarningSign | undefined {
  return framework.warningSigns.find((w) => w.id === id);
}
