import type { BaseIssue } from 'valibot';
import { child } from './fields';
import { describeValue } from './result';

/*
 * valibot at Accord's boundaries: every issue becomes one "where: what" line, the
 * where built from the issue's path in the same notation as the hand-written
 * validators (`payload.answers["db-1"].value`), the what from the schema's message.
 */

export function issueLines(issues: readonly BaseIssue<unknown>[], base: string): string[] {
  return issues.map((issue) => {
    let where = base;
    for (const item of issue.path ?? []) where = child(where, item.key as string | number);
    return `${where || 'value'}: ${issue.message}`;
  });
}

/** Message builder: `expected <what>, got <value>` with the value described safely. */
export const expected =
  (what: string) =>
  (issue: { input: unknown }): string =>
    `expected ${what}, got ${describeValue(issue.input)}`;
