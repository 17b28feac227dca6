import type { AccordDatabase } from '../../../../renderer/data/db';

/** Every stored row, in a fixed order, as text: two dumps are equal exactly when nothing changed. */
export async function dump(db: AccordDatabase): Promise<string> {
  return JSON.stringify({
    rounds: await db.rounds.orderBy('id').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
    docs: (await db.docs.orderBy('id').toArray()).map((d) => ({ ...d, update: Array.from(d.update) })),
  });
}
