// @vitest-environment jsdom
// jsdom: the Compare page renders into a real document; fake-indexeddb for the stores.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DexieDocStore } from '../../../../../renderer/data/doc-store';
import { payloadFromRound } from '../../../../../shared/reveal/payload';
import type { Round } from '../../../../../shared/assessment/types';
import { renderComparePage } from './render-compare-page';
import { asJson, closeLiveComparisons, liveComparison, mine, ourCommitmentTo, ourReveal, partner, partnerCommitment, partnerSealsAndReveals } from '../../stores/live-comparison';

/*
 * Our answers leave only once the partner's commitment is on this laptop's disk (a crash just
 * after our reveal must not leave this laptop with nothing that binds the partner's answers;
 * see stores/partner-commitment-survives-crash). While the disk is full they wait, and the page
 * says what it is doing and that the comparison could not be saved.
 */

afterEach(async () => {
  await closeLiveComparisons();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe("the partner's commitment cannot be saved on this laptop (a full disk)", () => {
  it('our answers wait and the page says why; they leave once it is saved', async () => {
    const app = await liveComparison();
    await app.useAssessStore.getState().seal();
    await vi.waitFor(() => expect(app.useCompareStore.getState().protocol?.phase).toBe('waiting-partner'));
    const sealed = JSON.parse((await app.db.rounds.get(mine.id))!.body) as Round;
    const save = DexieDocStore.prototype.save;
    let full = true;
    vi.spyOn(DexieDocStore.prototype, 'save').mockImplementation(function (this: DexieDocStore, ...args) {
      return full ? Promise.reject(new Error('the disk is full')) : save.apply(this, args);
    });

    partnerSealsAndReveals(app.doc, ourCommitmentTo(sealed));
    await vi.waitFor(() => expect(app.useCompareStore.getState().saveProblems.comparison).toContain('could not be saved'));
    expect(app.useCompareStore.getState().protocol?.phase).toBe('storing-commitments');
    // Our acknowledgement went (it shows nothing); our answers did not, nor is the partner's shown.
    expect(app.doc.getMap('acks').get('ceo')).toBeDefined();
    expect(ourReveal(app.doc)).toBeUndefined();
    expect(app.useCompareStore.getState().comparison).toBeUndefined();
    const page = await renderComparePage();
    expect(page.querySelector('[data-testid="reveal-state"]')?.textContent).toBe(
      `Both sealed — storing ${partner.personName}'s commitment on this laptop before your answers are revealed…`,
    );
    expect(page.textContent).toContain('This comparison could not be saved on this laptop');

    full = false;
    app.useCompareStore.getState().poke();
    await vi.waitFor(() => expect(app.useCompareStore.getState().protocol?.phase).toBe('complete'));
    expect(asJson(ourReveal(app.doc)!.payload)).toEqual(asJson(payloadFromRound(sealed)));
    const row = await app.db.docs.get(app.useCompareStore.getState().meta!.room);
    const onDisk = new Y.Doc();
    Y.applyUpdate(onDisk, row!.update);
    expect((onDisk.getMap('commitments').get('cto') as { commitment: string }).commitment).toBe(partnerCommitment);
  });
});
