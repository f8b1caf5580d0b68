import { parseDutchAmount, parseNilAmount } from '@kapstok/nl'
import type { RootContent, Table } from 'mdast'
import { PositionRecorder } from '../builder.js'
import type { SourceLocation } from '@kapstok/core'
import { headingTextLocation, nextId, nodeLocation, proseAround, report, splitAt, type Part, type SourceContext } from '../context.js'
import { cellText } from '../table.js'
import { foldKey } from '../text.js'
import { roundingDeclarations, tableUnit, type ChapterText } from './fin-unit.js'
import { readSectie } from './sectie.js'

// Columns that hold words, not amounts: the domain, and the column that explains how an amount
// comes about (toelichting, onderbouwing, opmerkingen, berekening, financiële opbouw, uitleg).
const domeinColumn = /^domein$/
const toelichtingColumn = /\b(?:toelichting|onderbouwing\w*|opmerking(?:en)?|berekening|opbouw|uitleg)\b/

function namedColumn(header: string): 'domein' | 'toelichting' | undefined {
  const key = foldKey(header)
  if (domeinColumn.test(key)) return 'domein'
  return toelichtingColumn.test(key) ? 'toelichting' : undefined
}

type Role = 'label' | 'domein' | 'toelichting' | 'amount' | 'tekst'

/**
 * The role of each column: the first is the label, named columns hold domein or toelichting,
 * and any other column is an amount column unless fewer than half of its filled cells read as
 * an amount or as `-`, `PM` or `n.v.t.` (then it is a text column, such as a column of yes/no
 * answers or of related principles).
 */
function columnRoles(headers: string[], rows: string[][]): Role[] {
  return headers.map((h, i) => {
    if (i === 0) return 'label'
    const named = namedColumn(h)
    if (named) return named
    const filled = rows.map((r) => r[i] ?? '').filter((t) => t !== '')
    const amounts = filled.filter((t) => parseDutchAmount(t) || parseNilAmount(t)).length
    return filled.length > 0 && amounts * 2 < filled.length ? 'tekst' : 'amount'
  })
}

/**
 * Read a financiën chapter: prose is `toelichting`; each table of a subsection is a `FinTabel`
 * (first column labels, other columns amounts in Dutch notation or words), the subsection's
 * other text its `toelichting`. Subsections without a table are paragraphs (`secties`).
 *
 * @param context Source context.
 * @param chapter The chapter.
 * @param depth Depth of the table headings.
 */
export function readFinancien(context: SourceContext, chapter: Part, depth: number): void {
  const { intro, parts } = splitAt(chapter.children, depth)
  // Tables right under the chapter heading are tables too, titled after the chapter; the text
  // around them is the chapter's toelichting.
  const direct = intro.filter((n): n is Table => n.type === 'table')
  // Read once per chapter: the rounding declaration holds for every table in it without its own.
  const everything: ChapterText = { intro, declarations: roundingDeclarations([...intro, ...parts.flatMap((part) => part.children)]) }
  direct.forEach((table, i) => readFinTabel(context, chapter, table, i, intro, everything))
  const text = proseAround(context, intro, new Set(direct))
  if (text) context.builder.set(['financien', 'toelichting'], { value: text.text, positions: text.location ? [[[], text.location]] : [] })
  for (const part of parts) {
    const tables = part.children.filter((n): n is Table => n.type === 'table')
    if (tables.length === 0) {
      readSectie(context, part, depth, ['financien', 'secties'])
      continue
    }
    // Every table under the heading is read; the text around them goes with the first.
    const around = proseAround(context, part.children, new Set(tables))
    tables.forEach((table, i) => readFinTabel(context, part, table, i, part.children, everything, i === 0 ? around : undefined))
  }
}

