/**
 * Series A starting points for the workspace artifacts, as data. They are a
 * first draft the two leaders edit, not a recommendation to adopt unchanged.
 */
import type {
  ArtifactKey,
  DecisionRow,
  LadderEntry,
  Meeting,
  Metric,
  RiskBudgets,
  Workspace,
} from '../workspace/types';
import { toIsoDate } from '../workspace/dates';

/** Six decision types that cause most CEO–CTO friction at 10–100 engineers. */
export const DEFAULT_MATRIX: readonly DecisionRow[] = [
  {
    id: 'row-product-bet',
    decision: 'Product bet and target segment',
    accountable: ['CEO'],
    consulted: ['CTO', 'Head of Product', 'Sales'],
    informed: ['Eng leads'],
    cadence: 'Monthly strategy',
  },
  {
    id: 'row-top3-delivery-date',
    decision: 'Delivery date for a top-3 initiative',
    accountable: ['CEO', 'CTO'],
    jointAccountable: true,
    consulted: ['Product', 'Eng leads'],
    informed: ['Board'],
    cadence: 'Monthly, then weekly',
  },
  {
    id: 'row-core-architecture',
    decision: 'Architecture direction for the core platform',
    accountable: ['CTO'],
    consulted: ['Staff engineers', 'Security'],
    informed: ['CEO', 'Product'],
    cadence: 'Monthly tech review',
  },
  {
    id: 'row-infra-spend',
    decision: 'Infra spend over $25k per month',
    accountable: ['CEO'],
    consulted: ['CTO', 'Finance'],
    informed: ['Board'],
    cadence: 'Monthly finance',
  },
  {
    id: 'row-hiring-plan',
    decision: 'Hiring plan for the next 2 quarters',
    accountable: ['CEO', 'CTO'],
    jointAccountable: true,
    consulted: ['Finance', 'People'],
    informed: ['Exec team'],
    cadence: 'Quarterly planning',
  },
  {
    id: 'row-incident-policy',
    decision: 'Incident severity policy and on-call model',
    accountable: ['CTO'],
    consulted: ['CEO', 'Product'],
    informed: ['Whole company'],
    cadence: 'Quarterly review',
  },
];

/**
 * Ten engineering topics walked up the translation ladder. The refactoring
 * entry keeps the guide's worked numbers; the rest are illustrative and meant
 * to be replaced with the company's own figures.
 */
