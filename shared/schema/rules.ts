import * as v from 'valibot';
import { isIsoDateTime } from './iso-date-time';
import { expected } from './valibot-issues';

/*
 * The few schema shapes every boundary shares, each with its "what" message.
 * valibot's object() and record() leave three gaps for untrusted files, closed here:
 * object() also takes lists, a missing member gets the object's message instead of
 * the member's own, and record() skips `__proto__`/`constructor`/`prototype` keys
 * silently where a hostile file should be told.
 */

export type Issue = { input: unknown; path?: readonly { key: unknown }[] };
export type Message = (issue: Issue) => string;

/**
 * A plain JSON object. Its prototype must be Object's (or none): Yjs decodes a peer's value
 * with `obj[key] = …`, so an own key "__proto__" arrives as the object's prototype — members
 * a schema would read (`key in input`) but that hashing and JSON never see.
 */
export const isRecord = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const notEmpty = v.check((s: string) => s.trim() !== '', 'must not be empty');
const atMost = (max: number) => v.maxLength<string, number, (issue: { input: string }) => string>(max, (issue) => `expected at most ${max} characters, got ${issue.input.length}`);
/** In unicode mode a surrogate range matches only an unpaired half: emoji and other pairs pass. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/*
 * A lone surrogate ("\ud800" in a file's JSON) is valid JSON but not text: canonical JSON
 * (RFC 8785) refuses it, so a round holding one could never be sealed, compared or exported.
 */
const wellFormed = v.check(
  (s: string) => !LONE_SURROGATE.test(s),
  (issue) => `expected text, got a broken character (a lone UTF-16 surrogate at character ${(issue.input as string).search(LONE_SURROGATE) + 1})`,
);

/** Text of at most `max` characters; blank is refused unless `allowEmpty`. */
export function text(max: number, allowEmpty = false): v.GenericSchema<string> {
  return allowEmpty ? v.pipe(v.string(expected('text')), atMost(max), wellFormed) : v.pipe(v.string(expected('text')), notEmpty, atMost(max), wellFormed);
}

export function oneOf<const T extends readonly (string | number)[]>(options: T) {
  return v.picklist(options, expected(`one of ${options.map((o) => JSON.stringify(o)).join(', ')}`));
}

export const isoDateTime = () =>
  v.custom<string>(isIsoDateTime, expected('an ISO date-time such as 2026-10-05T09:00:00.000Z'));

/** The message a member's schema gives for "nothing", for a member that is missing. */
export function missingMember(entries: v.ObjectEntries, issue: Issue): string | undefined {
  const key = issue.path?.[issue.path.length - 1]?.key;
  if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(entries, key)) return undefined;
  const r = v.safeParse(entries[key], undefined);
  return r.success ? undefined : r.issues[0].message;
}

/** A JSON object (never a list) rebuilt from `entries` only: unknown members are dropped. */
export function record<const E extends v.ObjectEntries>(entries: E, notObject: Message = expected('an object')) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isRecord, notObject),
    v.object(entries, (issue) => missingMember(entries, issue) ?? notObject(issue)),
  );
}

type PathItem = v.ObjectPathItem;

/**
 * An object with free keys (answer ids, setting names): `check` gives each key's value
 * schema, or a message when the key itself is refused. Every own key is seen, including
 * `__proto__`; keys are checked in file order, so problems read top to bottom.
 */
export function keyed<T>(check: (key: string) => v.GenericSchema<unknown, T> | string, notObject: Message = expected('an object')) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isRecord, notObject),
    v.rawTransform(({ dataset, config, addIssue, NEVER }) => {
      const input = dataset.value;
      const out: Record<string, T> = {};
      for (const [key, value] of Object.entries(input)) {
        const at: PathItem = { type: 'object', origin: 'value', input, key, value };
        const schema = check(key);
        if (typeof schema === 'string') {
          addIssue({ message: schema, input: value, path: [at] });
          continue;
        }
        const r = v.safeParse(schema, value, { abortEarly: config.abortEarly, abortPipeEarly: config.abortPipeEarly });
        if (r.success) out[key] = r.output;
        else for (const issue of r.issues) addIssue({ message: issue.message, input: issue.input, path: [at, ...(issue.path ?? [])] });
      }
      return dataset.issues ? NEVER : out;
    }),
  );
}
