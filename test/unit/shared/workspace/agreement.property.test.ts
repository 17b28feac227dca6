// Properties of "agreed by both": the board reads it, and the partner writes the shared record.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  agreementContents,
  agreementState,
  contentHash,
  rowKey,
  sharedKey,
  type AgreementRole,
  type Confirmation,
  type LocalConfirmations,
  type SharedConfirmations,
} from '../../../../shared/workspace/agreement';
import { defaultWorkspace } from '../../../../shared/framework/workspace-defaults';
import { today } from '../plan/fixtures';

const KEY = 'matrix';
const ROLES: AgreementRole[] = ['ceo', 'cto'];
const content = fc.jsonValue();
/** A hash that is the content's, another content's, or missing. */
const hashChoice = fc.constantFrom('current', 'other', 'none');
const role = fc.constantFrom<AgreementRole>('ceo', 'cto');
const otherHash = (h: string) => (h === '0'.repeat(32) ? '1'.repeat(32) : '0'.repeat(32));

const conf = (r: AgreementRole, hash: string, filedAs: AgreementRole = r): Confirmation => ({
  role: filedAs,
  name: r === 'ceo' ? 'Dana' : 'Sam',
  hash,
  at: '2026-03-02T10:00:00.000Z',
  mode: 'live',
});

describe('agreementState (property)', () => {
  it('is agreed exactly when one role is backed by this laptop and each role holds the current hash (mine only from my record)', () => {
    fc.assert(
      fc.property(
        content,
        fc.record({ ceo: hashChoice, cto: hashChoice }),
        fc.record({ ceo: hashChoice, cto: hashChoice }),
        fc.option(role, { nil: undefined }),
        fc.boolean(),
        (value, sharedPick, localPick, me, misfiled) => {
          const h = contentHash(value);
          const pick = (p: string) => (p === 'current' ? h : p === 'other' ? otherHash(h) : undefined);
          const shared: Record<string, Confirmation> = {};
          const local: Partial<Record<AgreementRole, string>> = {};
          for (const r of ROLES) {
            const s = pick(sharedPick[r]);
            // A misfiled entry: the CTO's key holding an entry that says "ceo" never speaks for the CTO.
            if (s) shared[sharedKey(KEY, r)] = conf(r, s, misfiled && r === 'cto' ? 'ceo' : r);
            const l = pick(localPick[r]);
            if (l) local[r] = l;
          }
          const s = agreementState(KEY, value, undefined, { shared, local: { [KEY]: local }, me });
          const fromShared = (r: AgreementRole) => r !== me && shared[sharedKey(KEY, r)]?.role === r && shared[sharedKey(KEY, r)]?.hash === h;
          const expected = ROLES.some((r) => local[r] === h) && ROLES.every((r) => local[r] === h || fromShared(r));
          expect(s.kind === 'agreed').toBe(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is never agreed when the two shared confirmations differ or one is missing and this laptop only mirrors the shared record', () => {
    fc.assert(
      fc.property(content, hashChoice, hashChoice, role, (value, ceoPick, ctoPick, me) => {
        fc.pre(!(ceoPick === 'current' && ctoPick === 'current'));
        const h = contentHash(value);
        const pick = (p: string) => (p === 'current' ? h : p === 'other' ? otherHash(h) : undefined);
        const hashes = { ceo: pick(ceoPick), cto: pick(ctoPick) };
        const shared: SharedConfirmations = Object.fromEntries(ROLES.flatMap((r) => (hashes[r] ? [[sharedKey(KEY, r), conf(r, hashes[r]!)]] : [])));
        // This laptop confirmed only its own role, with what the shared record says it confirmed.
        const local: LocalConfirmations = hashes[me] ? { [KEY]: { [me]: hashes[me] } } : {};
        expect(agreementState(KEY, value, undefined, { shared, local, me }).kind).not.toBe('agreed');
      }),
      { numRuns: 300 },
    );
  });

  it('an agreement on one content is not one on another: a change of content ends it', () => {
    fc.assert(
      fc.property(content, content, (a, b) => {
        fc.pre(contentHash(a) !== contentHash(b));
        const h = contentHash(a);
        const input = { shared: { [sharedKey(KEY, 'ceo')]: conf('ceo', h), [sharedKey(KEY, 'cto')]: conf('cto', h) }, local: { [KEY]: { ceo: h } }, me: 'ceo' as const };
        expect(agreementState(KEY, a, undefined, input).kind).toBe('agreed');
        expect(agreementState(KEY, b, undefined, input).kind).not.toBe('agreed');
      }),
      { numRuns: 200 },
    );
  });
});

describe('contentHash (property)', () => {
  it('ignores key order and keys whose value is undefined', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (o, extra) => {
        fc.pre(!(extra in o));
        const reversed = Object.fromEntries(Object.entries(o).reverse());
        expect(contentHash(reversed)).toBe(contentHash(o));
        expect(contentHash({ ...o, [extra]: undefined })).toBe(contentHash(o));
      }),
      { numRuns: 200 },
    );
  });

  it('a metric is agreed on its definition: its monthly values and any undeclared field do not change the hash', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ month: fc.constantFrom('2026-01', '2026-02'), value: fc.double({ noNaN: true }) }), { maxLength: 4 }),
        fc.string(),
        fc.jsonValue(),
        (values, field, junk) => {
          const ws = defaultWorkspace(today);
          const m = ws.metrics[0];
          const before = agreementContents(ws);
          const changed = { ...ws, metrics: [{ ...m, values, [`x-${field}`]: junk }, ...ws.metrics.slice(1)] };
          const after = agreementContents(changed);
          expect(contentHash(after[rowKey('metrics', m.id)])).toBe(contentHash(before[rowKey('metrics', m.id)]));
          expect(contentHash(after.metrics)).toBe(contentHash(before.metrics));
        },
      ),
      { numRuns: 100 },
    );
  });
});
