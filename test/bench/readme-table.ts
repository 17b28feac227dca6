/**
 * `npm run bench > bench.txt 2>&1; npx tsx test/bench/readme-table.ts bench.txt`:
 * the README's performance table from one bench run (figures, the floor and stock
 * figures beside them, targets from issue 11), so the table is regenerated, not edited.
 */
import fs from 'node:fs';

const text = fs.readFileSync(process.argv[2] ?? 0, 'utf8');
const fig = new Map<string, string>();
for (const m of text.matchAll(/^([a-z0-9_]+) ([\d.]+) (\S+)$/gm)) fig.set(m[1], `${m[2]} ${m[3]}`);
const num = (k: string) => Number.parseFloat(fig.get(k) ?? 'NaN');
const v = (k: string) => fig.get(k) ?? '—';
const mark = (ok: boolean) => (ok ? '✓' : '✗');

const rows: [string, string, string, string][] = [
  ['`initial_js_gzip` / `total_js_gzip` (gzip; what index.html loads / all JS)', `${v('initial_js_gzip')} / ${v('total_js_gzip')}`, '—', `≤ 110 KB ${mark(num('initial_js_gzip') <= 110)}`],
  ['`cold_load_to_interactive_median` (fresh profile → Rounds page)', v('cold_load_to_interactive_median'), `blank page: ${v('blank_page_cold_load_median')}; ratio ${v('cold_load_ratio_to_blank')}; a one-heading React page: ${v('react_page_cold_load_median')} (${v('react_page_ratio_to_blank')} blank)`, `≤ 1.5× blank ${mark(num('cold_load_ratio_to_blank') <= 1.5)}`],
  ['`returning_profile_load_to_interactive_median` (same profile, third visit on: HTTP and V8 code cache warm)', v('returning_profile_load_to_interactive_median'), `blank page, same profile: ${v('blank_page_returning_profile_load_median')}; ratio ${v('returning_profile_ratio_to_blank')}`, '—'],
  ['`first_connection_median` (Join → "Connected to …")', v('first_connection_median'), '—', '—'],
  ['`seal_to_comparison_on_peer_median` (B seals → comparison on A)', v('seal_to_comparison_on_peer_median'), `stock y-webrtc message: ${v('stock_ywebrtc_message_median')}; ratio ${v('seal_to_comparison_ratio_to_stock')}`, `< 50 ms ${mark(num('seal_to_comparison_on_peer_median') < 50)}, ≤ 20× stock ${mark(num('seal_to_comparison_ratio_to_stock') <= 20)}`],
  ['`pdf_export_median` (plan, Chromium print)', `${v('pdf_export_median')} (${v('pdf_pages')})`, '—', `< 600 ms ${mark(num('pdf_export_median') < 600)}`],
];
for (const n of ['10k', '50k']) {
  rows.push([`\`decision_log_${n}_open_median\` / \`_filter_median\``, `${v(`decision_log_${n}_open_median`)} / ${v(`decision_log_${n}_filter_median`)}`, '—', n === '10k' ? `< 100 ms ${mark(num('decision_log_10k_open_median') < 100 && num('decision_log_10k_filter_median') < 100)}` : '—']);
}
for (const n of [8, 40, 200]) rows.push([`\`history_open_${n}_rounds_median\` (History lists every round)`, v(`history_open_${n}_rounds_median`), '—', '—']);
rows.push(['`ydoc_size_8_rounds_and_workspace` / `ydoc_full_sync_median`', `${v('ydoc_size_8_rounds_and_workspace')} / ${v('ydoc_full_sync_median')}`, '—', `< 1 MB / < 300 ms ${mark(num('ydoc_size_8_rounds_and_workspace') < 1024 && num('ydoc_full_sync_median') < 300)}`]);
for (const n of [40, 200]) rows.push([`\`ydoc_size_${n}_rounds_and_workspace\` / \`ydoc_full_sync_${n}_rounds_median\``, `${v(`ydoc_size_${n}_rounds_and_workspace`)} / ${v(`ydoc_full_sync_${n}_rounds_median`)}`, '—', '—']);
for (const n of ['10k', '50k']) rows.push([`\`ydoc_size_${n}_log\` / \`ydoc_full_sync_${n}_log_median\` (apply + project)`, `${v(`ydoc_size_${n}_log`)} / ${v(`ydoc_full_sync_${n}_log_median`)}`, '—', '—']);
rows.push(['`peer_guard_check_10k_log_median` (one remote edit, 10k-entry log)', v('peer_guard_check_10k_log_median'), '—', '—']);
rows.push(['`hostile_flood_victim_frame_p95` / `_max` (victim\'s frames during a 10 s flood of tiny updates)', `${v('hostile_flood_victim_frame_p95')} / ${v('hostile_flood_victim_frame_max')}`, 'one frame at 60 Hz: 16.7 ms', '—']);
rows.push(['`list_cell_edit_1k_names_median` / `list_cell_edit_10k_names_median` (one edit of a list cell the partner filled)', `${v('list_cell_edit_1k_names_median')} / ${v('list_cell_edit_10k_names_median')}`, '—', '—']);
rows.push(['`guard_cost_per_remote_update_1mb_median` / `_p95` (peer guard, 1 MB doc)', `${v('guard_cost_per_remote_update_1mb_median')} / ${v('guard_cost_per_remote_update_1mb_p95')}`, '—', '—']);
for (const mode of ['direct', 'relay']) {
  if (fig.has(`lan_${mode}_seal_to_comparison_on_peer_median`)) {
    rows.push([`\`lan_${mode}_first_connection_median\` / \`lan_${mode}_seal_to_comparison_on_peer_median\` (two network namespaces)`, `${v(`lan_${mode}_first_connection_median`)} / ${v(`lan_${mode}_seal_to_comparison_on_peer_median`)}`, '—', '—']);
  }
}

console.log('| figure | this run | floor / stock, same run | target |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
