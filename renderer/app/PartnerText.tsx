import { withoutBidiOverrides } from '../../shared/workspace/bidi';

/**
 * Text the partner chose (a name, a round label, a key they sent) inside one of our sentences.
 * A bidi override in it would turn the rest of the sentence around ("Blake (CTO) sealed …"
 * reading backwards), so overrides and unclosed isolates are dropped (shared/workspace/bidi.ts)
 * and the text sits in its own <bdi>: a right-to-left name cannot pull our punctuation or
 * numbers into its direction either.
 */
export function PartnerText({ text }: { text: string | undefined }) {
  return <bdi>{withoutBidiOverrides(text ?? '')}</bdi>;
}

/** The same for a plain string (an aria-label, a title, a sentence built as text). */
export const plainPartnerText = (text: string | undefined): string => withoutBidiOverrides(text ?? '');
