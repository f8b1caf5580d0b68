import type { Bedrag } from '@kapstok/core'
import { defaultLabels } from '@kapstok/documents'
import { formatDutchDate, formatEuro, plural } from '@kapstok/nl'
import type { ChangeReport, NamedChanges, RenvooiPart, VersionInfo } from './types.js'

/** Unchanged words kept on each side of a change when a renvooi is shortened. */
const contextWords = 12

/**
 * A version as one line: its label, version number and date, e.g. `inspraak (versie 0.9, 18 januari 2022)`.
 *
 * @param version The version.
 * @returns The text.
 */
export function versionText(version: VersionInfo): string {
  const details = [version.versie ? `versie ${version.versie}` : '', version.datum ? formatDutchDate(version.datum) : ''].filter(Boolean)
  return details.length ? `${version.label} (${details.join(', ')})` : version.label
}

/**
 * The header of an agenda column as documents show it, e.g. `Afronding` for `eind`.
 *
 * @param field The field.
 * @returns The label.
 */
export function columnLabel(field: string): string {
  return defaultLabels.columns[field] ?? field
}

/**
 * An amount in euros, the same notation for old and new whatever the plan wrote.
 *
 * @param bedrag The amount (optional).
 * @returns The text, e.g. `€ 150.000`, or `—` for no amount.
 */
export function amountText(bedrag: Pick<Bedrag, 'centen'> | undefined): string {
  return bedrag ? formatEuro(bedrag.centen) : '—'
}

/**
 * A difference in euros with its sign: `+ € 50.000`, `− € 20.000`.
 *
 * @param cents New minus old.
 * @returns The text.
 */
export function deltaText(cents: number): string {
  return `${cents < 0 ? '−' : '+'} ${formatEuro(Math.abs(cents))}`
}

/**
 * One Dutch line per kind of change, for summaries; `Geen wijzigingen.` when there are none.
 *
 * @param report The report.
 * @returns The lines.
 */
export function summaryLines(report: ChangeReport): string[] {
  const lines: string[] = []
  if (report.document.length) lines.push(`Documentgegevens: ${report.document.map((c) => c.field).join(', ')} gewijzigd.`)
  const { added, removed, changed } = report.agenda
  const moved = changed.filter((c) => c.moved.length > 0).length
  if (added.length || removed.length || changed.length) {
    lines.push(
      `Uitvoeringsagenda: ${plural(added.length, 'actie', 'acties')} toegevoegd, ${removed.length} vervallen, ${changed.length} gewijzigd` +
        `${moved ? `, waarvan ${moved} met een verschoven datum` : ''}.`
    )
  }
  if (report.amounts.changed.length) {
    const totals = report.amounts.totals.length
    lines.push(`Bedragen: ${plural(report.amounts.changed.length, 'bedrag', 'bedragen')} gewijzigd${totals ? `, met effect op ${plural(totals, 'totaal', 'totalen')}` : ''}.`)
  }
  const named = (what: string, n: NamedChanges) => {
    const parts = [n.renamed.length ? `${n.renamed.length} hernoemd` : '', n.added.length ? `${n.added.length} toegevoegd` : '', n.removed.length ? `${n.removed.length} vervallen` : '']
    if (parts.some(Boolean)) lines.push(`${what}: ${parts.filter(Boolean).join(', ')}.`)
  }
  named('Principes', report.principes)
  named('Pijlers', report.pijlers)
  if (report.prose.length) lines.push(`Tekst: ${plural(report.prose.length, 'onderdeel', 'onderdelen')} gewijzigd.`)
  return lines.length ? lines : ['Geen wijzigingen.']
}

/**
 * Shorten the unchanged stretches of a renvooi to a few words around each change, so a long
 * section with one edited sentence stays readable.
 *
 * @param parts The renvooi.
 * @param words Words kept on each side of a change (default: 12).
 * @returns The parts, long unchanged stretches cut with `…`.
 */
export function condense(parts: RenvooiPart[], words = contextWords): RenvooiPart[] {
  return parts.map((part, i) => {
    if (part.change !== 'same') return part
    // Each chunk is a word with the whitespace before it; a last chunk may be whitespace only.
    const chunks = part.text.match(/\s*\S+|\s+$/g) ?? []
    const trailing = chunks.length > 0 && !/\S/.test(chunks[chunks.length - 1] ?? '') ? 1 : 0
    const head = i > 0 ? words : 0
    const tail = i < parts.length - 1 ? words : 0
    if (chunks.length - trailing <= head + tail + 4) return part
    const prefix = chunks.slice(0, head).join('')
    const suffix = tail ? chunks.slice(chunks.length - trailing - tail).join('') : ''
    const text = head && tail ? `${prefix} …${suffix}` : head ? `${prefix} …` : `…${suffix}`
    return { text, change: 'same' }
  })
}