function readFinTabel(
  context: SourceContext,
  part: Part,
  table: Table,
  index: number,
  siblings: readonly RootContent[],
  chapter: ChapterText,
  toelichting?: { text: string; location: SourceLocation | undefined }
): void {
  const rec = new PositionRecorder()
  const where = headingTextLocation(context, part.heading)
  rec.at([], nodeLocation(context, part.heading))
  const [header, ...body] = table.children
  const headers = (header?.children ?? []).map((cell) => cellText(context, cell))
  const plainCell = (text: string): string => text.replace(/\*\*|__/g, '').trim()
  const texts = body.map((row) => row.children.map((cell) => plainCell(cellText(context, cell).text)))
  const roles = columnRoles(
    headers.map((h) => h.text),
    texts
  )
  // The unit (`bedragen x € 1.000`) from the header cells, the heading or the text around the table.
  const unit = tableUnit(
    context,
    [...headers.map((h) => ({ text: h.text, location: h.location })), { text: part.parts.title, location: where }],
    siblings,
    table,
    chapter
  )
  const factor = unit.eenheid?.factor ?? 1
  const kolommen = headers.filter((_, i) => roles[i] === 'amount').map((h) => h.text)
  const tekstkolommen = headers.filter((_, i) => roles[i] === 'tekst').map((h) => h.text)
  const value: Record<string, unknown> = {
    id: nextId(context, 'tabel', index === 0 ? part.parts.id : undefined),
    titel: index === 0 ? part.parts.title : `${part.parts.title} (${index + 1})`
  }
  rec.at(['id'], where)
  rec.at(['titel'], where)
  if (toelichting) {
    value.toelichting = toelichting.text
    rec.at(['toelichting'], toelichting.location)
  }
  if (part.parts.classes.includes('cumulatief')) value.soort = 'cumulatief'
  if (unit.eenheid) value.eenheid = unit.eenheid
  if (unit.afronding) value.afronding = true
  if (unit.afrondingMarge !== undefined) value.afrondingMarge = unit.afrondingMarge
  value.kolommen = kolommen
  headers.forEach((h, i) => roles[i] === 'amount' && rec.at(['kolommen', kolommen.indexOf(h.text)], h.location))
  if (tekstkolommen.length > 0) {
    value.tekstkolommen = tekstkolommen
    headers.forEach((h, i) => roles[i] === 'tekst' && rec.at(['tekstkolommen', tekstkolommen.indexOf(h.text)], h.location))
  }
  value.rijen = body.map((row, r) => {
    const rij: Record<string, unknown> = { label: '' }
    const bedragen: Array<Record<string, unknown> | null> = []
    const teksten: Array<string | null> = []
    rec.at(['rijen', r], nodeLocation(context, row))
    row.children.forEach((cell, c) => {
      const { text, location } = cellText(context, cell)
      const role = roles[c]
      const plain = plainCell(text)
      if (role === 'label') {
        rij.label = plain
        // A saldo or subtotal needs rows above it to compute from (`Saldo besparing` as a first line is a row).
        const above = texts.slice(0, r).some((cells) => cells.some((t, i) => roles[i] === 'amount' && t !== ''))
        const claim = ((kind) => (kind === 'totaal' || above ? kind : undefined))(claimRow(plain))
        if (claim) rij.totaal = true
        if (claim && claim !== 'totaal') rij.soort = claim
        rec.at(['rijen', r, 'label'], location)
      } else if (role === 'domein' || role === 'toelichting') {
        if (plain) rij[role] = plain
        rec.at(['rijen', r, role], location)
      } else if (role === 'amount') {
        const index = bedragen.length
        rec.at(['rijen', r, 'bedragen', index], location)
        const nil = parseNilAmount(plain)
        const amount = plain === '' || nil ? undefined : parseDutchAmount(plain, { factor })
        if (plain !== '' && !amount && !nil) {
          report(context, `Bedrag \`${plain}\` is niet te lezen; schrijf bijvoorbeeld \`€ 1.900.000\` of \`€ 0,3 mln\``, {
            ruleId: 'amount-unreadable',
            severity: 'warning',
            location
          })
        }
        bedragen.push(amount ? { centen: amount.cents, tekst: plain } : nil ? { soort: nil.kind, tekst: plain } : null)
      } else if (role === 'tekst') {
        rec.at(['rijen', r, 'teksten', teksten.length], location)
        teksten.push(plain === '' ? null : plain)
      }
    })
    rij.bedragen = bedragen
    if (tekstkolommen.length > 0) rij.teksten = teksten
    return rij
  })
  context.builder.append(['financien', 'tabellen'], { value, positions: rec.positions })
}

/**
 * Whether a row states a computed value, by its label: `Totaal …`, `Subtotaal`, `Saldo …`
 * (`Saldo van baten en lasten`, `Totaal saldo`, `Resultaat na bestemming`, `Stand 31 december`).
 */
function claimRow(label: string): 'totaal' | 'subtotaal' | 'saldo' | undefined {
  if (/^sub-?\s?totaal\b/i.test(label)) return 'subtotaal'
  // `Resultaat voor bestemming`, `Resultaat na mutaties reserves`: a saldo under another name.
  if (/^(?:totaal\s+)?(?:saldo|resultaat\s+(?:na|voor|vóór))\b/i.test(label)) return 'saldo'
  // The closing position of a reserve or fund (`Stand 31 december`, `Eindstand`, `Stand per 31-12`).
  if (/^(?:eindstand|eindsaldo|stand\s+(?:per\s+)?(?:31\b|ultimo|einde?\b))/i.test(label)) return 'saldo'
  if (/^totaal\b/i.test(label)) return 'totaal'
  return undefined
}