export const DEFAULT_LADDER: readonly LadderEntry[] = [
  {
    id: 'ladder-refactoring',
    topic: 'Refactoring',
    workItem: 'Restructure the service layer behind checkout.',
    systemEffect: 'Deploy rollbacks fall from 12% to 3% of releases.',
    customerEffect: 'Around 40% fewer errors during checkout.',
    businessEffect: 'Win back roughly 0.6 points of conversion on paid traffic.',
    decisionAsk: 'Approve pausing new checkout features for 4 weeks.',
    askKind: 'timing',
  },
  {
    id: 'ladder-test-gaps',
    topic: 'Test gaps',
    workItem: 'Add automated tests around billing and signup paths.',
    systemEffect: 'Lower odds that a release breaks a money path unnoticed.',
    customerEffect: 'Fewer broken invoices and failed signups reaching users.',
    businessEffect: 'Less revenue leakage and fewer refund credits.',
    decisionAsk: 'Agree to cut one roadmap item this sprint to fund 2 weeks of test work.',
    askKind: 'scope',
  },
  {
    id: 'ladder-on-call-load',
    topic: 'On-call load',
    workItem: 'Fix the noisiest alerts and the top repeat incidents.',
    systemEffect: 'Pages per on-call week drop and repeat incidents stop.',
    customerEffect: 'Problems get fixed faster because responders are rested.',
    businessEffect: 'Lower attrition risk among senior engineers; fewer SLA credits.',
    decisionAsk: 'Approve a 15% capacity allocation to reliability for one quarter.',
    askKind: 'budget',
  },
  {
    id: 'ladder-tech-debt',
    topic: 'Tech debt',
    workItem: 'Pay down the modules every feature has to touch.',
    systemEffect: 'Lead time for change shrinks on the busiest code paths.',
    customerEffect: 'Requested features arrive sooner and with fewer regressions.',
    businessEffect: 'More roadmap delivered per engineer hired.',
    decisionAsk: 'Approve a standing 20% debt budget in every sprint.',
    askKind: 'budget',
  },
  {
    id: 'ladder-data-migration',
    topic: 'Data migration',
    workItem: 'Move accounts to a data model that supports per-seat billing.',
    systemEffect: 'One source of truth for plans, seats and invoices.',
    customerEffect: 'Customers can change plans without a support ticket.',
    businessEffect: 'Unblocks the new segment and clean revenue recognition.',
    decisionAsk: 'Decide by the next strategy review whether to delay the segment launch by 3 weeks or cut its scope.',
    askKind: 'timing',
  },
  {
    id: 'ladder-dependency-upgrades',
    topic: 'Dependency upgrades',
    workItem: 'Bring the framework and runtime onto supported versions.',
    systemEffect: 'Security patches apply in hours instead of weeks.',
    customerEffect: 'Enterprise security questionnaires pass without exceptions.',
    businessEffect: 'Shorter enterprise sales cycles and lower breach exposure.',
    decisionAsk: 'Approve 3 engineer-weeks this quarter for upgrades.',
    askKind: 'budget',
  },
  {
    id: 'ladder-observability',
    topic: 'Observability',
    workItem: 'Trace requests end to end through the key user flows.',
    systemEffect: 'Time to find the cause of an incident drops sharply.',
    customerEffect: 'Outages are shorter and status updates are accurate.',
    businessEffect: 'Fewer churn-risk escalations from large accounts.',
    decisionAsk: 'Approve a $3k/month monitoring vendor budget.',
    askKind: 'budget',
  },
  {
    id: 'ladder-security-hardening',
    topic: 'Security hardening',
    workItem: 'Add SSO, audit logs and least-privilege access to production.',
    systemEffect: 'Fewer people and paths can reach customer data.',
    customerEffect: 'Admins get the controls their IT teams ask for.',
    businessEffect: 'Qualifies the product for mid-market deals that require SOC 2.',
    decisionAsk: 'Decide the scope: SSO only this quarter, or SSO plus audit logs with a 2-week slip.',
    askKind: 'scope',
  },
  {
    id: 'ladder-platform-rewrite',
    topic: 'Platform rewrite',
    workItem: 'Replace the legacy job runner piece by piece, not all at once.',
    systemEffect: 'Background jobs stop timing out under peak load.',
    customerEffect: 'Reports and exports finish when customers expect them.',
    businessEffect: 'Removes the main blocker to serving larger accounts.',
    decisionAsk: 'Approve a two-quarter plan and the headcount budget for it.',
    askKind: 'budget',
  },
  {
    id: 'ladder-ci-speed',
    topic: 'CI speed',
    workItem: 'Parallelise and cache the build and test pipeline.',
    systemEffect: 'Pipeline time falls from about 40 to about 10 minutes.',
    customerEffect: 'Fixes reach customers the same day they are written.',
    businessEffect: 'Each engineer recovers hours a week for roadmap work.',
    decisionAsk: 'Approve $2k/month extra CI spend.',
    askKind: 'budget',
  },
];

/** Every forum asks for the same three inputs before a decision is tabled. */
const CORE_PREREAD = ['Options considered', 'Cost of each option', 'Risk of each option'];

/** Meeting templates; dates are filled in by defaultWorkspace. */
export const DEFAULT_MEETINGS: readonly (Omit<Meeting, 'firstDate'> & { weekday: number })[] = [
  {
    id: 'meeting-weekly-1on1',
    name: 'Weekly CTO–CEO 1:1',
    durationMinutes: 45,
    frequency: 'weekly',
    decisionTypes: ['row-top3-delivery-date', 'row-hiring-plan', 'row-incident-policy'],
    prereadChecklist: [...CORE_PREREAD, 'Delivery risks this week', 'Hiring pipeline changes', 'Open escalations'],
    time: '09:00',
    weekday: 1,
  },
  {
    id: 'meeting-monthly-strategy',
    name: 'Monthly strategy review',
    durationMinutes: 90,
    frequency: 'monthly',
    decisionTypes: ['row-product-bet', 'row-top3-delivery-date', 'row-core-architecture', 'row-infra-spend'],
    prereadChecklist: [...CORE_PREREAD, 'Roadmap trade-offs', 'Risk budget burn', 'Spend versus plan'],
    time: '14:00',
    weekday: 3,
  },
  {
    id: 'meeting-quarterly-planning',
    name: 'Quarterly planning',
    durationMinutes: 240,
    frequency: 'quarterly',
    decisionTypes: ['row-product-bet', 'row-hiring-plan', 'row-core-architecture', 'row-incident-policy'],
    prereadChecklist: [...CORE_PREREAD, 'Proposed bets', 'Headcount plan', 'Platform investment and capacity line'],
    time: '09:00',
    weekday: 4,
  },
  {
    id: 'meeting-quarterly-board-prep',
    name: 'Quarterly board prep',
    durationMinutes: 60,
    frequency: 'quarterly',
    decisionTypes: ['row-top3-delivery-date', 'row-infra-spend'],
    prereadChecklist: [...CORE_PREREAD, 'Board narrative draft', 'Exec metrics', 'What changed since last quarter'],
    time: '15:00',
    weekday: 5,
  },
];

