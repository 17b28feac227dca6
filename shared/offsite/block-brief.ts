/**
 * What the facilitator view shows for one agenda block, worked out from the two
 * sealed rounds: for a gap, the statement's why and opening questions (the
 * conversation guide), both scores, the warning signs behind it that the two see
 * differently, and the notes each leader ticked "Put this note in the repair plan"
 * (the only notes an author chose to share; the rest stay out of the room's screen).
 */
import type { AnswerValue, Round } from '../assessment/types';
import { statementById, FRAMEWORK } from '../framework/content';
import { statementGuide } from '../framework/conversation';
import { planNotes } from '../plan/appendices';
import { STATEMENT_ARTIFACT } from '../plan/statement-fixes';
import { ARTIFACT_TITLES, type ArtifactAgreementKey } from '../workspace/agreement';
import type { PlanNote } from '../plan/types';
import { warningDisagreements, type AgendaBlock, type WarningDisagreement } from './agenda';

export interface BlockBrief {
  /** One sentence that tells the pair what this block is for. */
  prompt: string;
  statement?: { id: string; text: string; short: string };
  why?: string;
  source?: string;
  questions: readonly string[];
  scores?: { ceo: AnswerValue | null; cto: AnswerValue | null };
  warnings: WarningDisagreement[];
  notes: PlanNote[];
  /** For the artifacts block: each artifact the gaps point to, with the gaps it repairs. */
  artifacts: { title: string; gaps: string[] }[];
}

const PROMPTS: Record<AgendaBlock['kind'], string> = {
  'warm-up': 'Each of you says, in a sentence, what surprised you in the comparison — no answers yet, just the picture.',
  gap: 'Say what each of you saw when you scored this, then agree what you will change.',
  'warning-signs': 'For each sign: when did each of you last see it, and what would tell you it has stopped?',
  artifacts: 'Agree the artifacts these gaps point to; a template is only a template until you both agree it.',
  owners: 'Name one owner and a date for every action in the first two weeks.',
  close: 'Read back what you agreed and what is parked, and set the day-30 re-score.',
};

export function blockBrief(block: AgendaBlock, ceo: Round, cto: Round, blocks: readonly AgendaBlock[] = []): BlockBrief {
  const brief: BlockBrief = { prompt: PROMPTS[block.kind], questions: [], warnings: [], notes: [], artifacts: [] };
  const shared = planNotes(ceo, cto);
  const gapIds = blocks.filter((b) => b.kind === 'gap' && b.statementId).map((b) => b.statementId!);
  switch (block.kind) {
    case 'gap': {
      const id = block.statementId ?? '';
      const s = statementById(id);
      const guide = statementGuide(id);
      if (s) brief.statement = { id, text: s.text, short: s.short };
      if (guide) Object.assign(brief, { why: guide.why, source: guide.source, questions: guide.questions });
      brief.scores = { ceo: ceo.answers[id]?.value ?? null, cto: cto.answers[id]?.value ?? null };
      const tied = new Set(FRAMEWORK.warningSigns.filter((w) => w.statementIds.includes(id)).map((w) => w.id));
      brief.warnings = warningDisagreements(ceo.warnings, cto.warnings).filter((w) => tied.has(w.warningId));
      brief.notes = shared.filter((n) => n.statementId === id);
      break;
    }
    case 'warning-signs':
      brief.warnings = warningDisagreements(ceo.warnings, cto.warnings);
      break;
    case 'warm-up':
      // Shared notes on statements no gap block covers: the overall picture.
      brief.notes = shared.filter((n) => !gapIds.includes(n.statementId));
      break;
    case 'artifacts': {
      const byArtifact = new Map<string, string[]>();
      for (const id of gapIds) {
        const key = Object.hasOwn(STATEMENT_ARTIFACT, id) ? STATEMENT_ARTIFACT[id] : undefined;
        if (!key) continue;
        const title = key === 'log' ? 'Decision log' : ARTIFACT_TITLES[key as ArtifactAgreementKey];
        byArtifact.set(title, [...(byArtifact.get(title) ?? []), statementById(id)?.short ?? id]);
      }
      brief.artifacts = [...byArtifact].map(([title, gaps]) => ({ title, gaps }));
      break;
    }
    default:
      break;
  }
  return brief;
}
