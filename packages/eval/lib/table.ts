/**
 * Plain-text report of an evaluation: per group a table per rule, a table per defect class,
 * the totals, the misses and the false errors.
 */
import type { GroupScore } from './score.js'

const pct = (value: number | null): string => (value === null ? '–' : `${(value * 100).toFixed(1)}%`)

/**
 * Left-aligned columns.
 *
 * @param rows Rows, the first is the header.
 * @returns The table.
 */
function columns(rows: (string | number)[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  return rows.map((r) => r.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n')
}

/**
 * Report of one group.
 *
 * @param title Group title.
 * @param s Its scores.
 * @returns The report.
 */
export function groupReport(title: string, s: GroupScore): string {
  const out = [`== ${title} ==`, '']
  const rules = Object.entries(s.rules).sort(([a], [b]) => a.localeCompare(b))
  out.push(columns([
    ['rule', 'findings', 'fout', 'fout prec', 'waarsch', 'waarsch prec', 'info'],
    ...rules.map(([id, r]) => [id, r.findings, r.error.count, pct(r.error.count ? r.error.true / r.error.count : null), r.warning.count, pct(r.warning.count ? r.warning.true / r.warning.count : null), r.info])
  ]), '')
  const classes = Object.entries(s.classes).sort(([a], [b]) => a.localeCompare(b))
  out.push(columns([
    ['class', 'defects', 'found', 'recall', 'recall+info'],
    ...classes.map(([id, c]) => [id, c.defects, c.found, pct(c.found / c.defects), pct(c.foundWithInfo / c.defects)])
  ]), '')
  out.push(`Totaal: ${s.defects} defects, recall ${pct(s.recall)} (${s.found}), met info ${pct(s.recallWithInfo)} (${s.foundWithInfo}); ` +
    `fout-precisie ${pct(s.errorPrecision)} (${s.error.true}/${s.error.count}), waarschuwing-precisie ${pct(s.warningPrecision)} (${s.warning.true}/${s.warning.count}), info ${s.info}`, '')
  out.push(`Gemist (${s.misses.length}):`)
  for (const m of s.misses) out.push(`  ${m.case}/${m.file}:${m.line} [${m.class}] ${m.what}${m.info.length ? ` (alleen info: ${m.info.join(', ')})` : ''}`)
  out.push('', `Onterechte fouten (${s.falseErrors.length}):`)
  for (const f of s.falseErrors) out.push(`  ${f.case}/${f.file}:${f.line ?? '-'} ${f.ruleId}: ${f.message}`)
  if (s.cleanHits.length > 0) {
    out.push('', `Meldingen op schone regels (${s.cleanHits.length}):`)
    for (const f of s.cleanHits) out.push(`  ${f.case}/${f.file}:${f.line ?? '-'} ${f.ruleId} (${f.severity}): ${f.message}`)
  }
  return out.join('\n')
}
