import type { Answers, Role, WarningAnswers } from '../assessment/types';

/**
 * Hex SHA-256 of a UTF-8 string, supplied by the caller (Web Crypto in the app,
 * node:crypto in tests) so shared/ stays free of platform APIs.
 */
export type Digest = (text: string) => Promise<string>;

/** The same, answered in the calling task (the live comparison verifies while the message is handled). */
export type SyncDigest = (text: string) => string;

/** What one leader commits to before seeing the other's answers. */
export interface SealedPayload {
  role: Role;
  personName: string;
  roundLabel: string;
  frameworkVersion: number;
  answers: Answers;
  warnings: WarningAnswers;
  sealedAt: string;
}

/** Opening a commitment: the payload plus the secret salt that was hashed with it. */
export interface Reveal {
  payload: SealedPayload;
  salt: string;
}
