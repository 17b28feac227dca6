import { create } from 'zustand';
import type { Role } from '../../shared/assessment/types';
import { payloadFromRound } from '../../shared/reveal/payload';
import { buildSealedFile, parseSealedFile, serializeSealedFile } from '../../shared/reveal/sealed-file';
import type { SealedPayload } from '../../shared/reveal/types';
import { MAX_FILE_BYTES } from '../../shared/schema/limits';
import { buildComparison, type Comparison } from '../../shared/session/comparison';
import { platform } from '../platform';
import { randomHex, sha256Hex } from '../platform/digest';
import { services } from './services';
import { keepPartnerRound } from './partner-rounds';

/**
 * No network at all: each leader exports their sealed round to a file (USB stick,
 * AirDrop) and the other imports it. The file carries its commitment, so any edit
 * after sealing is detected on import.
 */
interface FileExchangeState {
  partner?: SealedPayload;
  comparison?: Comparison;
  error?: string;
  exportRound(roundId: string): Promise<void>;
  importFile(file: { name: string; size: number; text(): Promise<string> }, myRoundId: string): Promise<boolean>;
  clear(): void;
}

const ROLE_NAME: Record<Role, string> = { ceo: 'CEO', cto: 'CTO' };

export function sealedFileName(payload: SealedPayload): string {
  const who = payload.personName.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'leader';
  return `accord-sealed-${payload.role}-${who}.json`;
}

export const useFileExchangeStore = create<FileExchangeState>((set) => ({
  async exportRound(roundId) {
    const round = await services().rounds.get(roundId);
    if (!round?.sealedAt) return set({ error: 'Only a sealed round can be exported.' });
    const payload = payloadFromRound(round);
    const file = await buildSealedFile(payload, randomHex(32), sha256Hex);
    await platform.saveFile(sealedFileName(payload), 'application/json', serializeSealedFile(file));
  },
  async importFile(file, myRoundId) {
    set({ error: undefined });
    const fail = (error: string) => {
      set({ error: `Could not import “${file.name.slice(0, 80)}”: ${error}` });
      return false;
    };
    // Check the size before reading, so a huge file is never loaded into memory.
    if (file.size > MAX_FILE_BYTES) return fail(`the file is ${Math.round(file.size / 1024)} KB; a sealed round is at most ${MAX_FILE_BYTES / 1000} KB.`);
    const mine = await services().rounds.get(myRoundId);
    if (!mine) return fail('choose your own round first.');
    if (!mine.sealedAt) return fail('seal your own round first — then you can open your partner’s answers.');
    const parsed = await parseSealedFile(await file.text(), sha256Hex);
    if (!parsed.ok) return fail(parsed.errors.slice(0, 3).join('; '));
    const partner = parsed.value.payload;
    if (partner.role === mine.role) return fail(`this is a ${ROLE_NAME[partner.role]} round, like yours; import your partner’s ${ROLE_NAME[mine.role === 'ceo' ? 'cto' : 'ceo']} round.`);
    const me = payloadFromRound(mine);
    const [ceo, cto] = me.role === 'ceo' ? [me, partner] : [partner, me];
    set({ partner, comparison: buildComparison(ceo, cto) });
    await keepPartnerRound(partner, parsed.value.commitment, 'file', mine.companyName);
    return true;
  },
  clear: () => set({ partner: undefined, comparison: undefined, error: undefined }),
}));
