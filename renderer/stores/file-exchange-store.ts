import { create } from 'zustand';
import type { Role } from '../../shared/assessment/types';
import { payloadFromRound } from '../../shared/reveal/payload';
import { buildSealedFile, commitmentFingerprint, parseSealedFile, serializeSealedFile } from '../../shared/reveal/sealed-file';
import type { SealedPayload } from '../../shared/reveal/types';
import { checkFileRound, type FileRoundCheck } from '../../shared/reveal/file-round';
import { MAX_FILE_BYTES } from '../../shared/schema/limits';
import { compareWithPartner, type Comparison } from '../../shared/session/comparison';
import { platform } from '../platform';
import { randomHex, sha256Hex } from '../platform/digest';
import { services } from './services';
import { keepPartnerRound } from './partner-rounds';
import { storageErrorText } from '../data/storage-error';
import { privacyOf, privateRoundRefusal, privateRoundsNow, useLocalPairStore } from './local-pair-store';
import { shownExcerpt } from '../../shared/workspace/bidi';

/**
 * No network at all: each leader exports their sealed round to a file (USB stick,
 * AirDrop) and the other imports it. The file carries its commitment, so any edit
 * after sealing that keeps the commitment is detected on import; an edit with the
 * hash recomputed is a new commitment, which the fingerprint check catches: the
 * exporter reads the fingerprint out over another channel, the importer confirms
 * it before the comparison opens.
 */
export interface ExportedFile {
  roundId: string;
  fileName: string;
  fingerprint: string;
}

export interface PendingImport {
  fileName: string;
  partner: SealedPayload;
  commitment: string;
  fingerprint: string;
  myRoundId: string;
  /** This laptop's round label, shown beside the file's when they differ. */
  myRoundLabel: string;
  /** Whether the file looks like another round (another label, sealed far apart): said before opening. */
  roundCheck: FileRoundCheck;
}

interface FileExchangeState {
  partner?: SealedPayload;
  comparison?: Comparison;
  /** This laptop's round the open comparison was made with. */
  comparedRoundId?: string;
  error?: string;
  /** Another round sat where the partner's checked round is kept (keepPartnerRound's notice). */
  notice?: string;
  /** The last file exported, with the fingerprint to read out to the partner. */
  exported?: ExportedFile;
  exportError?: string;
  /** A file that passed every check and waits for its fingerprint to be confirmed. */
  pending?: PendingImport;
  exportRound(roundId: string): Promise<void>;
  importFile(file: { name: string; size: number; text(): Promise<string> }, myRoundId: string): Promise<boolean>;
  /** The partner confirmed the fingerprint: open the comparison and keep their round. */
  confirmImport(): Promise<boolean>;
  rejectImport(): void;
  clear(): void;
}

const ROLE_NAME: Record<Role, string> = { ceo: 'CEO', cto: 'CTO' };

export function sealedFileName(payload: SealedPayload): string {
  const who = payload.personName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'leader';
  return `accord-sealed-${payload.role}-${who}.json`;
}

