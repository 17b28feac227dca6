import * as v from 'valibot';
import type { Message } from './rules';

/* Its own module so that lists, read only by lazy pages (backup, workspace), stay out of the start-up chunk. */

export interface ListRules<T> {
  /** Message when the value is not a list. */
  notList: Message;
  /** At most this many items; `tooMany` says so. */
  max?: number;
  tooMany?: (count: number) => string;
  /** Also read the items of an over-long list (to report everything in one pass). */
  readPastMax?: boolean;
  /** Items are keyed by id later: a second item with the same id is refused at `[i].id`. */
  id?: (item: T) => string;
  duplicate?: (first: number, id: string) => string;
}

/** A list of items, each checked by `item`; problems at `[i]…`, in file order. */
export function list<T>(item: v.GenericSchema<unknown, T>, rules: ListRules<T>) {
  return v.pipe(
    v.custom<unknown[]>(Array.isArray, rules.notList),
    v.rawTransform(({ dataset, config, addIssue, NEVER }) => {
      const input = dataset.value;
      if (rules.max !== undefined && input.length > rules.max) {
        addIssue({ message: rules.tooMany?.(input.length) ?? `expected at most ${rules.max} items, got ${input.length}` });
        if (!rules.readPastMax) return NEVER;
      }
      const out: T[] = [];
      const seen = new Map<string, number>();
      input.forEach((value, key) => {
        const at: v.ArrayPathItem = { type: 'array', origin: 'value', input, key, value };
        const r = v.safeParse(item, value, { abortEarly: config.abortEarly, abortPipeEarly: config.abortPipeEarly });
        if (!r.success) {
          for (const issue of r.issues) addIssue({ message: issue.message, input: issue.input, path: [at, ...(issue.path ?? [])] });
          return;
        }
        if (rules.id) {
          const id = rules.id(r.output);
          const first = seen.get(id);
          if (first !== undefined) {
            const idAt: v.ObjectPathItem = { type: 'object', origin: 'value', input: value as Record<string, unknown>, key: 'id', value: id };
            addIssue({ message: rules.duplicate?.(first, id) ?? `same id as item ${first}`, input: id, path: [at, idAt] });
            return;
          }
          seen.set(id, key);
        }
        out.push(r.output);
      });
      return dataset.issues ? NEVER : out;
    }),
  );
}
