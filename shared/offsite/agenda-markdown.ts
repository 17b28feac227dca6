import { schedule, totalMinutes, type AgendaBlock } from './agenda';
// Block titles (the shared agenda) and the title (the partner's name in it) are the partner's to write.
import { mdLine } from '../workspace/markdown-table';

/** "09:30" for a start time plus minutes (wall clock, no time zone games). */
export function clockAfter(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const t = ((h * 60 + m + minutes) % 1440 + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** The agenda as Markdown: one line per block with its start time and length. */
export function agendaMarkdown(blocks: readonly AgendaBlock[], opts: { title: string; date: string; start: string }): string {
  const lines = [`# ${mdLine(opts.title)}`, '', `${opts.date}, ${opts.start}–${clockAfter(opts.start, totalMinutes(blocks))} (${totalMinutes(blocks)} minutes)`, ''];
  for (const { block, startsAfter } of schedule(blocks)) lines.push(`- **${clockAfter(opts.start, startsAfter)}** ${mdLine(block.title)} — ${block.minutes} min`);
  return `${lines.join('\n')}\n`;
}
