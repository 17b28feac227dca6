// The hand-written parseSealedPayload before valibot, kept only as a reference: the test checks
// the valibot version reports exactly the same "where: what" lines.
import type { SealedPayload } from '../../../../../shared/reveal/types';
import { Problems, checkIsoDate, checkObject, checkOneOf, checkText, child } from './fields';
import { MAX_LABEL, MAX_NAME } from '../../../../../shared/schema/limits';
import { fail, ok, type Result } from '../../../../../shared/schema/result';
import { ROLES, checkAnswers, checkFrameworkVersion, checkWarnings } from './round';

/** Validates a sealed payload received in a file or from a peer; `path` prefixes every error. */
export function legacyParseSealedPayload(input: unknown, path = 'payload'): Result<SealedPayload> {
  const p = new Problems();
  const o = checkObject(p, path, input);
  if (!o) return fail(...p.errors);
  const at = (key: string) => child(path, key);

  const role = checkOneOf(p, at('role'), o.role, ROLES);
  const personName = checkText(p, at('personName'), o.personName, { max: MAX_NAME });
  const roundLabel = checkText(p, at('roundLabel'), o.roundLabel, { max: MAX_LABEL });
  const framework = checkFrameworkVersion(p, at('frameworkVersion'), o.frameworkVersion);
  const sealedAt = checkIsoDate(p, at('sealedAt'), o.sealedAt);
  const answers = framework ? checkAnswers(p, at('answers'), o.answers, framework) : {};
  const warnings = framework ? checkWarnings(p, at('warnings'), o.warnings, framework) : {};

  if (!p.ok) return fail(...p.errors);
  return ok({
    role: role!,
    personName: personName!,
    roundLabel: roundLabel!,
    frameworkVersion: framework!.version,
    answers,
    warnings,
    sealedAt: sealedAt!,
  });
}
