import { FRAMEWORK } from './content';
import type { StatementGuide } from './types';

/*
 * Conversation guides, content version 2 (FRAMEWORK.contentVersion): for every statement,
 * why it matters (drawn from the framework guide, with the section and its source named),
 * one or two questions that open the conversation, and a fix ladder: a few concrete steps
 * the repair plan can turn into actions. Editing the text here needs no migration; changing
 * what a statement means does (content.ts `version`).
 */

const G = 'Framework guide';

export const STATEMENT_GUIDES: Readonly<Record<string, StatementGuide>> = {
  'db-1': {
    why: 'In a 10 to 100 engineer company one fuzzy decision can cost 2 to 6 weeks: a roadmap reset, a platform rewrite, a surprise hiring freeze. Most CTO–CEO tension is not about trust but about unclear authority under pressure; a written matrix is a map of where conflict will happen, before it happens.',
    source: `${G}, opening and “Build a decision authority matrix that fits Series A” (Made With Love)`,
    questions: [
      'If we each wrote down who has the final say on the next big product bet, the next architecture change and the next senior hire, would our lists match?',
      'Which decision from last quarter would have gone faster if it had been written down?',
    ],
    fix: [
      'Each of you lists, separately, who decides product bets, dates, architecture, spend, hiring and incidents.',
      'Compare the two lists and mark every row where they differ.',
      'Write the decision authority matrix in the workspace: one accountable person (or an explicit joint) per row.',
      'Agree it together and share it with the leadership team.',
    ],
  },
  'db-2': {
    why: 'This is the guide’s trap question: when the CEO thinks the CTO owns delivery dates and the CTO thinks Product owns them, the organisation starts “decision snacking” in DMs and hallway pings, nobody can delegate cleanly, cadence turns reactive and strategy turns into wishful thinking. The guide makes the date of a top-3 initiative a joint CEO and CTO call.',
    source: `${G}, “Why misalignment hides for months” (Kamyar Shah) and the Series A matrix`,
    questions: [
      'Who decided the date of the last initiative that slipped, and who did each of us think had decided it?',
      'When a date is at risk, who do you expect to tell you, and by when?',
    ],
    fix: [
      'Name the top 3 initiatives and write down who owns each date today, each of you separately.',
      'Make the delivery date of a top-3 initiative an explicit joint CEO + CTO row in the matrix, with Product and eng leads consulted.',
      'Agree where a date is set and re-set: the monthly strategy review, then weekly.',
      'Tell Product and the eng leads who owns dates from now on.',
    ],
  },
  'db-3': {
    why: 'The first warning sign in the guide is the CEO overriding technical calls in the moment, architecture reversed in Slack. It teaches the team that the CTO’s decisions are provisional, and it moves real trade-offs out of the forum where they can be weighed.',
    source: `${G}, “The six warning signs that show up first”`,
    questions: [
      'When did a technical call last get reversed outside the meeting where it was made, and what prompted it?',
      'What new fact would justify reopening an architecture decision, and where should that happen?',
    ],
    fix: [
      'Mark architecture direction for the core platform as CTO-accountable in the matrix, with the CEO informed.',
      'Agree a rule: a technical call is reopened only with new facts, in the monthly tech review, never in chat.',
      'Log the next reversal request in the decision log with the new fact it rests on.',
    ],
  },
  'db-4': {
    why: 'Teams fight because “risk” stays vague: without a shared risk budget “move fast” means different things to each leader. The guide asks for three budgets on every big bet (reliability downtime, the security issues that block release, the acceptable slip) so a trade-off such as “accept a 20% slip or cut scope” is explicit.',
    source: `${G}, “Add a risk budget line item to every big bet” and the 60-day new-segment scenario`,
    questions: [
      'For our current biggest bet, how many minutes of downtime, which security issues and how much slip would each of us accept?',
      'The last time we shipped under pressure, which risk did one of us take that the other would not have?',
    ],
    fix: [
      'Pick the current biggest bet and write its three budgets: downtime minutes per quarter, release-blocking issue classes, acceptable slip.',
      'Name the three user flows that must not break.',
      'Review the budgets in the monthly strategy meeting and repeat for each new big bet.',
    ],
  },
  'db-5': {
    why: 'The guide quotes Your CEO Mentor bluntly: do not create a need for unanimity and do not let veto power creep in; an accountable leader takes input, then decides. A quiet veto makes every owner wait for a second yes and turns the matrix into decoration.',
    source: `${G}, “Cadence is governance” (Your CEO Mentor)`,
    questions: [
      'Which decision did one of us own on paper but still wait for the other to approve?',
      'What input do you need before I decide something I own, so that you do not need to sign off?',
    ],
    fix: [
      'For each matrix row, write who is consulted and that the accountable person decides after hearing them.',
      'Agree how the non-owner objects: in the pre-read or the forum, before the decision, not after.',
      'Log the next decision each of you owns with its date, to show it closed without a second sign-off.',
    ],
  },
  'db-6': {
    why: 'The guide ends on a gut-check: if the CEO stepped out for two weeks, would the company still know who decides what? As headcount grows, informal alignment stops working; the CEO cannot hold every decision in their head, and decisions queue up behind whoever is away.',
    source: `${G}, “Bigger picture: alignment is a scaling primitive”`,
    questions: [
      'If one of us were away for two weeks starting Monday, which decisions would wait for our return?',
      'Who on the leadership team could answer “who decides this?” today without asking us?',
    ],
    fix: [
      'List the decisions that waited for one of you during the last absence.',
      'Add them to the matrix with a named owner or deputy.',
      'Publish the matrix where the leadership team works and check it at the next absence.',
    ],
  },
  'cq-1': {
    why: 'A bad update is a dashboard dump; a good one changes what the CEO does next. The guide’s RTA filter asks that an update be relevant (tied to a company goal), actionable (ending with a decision or a trade-off) and timely (arriving before the decision window closes).',
    source: `${G}, “Use RTA updates: relevant, actionable, timely” (Code Climate)`,
    questions: [
      'Which of our last three updates ended with something one of us had to decide?',
      'What would you want the last line of my weekly update to ask you?',
    ],
    fix: [
      'End every weekly update with one decision ask or trade-off, or say explicitly that none is needed.',
      'Check each update against RTA: relevant, actionable, timely.',
      'Bring the asks to the weekly 1:1 and log the decisions taken.',
    ],
  },
  'cq-2': {
    why: 'CTO–CEO communication breaks when it stays trapped in engineering vocabulary. The guide’s translation ladder carries a work item through its system, customer and business effect to a decision ask: “refactor the service layer” becomes “recover 0.6 points of conversion, approve a 4 week pause on new checkout features”.',
    source: `${G}, “The Translation Ladder” (The Art of CTO tool page)`,
    questions: [
      'Pick the biggest engineering item this quarter: can we both say what a customer will feel and what the company gets from it?',
      'Which technical topic do you hear most often without knowing what it means for the business?',
    ],
    fix: [
      'Take the three biggest engineering items and write each up the ladder: work item, system, customer, business effect, decision ask.',
      'Grow it into a one-page translation guide of 10 common engineering topics.',
      'Use the ladder wording in the next board or all-hands update.',
    ],
  },
  'cq-3': {
    why: 'An update is only useful while there is still time to act on it; the guide’s “timely” test is that it arrives before the decision window closes. Late news is how the CEO ends up promising a date the engineering team already knew was at risk.',
    source: `${G}, “Use RTA updates” (Code Climate) and “Why misalignment hides for months”`,
    questions: [
      'What was the last piece of news that reached one of us after the plan, deck or promise was made?',
      'Which decision windows are coming in the next month, and what do we each need to know before them?',
    ],
    fix: [
      'List the decision windows of the next 30 days (board meeting, planning, customer promises).',
      'Put a pre-read deadline in front of each window: options, cost and risk, two working days ahead.',
      'Use the weekly 1:1 to surface anything that changes a promise already made.',
    ],
  },
  'cq-4': {
    why: 'The guide asks for 5 to 8 exec metrics with the words defined once and taught (it takes repetition); publish the definitions in the exec doc, not in a dashboard. Without shared terms “done” or “on track” mean different things and the CEO sees anecdotes instead of trends.',
    source: `${G}, “Share a small set of metrics, and align on the words” (AKF Partners)`,
    questions: [
      'If I asked each of us to define “done” and “on track”, would we give the same answer?',
      'Which five numbers would tell you, without asking me, that engineering is healthy?',
    ],
    fix: [
      'Pick 5 exec metrics together (lead time, deploy frequency, change failure rate, key-flow availability, roadmap confidence are a start).',
      'Write one definition, unit and owner per metric in the workspace.',
      'Review the trend monthly in the strategy meeting.',
    ],
  },
  'cq-5': {
    why: 'AKF Partners’ point in the guide: if engineering quality and reliability metrics are not shared, the business over-rotates to feature output and engineering under-invests in quality. Misalignment pushes infrastructure work into the shadows, and it returns as outages and emergency spend.',
    source: `${G}, “Share a small set of metrics” (AKF Partners) and “Enterprise implications”`,
    questions: [
      'Could you, as CEO, tell me our change failure rate or the availability of checkout last month?',
      'What would have to be visible for reliability work to win a trade-off against a feature?',
    ],
    fix: [
      'Add change failure rate and availability of the key user flows to the exec metrics.',
      'Show their monthly trend in the CEO’s pre-read.',
      'Tie the reliability budget to them and review it monthly.',
    ],
  },
  'cq-6': {
    why: 'The guide’s typical Series A pattern: the CEO promises a date, the roadmap assumes “small changes”, engineering finds a dependency chain (auth, billing, data model), and the CTO absorbs the risk to protect the CEO’s narrative. The team pays later with incidents, attrition and missed follow-on dates.',
    source: `${G}, “Why misalignment hides for months”`,
    questions: [
      'What risk are you carrying right now that I have not heard about?',
      'When you bring bad news early, what do you need from me so it does not feel like failure?',
    ],
    fix: [
      'Map the top dependencies of the most exposed roadmap item, marked green, yellow or red.',
      'Put the map in the CEO’s pre-read every month.',
      'Agree that a red dependency is raised within a week, in the 1:1, not at the deadline.',
    ],
  },
  'sa-1': {
    why: 'McKinsey, cited in the guide, found that nearly three quarters of top-performing companies heavily involve senior tech leaders in strategy. A CTO who hears about a new market bet after the deck cannot shape it, only absorb it; in the guide’s 60-day new-segment scenario, the data model could not carry the segment’s billing rules.',
    source: `${G}, opening and the 60-day new-segment scenario (Raconteur citing McKinsey)`,
    questions: [
      'Which bet in the last six months did the CTO hear about after it was presented or promised?',
      'At what point in shaping a bet would the CTO’s input have changed it?',
    ],
    fix: [
      'Put product bets and target segments on the monthly strategy review agenda before they go to the board or to customers.',
      'Make the CTO consulted on every product bet row in the matrix.',
      'Add a capacity and architecture check to the pre-read of each new bet.',
    ],
  },
  'sa-2': {
    why: 'Misalignment can sit for months because the company can still ship; it just ships the wrong mix. The warning sign is teams shipping features that do not move revenue, and strategy turns into wishful thinking.',
    source: `${G}, “Why misalignment hides for months” and the warning signs`,
    questions: [
      'Of what we shipped last quarter, which items moved revenue, retention or margin, and which did not?',
      'Which goal in our growth plan has the least engineering work behind it today?',
    ],
    fix: [
      'Map last quarter’s shipped work to the goals of the growth plan.',
      'Name the work that maps to no goal and decide whether to stop it.',
      'Start each quarterly planning with that map.',
    ],
  },
  'sa-3': {
    why: 'The guide’s architecture principle: capacity is a first-class input, every roadmap has a capacity line, not hope. In its 60-day scenario 6 of 18 engineers were already tied up on reliability after two Sev 1 incidents; a roadmap that assumes “small changes” hides that.',
    source: `${G}, “Architecture principles” and the 60-day new-segment scenario`,
    questions: [
      'How many engineers are actually free for new roadmap work this quarter, after reliability and support?',
      'Which commitment on the current roadmap was made without that number in view?',
    ],
    fix: [
      'Add a capacity line to the roadmap: engineers available after reliability, support and on-call.',
      'Re-check every committed date against it.',
      'Bring the gap to the monthly strategy review as a choice: cut scope, move the date, or add capacity.',
    ],
  },
  'sa-4': {
    why: '“Thin platform, thick product”: platform work must tie to a measurable constraint. When it cannot name one, it drifts into the shadows and comes back as outages and emergency spend; the guide’s scenario translated a data-model rewrite into “avoid a billing failure that blocks revenue recognition”.',
    source: `${G}, “Architecture principles”, “Enterprise implications” and the 60-day scenario`,
    questions: [
      'For our biggest platform investment, what business constraint does it remove, and how would we measure it?',
      'Which platform work would you cut first, and what would break?',
    ],
    fix: [
      'Write each platform investment up the translation ladder to a business effect.',
      'Name the metric that shows the constraint and track it monthly.',
      'Fund platform work in quarterly planning against those constraints.',
    ],
  },
  'sa-5': {
    why: 'A CEO and CTO who tell different stories lose the board’s trust, and the board then starts to manage through the CEO only. The guide’s quarterly board prep exists to agree the narrative, the metrics and what changed.',
    source: `${G}, “Enterprise implications” (board narrative) and the cadence`,
    questions: [
      'If the board asked each of us tomorrow where the company is heading and what engineering must deliver, where would our answers differ?',
      'What did each of us tell the board last time that the other would have put differently?',
    ],
    fix: [
      'Hold a 60-minute board prep before each board meeting: narrative, metrics, what changed.',
      'Write the three-sentence story together and both use it.',
      'Use the shared exec metrics in the board deck.',
    ],
  },
  'sa-6': {
    why: 'Code Climate’s failure mode in the guide: business priorities get finalised before engineering commits to sprint goals, and the system never reconciles the mismatch. That is not a tooling issue, it is a decision boundary issue.',
    source: `${G}, “The six warning signs” (Code Climate)`,
    questions: [
      'When did business priorities last change after engineering had already committed, and what happened?',
      'Where in our planning do the two lists meet before teams commit?',
    ],
    fix: [
      'Reconcile business priorities and engineering goals in quarterly planning, before teams commit.',
      'Record any later change of priority in the decision log, with what it displaces.',
      'Review the mismatch monthly in the strategy meeting.',
    ],
  },
  'cr-1': {
    why: 'One warning sign is disagreements that get avoided: meetings end polite, then decisions re-open later. The guide says the fix starts by naming the patterns out loud; misalignment rarely explodes, it leaks.',
    source: `${G}, “Signs of CTO-CEO misalignment” and the warning signs`,
    questions: [
      'Which decision did one of us agree to in the room and then doubt afterwards?',
      'What makes it hard to disagree openly in our meetings, and what would make it easier?',
    ],
    fix: [
      'In the weekly 1:1, ask each other for the one thing you disagree with this week.',
      'Record disagreements as open entries in the decision log, with options.',
      'Close each with the disagree-and-commit rule.',
    ],
  },
  'cr-2': {
    why: 'Decisions that re-open later are a warning sign in the guide, and the companies that scale cleanly put trade-offs in the right forum at the right time. A reopened decision costs the 2 to 6 weeks of a roadmap reset, and senior engineers leave when priorities change weekly.',
    source: `${G}, warning signs, “Enterprise implications” (talent retention)`,
    questions: [
      'How many settled questions came back last month, and which new facts brought them back?',
      'What would count as a genuinely new fact for reopening a decision?',
    ],
    fix: [
      'Log each decision with its forum and date in the decision log.',
      'Agree that a decision is reopened only with a new fact, written in the log.',
      'Review reopened decisions monthly and count them.',
    ],
  },
  'cr-3': {
    why: 'The guide’s policy framework asks for a disagree-and-commit rule: how long debate runs, and who closes it. Without it, debates run until one side gives up and the team waits.',
    source: `${G}, “Policy framework (what to document so it sticks)”`,
    questions: [
      'How long should a debate between us run before someone closes it, and who closes which kind?',
      'Which open debate right now would that rule close?',
    ],
    fix: [
      'Agree the rule: how many days a debate runs and who closes it, per decision type in the matrix.',
      'Write it into the policy section and the decision log’s commit dates.',
      'Apply it to the oldest open debate this week.',
    ],
  },
  'cr-4': {
    why: 'The guide’s policy framework lists an escalation path: what goes to the CTO, what goes to the CEO, what goes joint. Clear authority lines reduce disputes and keep decisions moving; without them escalations go to whoever is easiest to reach.',
    source: `${G}, “Policy framework” and “Enterprise implications” (C-Suite Strategy)`,
    questions: [
      'Where did the last three escalations go, and is that where they should have gone?',
      'Which issues should reach us jointly rather than one of us alone?',
    ],
    fix: [
      'Derive the escalation path from the matrix: CTO, CEO or joint per decision type.',
      'Share it with the leadership team.',
      'Check the next escalations against it in the weekly 1:1.',
    ],
  },
  'cr-5': {
    why: 'The guide recommends a standard incident process so that conflict stays about facts, not blame. After a hard moment like a missed launch or a Sev 1, blame turns a repairable system failure into a relationship problem.',
    source: `${G}, “Policy framework” (The Art of CTO incident postmortem guide)`,
    questions: [
      'In our last incident or miss, what did each of us think the cause was, and how did we find out?',
      'What would a postmortem need to show you for you to trust it?',
    ],
    fix: [
      'Adopt one postmortem format: timeline, causes, actions, no names in the causes.',
      'Review the next incident with it together.',
      'Log the actions and their owners in the decision log.',
    ],
  },
  'cr-6': {
    why: 'The guide’s definition of alignment includes resolving conflict without freezing execution. Cadence is governance: when a disagreement has a forum and a date, the team keeps working; when it does not, teams wait on the two leaders.',
    source: `${G}, “What the framework measures” and “Cadence is governance” (CodeStory)`,
    questions: [
      'Which team is waiting on the two of us to settle something right now?',
      'What could they do while we decide?',
    ],
    fix: [
      'List what teams are waiting on from the two of you.',
      'Give each item a forum and a commit date in the decision log.',
      'Tell the waiting team what they can do meanwhile.',
    ],
  },
};

/** The conversation guide for a statement; every statement has one (tested). */
export function statementGuide(statementId: string): StatementGuide | undefined {
  // Own keys only: an id from a peer or a file may be "constructor" or "__proto__".
  return Object.hasOwn(STATEMENT_GUIDES, statementId) ? STATEMENT_GUIDES[statementId] : undefined;
}

/** The fix ladder for a statement: concrete steps, first to last. */
export function statementFix(statementId: string): readonly string[] {
  return statementGuide(statementId)?.fix ?? [];
}

/** The content version these guides belong to. */
export const GUIDE_CONTENT_VERSION = FRAMEWORK.contentVersion;