/** Six candidate exec metrics; targets start empty because the leaders must agree them. */
export const DEFAULT_METRICS: readonly Metric[] = [
  {
    id: 'metric-lead-time',
    name: 'Lead time for change',
    definition: 'Median time from a change being merged to it running in production.',
    unit: 'days',
    owner: 'CTO',
    target: '',
    values: [],
  },
  {
    id: 'metric-deploy-frequency',
    name: 'Deployment frequency',
    definition: 'How many production deploys happen, counted per week.',
    unit: 'deploys/week',
    owner: 'CTO',
    target: '',
    values: [],
  },
  {
    id: 'metric-change-failure-rate',
    name: 'Change failure rate',
    definition: 'Share of production deploys that lead to a rollback or an incident.',
    unit: '%',
    owner: 'CTO',
    target: '',
    values: [],
  },
  {
    id: 'metric-key-flow-availability',
    name: 'Availability of key flows',
    definition: 'Share of time the critical user flows (e.g. login, checkout, core API) work for customers.',
    unit: '%',
    owner: 'CTO',
    target: '',
    values: [],
  },
  {
    id: 'metric-cost-per-customer',
    name: 'Cost per active customer',
    definition: 'Infrastructure plus vendor spend for the month divided by active accounts.',
    unit: '$/account/month',
    owner: 'CEO',
    target: '',
    values: [],
  },
  {
    id: 'metric-roadmap-confidence',
    name: 'Roadmap confidence',
    definition: 'Share of committed roadmap items currently on track for their date.',
    unit: '%',
    owner: 'CEO',
    target: '',
    values: [],
  },
];

/**
 * Starting risk budgets. 130 minutes is about 99.9% availability over a
 * 91-day quarter; the 20% slip mirrors the trade-off the guide's scenario names.
 */
export const DEFAULT_RISK_BUDGETS: RiskBudgets = {
  reliabilityMinutesPerQuarter: 130,
  securityBlockingClasses: [
    'Critical or high severity vulnerability in shipped code',
    'Authentication or authorization bypass',
    'Exposure of customer data',
  ],
  deliverySlipPercent: 20,
  criticalFlows: ['', '', ''],
};

/** First date strictly after `now` that falls on `weekday` (0 = Sunday). */
function nextWeekday(now: Date, weekday: number): Date {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const ahead = ((weekday - d.getDay() + 7) % 7) || 7;
  d.setDate(d.getDate() + ahead);
  return d;
}

/** A fresh workspace with deep-copied defaults, so edits never touch the constants. */
export function defaultWorkspace(now: Date): Workspace {
  const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  return {
    version: 1,
    matrix: clone([...DEFAULT_MATRIX]),
    ladder: clone([...DEFAULT_LADDER]),
    cadence: DEFAULT_MEETINGS.map(({ weekday, ...m }) => ({
      ...clone(m),
      firstDate: toIsoDate(nextWeekday(now, weekday)),
    })),
    riskBudgets: clone(DEFAULT_RISK_BUDGETS),
    metrics: clone([...DEFAULT_METRICS]),
    dependencies: { roadmapItem: '', dependencies: [] },
    log: [],
  };
}

/** The gaps (diagnostic statement ids) each artifact addresses, as a new workspace starts. */
export const DEFAULT_LINKED_GAPS: Readonly<Record<ArtifactKey, readonly string[]>> = {
  matrix: ['db-1', 'db-2', 'db-3', 'db-5', 'db-6', 'cr-4'],
  ladder: ['cq-1', 'cq-2', 'sa-4'],
  cadence: ['cq-3', 'sa-1', 'sa-6'],
  riskBudgets: ['db-4', 'cq-5'],
  metrics: ['cq-4', 'cq-5', 'sa-5'],
  dependencies: ['cq-6', 'sa-3'],
  log: ['cr-1', 'cr-2', 'cr-3'],
};
