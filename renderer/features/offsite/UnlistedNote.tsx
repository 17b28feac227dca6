import { unlistedText } from '../../../shared/offsite/listed';

/** "Listing 200 of 50,000 here: …" under a capped list (listed.ts); nothing when all are listed. */
export function UnlistedNote({ shown, unlisted, testId, className = 'muted small' }: { shown: number; unlisted: number; testId: string; className?: string }) {
  return unlisted > 0 ? (
    <p className={className} data-testid={testId}>
      {unlistedText(shown, unlisted)}
    </p>
  ) : null;
}
