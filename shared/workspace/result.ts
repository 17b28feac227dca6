/**
 * Validation result shared by the workspace parsers. Kept local until a common
 * shared/schema/result.ts exists; the shape is the agreed contract.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(errors: string[]): Result<T> => ({ ok: false, errors });
