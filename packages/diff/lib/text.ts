import { countChanges } from './compare.js'
import type { ChangeReport, RenvooiPart } from './types.js'
import { amountText, columnLabel, condense, deltaText, summaryLines, versionText } from './wording.js'

/** Options for `textReport`. */
export interface TextReportOptions {
  /** Colour struck text red and inserted text green with ANSI codes (default: `false`). */
  color?: boolean
}

/**
 * The change report as a Dutch terminal summary: one line per kind of change, then each
 * change. Renvooi is written as `[-geschrapt-]` and `{+ingevoegd+}` (as wdiff does), coloured
 * when asked.
 *
 * @param report The report.
 * @param options Colour (optional).
 * @returns The text, ending in a newline.
 */
export function textReport(report: ChangeReport, options: TextReportOptions = {}): string {
  const { old, new: now } = report.versions
  const count = countChanges(report)
  const out = [`Wijzigingen van ${versionText(old)} naar ${versionText(now)}: ${count === 0 ? 'geen' : count}`, '']
  const lines = summaryLines(report)
  const detail = (line: string) => out.push(`  ${line}`)
  const heading = (prefix: string) => {
    const line = lines.find((l) => l.startsWith(prefix))
    if (line) out.push(line)
  }
  heading('Documentgegevens')
  for (const c of report.document) detail(`${c.field}: ${c.old || '—'} → ${c.new || '—'}`)
  heading('Uitvoeringsagenda')
  const pijler = (name: string | undefined) => (name ? ` [${name}]` : '')
  for (const r of report.agenda.added) detail(`+ ${r.activiteit}${pijler(r.pijler)}`)
  for (const r of report.agenda.removed) detail(`− ${r.activiteit}${pijler(r.pijler)}`)
  for (const c of report.agenda.changed) {
    detail(`~ ${c.new.activiteit}${pijler(c.new.pijler)}`)
    for (const cell of c.cells) {
      const move = c.moved.find((m) => m.field === cell.field)
      const days = move?.days ? ` (${Math.abs(move.days)} dagen ${move.days > 0 ? 'later' : 'eerder'})` : ''
      detail(`    ${columnLabel(cell.field)}: ${cell.old || '—'} → ${cell.new || '—'}${days}`)
    }
  }
  heading('Bedragen')
  for (const c of report.amounts.changed) {
    detail(`${[c.table, c.row, c.column].filter(Boolean).join(' › ')}: ${amountText(c.old)} → ${amountText(c.new)} (${deltaText(c.delta)})`)
  }
  for (const t of report.amounts.totals) {
    detail(`= ${[t.table, t.row, t.column].filter(Boolean).join(' › ')}: ${amountText({ centen: t.old })} → ${amountText({ centen: t.new })} (${deltaText(t.delta)})`)
  }
  for (const [prefix, changes] of [['Principes', report.principes], ['Pijlers', report.pijlers]] as const) {
    heading(prefix)
    for (const r of changes.renamed) detail(`~ ${r.old} → ${r.new}`)
    for (const r of changes.added) detail(`+ ${r.titel}`)
    for (const r of changes.removed) detail(`− ${r.titel}`)
  }
  heading('Tekst')
  for (const p of report.prose) {
    const text = p.kind === 'changed' ? renvooiText(condense(p.parts, 6), options.color === true) : `(${p.kind === 'added' ? 'nieuw' : 'vervallen'})`
    detail(`${p.section}: ${text.replace(/\s+/g, ' ').trim()}`)
  }
  if (count === 0) out.push('Geen wijzigingen.')
  return `${out.join('\n')}\n`
}

function renvooiText(parts: RenvooiPart[], color: boolean): string {
  return parts
    .map((p) => {
      if (p.change === 'same') return p.text
      const [open, close] = p.change === 'removed' ? ['[-', '-]'] : ['{+', '+}']
      const marked = `${open}${p.text.trim()}${close}`
      return ` ${color ? `${p.change === 'removed' ? '\x1b[31m' : '\x1b[32m'}${marked}\x1b[39m` : marked} `
    })
    .join('')
}