export const useFileExchangeStore = create<FileExchangeState>((set, get) => ({
  async exportRound(roundId) {
    set({ exportError: undefined, exported: undefined });
    const round = await services().rounds.get(roundId);
    if (!round?.sealedAt) return set({ exportError: 'Only a sealed round can be exported.' });
    // Taking turns: a private round never leaves in a file while it is locked.
    const privateNow = await privateRoundsNow();
    if (privateNow.locked.includes(roundId)) return set({ exportError: 'This round is locked — its owner can unlock it to export it.' });
    if (privateNow.hidden.includes(roundId)) return set({ exportError: 'This round stays private until both of you have sealed.' });
    const payload = payloadFromRound(round);
    const file = await buildSealedFile(payload, randomHex(32), sha256Hex);
    const fileName = sealedFileName(payload);
    const saved = await platform.saveFile(fileName, 'application/json', serializeSealedFile(file));
    if (!saved.saved) return;
    set({ exported: { roundId, fileName: saved.path ?? fileName, fingerprint: commitmentFingerprint(file.commitment) } });
  },
  async importFile(file, myRoundId) {
    set({ error: undefined, pending: undefined });
    // The name is the sender's: shown short and with no bidi override, it cannot turn the message around.
    const fileName = shownExcerpt(file.name, 80);
    const fail = (error: string) => {
      set({ error: `Could not import “${fileName}”: ${error}` });
      return false;
    };
    // Check the size before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_FILE_BYTES) return fail(`the file is ${Math.round(file.size / 1024)} KB; a sealed round is at most ${MAX_FILE_BYTES / 1000} KB.`);
    const mine = await services().rounds.get(myRoundId);
    if (!mine) return fail('choose your own round first.');
    if (!mine.sealedAt) return fail('seal your own round first — then you can open your partner’s answers.');
    // Taking turns: a private round is never compared (its answers would be on screen).
    const refused = await privateRoundRefusal(myRoundId);
    if (refused) return fail(`your round cannot be compared now. ${refused}`);
    // A read can fail (the file moved, a USB stick pulled): said here, since a throw leaves the file input disabled.
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return fail(`the file could not be read (${e instanceof Error ? e.message : String(e)}). Choose it again.`);
    }
    const parsed = await parseSealedFile(text, sha256Hex);
    if (!parsed.ok) return fail(parsed.errors.slice(0, 3).join('; '));
    const partner = parsed.value.payload;
    if (partner.role === mine.role) return fail(`this is a ${ROLE_NAME[partner.role]} round, like yours; import your partner’s ${ROLE_NAME[mine.role === 'ceo' ? 'cto' : 'ceo']} round.`);
    set({
      pending: {
        fileName,
        partner,
        commitment: parsed.value.commitment,
        fingerprint: commitmentFingerprint(parsed.value.commitment),
        myRoundId,
        myRoundLabel: mine.label,
        roundCheck: checkFileRound({ label: mine.label, sealedAt: mine.sealedAt }, partner),
      },
    });
    return true;
  },
  async confirmImport() {
    const pending = get().pending;
    if (!pending) return false;
    const mine = await services().rounds.get(pending.myRoundId);
    if (!mine?.sealedAt) {
      set({ pending: undefined, error: 'Your own round is no longer sealed here; nothing was opened.' });
      return false;
    }
    const refused = await privateRoundRefusal(pending.myRoundId);
    if (refused) {
      set({ pending: undefined, error: `Nothing was opened. ${refused}` });
      return false;
    }
    // Kept first: a comparison opened on a round that was never stored would leave History and
    // the plan without it, with nothing said. The file stays pending, so confirming again retries.
    let notice: string | undefined;
    try {
      notice = await keepPartnerRound(pending.partner, pending.commitment, 'file', mine);
    } catch (err) {
      const why = storageErrorText(err);
      set({
        error: `Not opened: your partner’s round could not be kept on this laptop (${why}), and History and the repair plan need it. ${why === 'the disk is full' ? 'Free some disk space, then confirm again.' : 'Confirm again to retry.'}`,
      });
      return false;
    }
    set({ pending: undefined, error: undefined, notice, partner: pending.partner, comparison: compareWithPartner(payloadFromRound(mine), pending.partner), comparedRoundId: pending.myRoundId });
    return true;
  },
  rejectImport() {
    const pending = get().pending;
    set({
      pending: undefined,
      error: pending
        ? `Not opened: the fingerprint of “${pending.fileName}” did not match what your partner read to you. This file is not the one they sealed — ask them for a new file and its fingerprint.`
        : undefined,
    });
  },
  clear: () => set({ partner: undefined, comparison: undefined, comparedRoundId: undefined, error: undefined, notice: undefined, pending: undefined }),
}));

// Taking turns: a comparison opened with a round that has since become private (locked and
// handed over, or sealed) closes, so the next person at the keyboard finds nothing of it.
useLocalPairStore.subscribe((pair) => {
  const id = useFileExchangeStore.getState().comparedRoundId;
  if (id && id !== pair.justSealed && privacyOf(id, pair) !== 'open') useFileExchangeStore.getState().clear();
});
