import { useAssessStore } from '../stores/assess-store';

/** Always tells the truth about autosave: saving, saved, or what went wrong. */
export function SaveIndicator() {
  const save = useAssessStore((s) => s.save);
  const error = useAssessStore((s) => s.saveError);
  const sealed = useAssessStore((s) => Boolean(s.round?.sealedAt));
  const text = sealed ? 'Sealed' : save === 'saving' ? 'Saving…' : save === 'saved' ? 'All changes saved' : `Not saved: ${error ?? 'unknown error'}`;
  return (
    <span className={`save-indicator save-${sealed ? 'sealed' : save}`} role="status" aria-live="polite" data-testid="save-indicator">
      {text}
    </span>
  );
}
