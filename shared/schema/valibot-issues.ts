import * as v from 'valibot';
import { describeValue, fail, ok, type Result } from './result';
import { shownExcerpt } from '../workspace/bidi';

/*
 * valibot at Accord's boundaries: every issue becomes one "where: what" line, the
 * where built from the issue's path (`payload.answers["db-1"].value`), the what from
 * the schema's message. (`import * as v` is tree-shaken like named imports: only the
 * functions used reach the bundle.)
 */

/** Path of a child key: `answers["db-1"].value`, `label`. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  // Keys come from untrusted input: cap what the message echoes, with no bidi override (bidi.ts).
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) && key.length <= 40) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(shownExcerpt(key, 40))}]`;
}

/** Where an issue happened, under `base`. */
export function issueWhere(issue: v.BaseIssue<unknown>, base: string, root = base || 'value'): string {
  let where = base;
  for (const item of issue.path ?? []) where = child(where, item.key as string | number);
  return where || root;
}

/** One "where: what" line per issue; `root` names the whole input when its members have no prefix. */
export function issueLines(issues: readonly v.BaseIssue<unknown>[], base: string, root?: string): string[] {
  return issues.map((issue) => `${issueWhere(issue, base, root)}: ${issue.message}`);
}

/** Message builder: `expected <what>, got <value>` with the value described safely. */
export const expected =
  (what: string) =>
  (issue: { input: unknown }): string =>
    `expected ${what}, got ${describeValue(issue.input)}`;

/**
 * Runs a schema on untrusted input: the output, or every problem as "where: what".
 * Each field stops at its first problem (a blank, over-long name is "must not be empty").
 */
export function parseWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown, base: string, root?: string): Result<T> {
  const r = v.safeParse(schema, input, { abortPipeEarly: true });
  return r.success ? ok(r.output) : fail(...issueLines(r.issues, base, root));
}
