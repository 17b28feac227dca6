import { allStatements, frameworkByVersion } from '../framework/content';
import { isRecord } from '../schema/rules';

/**
 * A partner's reveal with more answers or warning signs than its framework has, named in one
 * line before the payload's schema walks it. The schema reports every unknown key, one issue
 * each: a reveal of ~15,000 made-up answer ids (well inside the entry's byte limit) took
 * ~100 ms per projection, and the partner can make this laptop project again ~60 times a
 * second by rewriting its presence — the page would never get a frame. An honest reveal never
 * has more keys than the framework, so nothing it holds is refused here.
 */
export function overfullReveal(payload: unknown, where: string): string | undefined {
  if (!isRecord(payload) || typeof payload.frameworkVersion !== 'number') return undefined;
  const framework = frameworkByVersion(payload.frameworkVersion);
  // An unknown framework: the schema says so without walking the answers.
  if (!framework) return undefined;
  const members = [
    ['answers', allStatements(framework).length, 'statements'],
    ['warnings', framework.warningSigns.length, 'warning signs'],
  ] as const;
  for (const [member, most, what] of members) {
    const value = payload[member];
    if (!isRecord(value)) continue;
    const count = Object.keys(value).length;
    if (count > most) return `${where}.${member}: ${count} entries, more than the diagnostic's ${most} ${what}, ignored`;
  }
  return undefined;
}
