import type { AnswerValue, Frequency, Likert, Role, RoundKind } from '../assessment/types';

/** Display labels for answers, roles and rounds; kept apart from content so the UI can reuse them. */

export const LIKERT_LABELS: Readonly<Record<Likert, string>> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
};

export const DONT_KNOW_LABEL = "Don't know";

/** Answer choices in the order the UI should offer them. */
export const ANSWER_OPTIONS: readonly AnswerValue[] = [1, 2, 3, 4, 5, 'dont-know'];

export function answerLabel(value: AnswerValue | null): string {
  if (value === null) return 'Not answered';
  if (value === 'dont-know') return DONT_KNOW_LABEL;
  return LIKERT_LABELS[value];
}

export const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = {
  never: 'Never',
  sometimes: 'Sometimes',
  often: 'Often',
};

export const FREQUENCY_OPTIONS: readonly Frequency[] = ['never', 'sometimes', 'often'];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ceo: 'CEO',
  cto: 'CTO',
};

export const ROUND_KIND_LABELS: Readonly<Record<RoundKind, string>> = {
  'quarterly-reset': 'Quarterly reset',
  repair: '30-day repair',
};

/** "5 · Strongly agree", or "Don't know": an answer on a badge. */
export function answerBadge(value: AnswerValue | null): string {
  if (value === null || value === 'dont-know') return answerLabel(value);
  return `${value} · ${LIKERT_LABELS[value]}`;
}

export const WARNING_DONT_KNOW_LABEL = "Don't know";

/** A warning-sign answer in words; null → an em dash. */
export function warningLabel(value: Frequency | 'dont-know' | null | undefined): string {
  if (!value) return '—';
  return value === 'dont-know' ? WARNING_DONT_KNOW_LABEL : FREQUENCY_LABELS[value];
}
