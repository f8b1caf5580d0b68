import { parseDutchAmount } from '@kapstok/nl'
import type { RootContent, Table } from 'mdast'
import { PositionRecorder } from '../builder.js'
import { headingTextLocation, nextId, nodeLocation, prose, report, splitAt, type Part, type SourceContext } from '../context.js'
import { cellText } from '../table.js'
import { foldKey } from '../text.js'
import { readSectie } from './sectie.js'

// Columns that hold words, not amounts.
const textColumns: Record<string, 'domein' | 'toelichting'> = {
  domein: 'domein',
  toelichting: 'toelichting',
  onderbouwing: 'toelichting',
  opmerking: 'toelichting',
  opmerkingen: 'toelichting'
}

/**
 * Read a financiën chapter: prose is `toelichting`; each subsection with a table is a
 * `FinTabel` (first column labels, other columns amounts in Dutch notation).
 *
 * @param context Source context.
 * @param chapter The chapter.
 * @param depth Depth of the table headings.
 */
export function readFinancien(context: SourceContext, chapter: Part, depth: number): void {
  const { intro, parts } = splitAt(chapter.children, depth)
  // A table right under the chapter heading is a table too, titled after the chapter.
  const direct = intro.find((n): n is Table => n.type === 'table')
  if (direct) readFinTabel(context, chapter, direct)
  const text = prose(context, intro.filter((n) => n !== direct))
  if (text) context.builder.set(['financien', 'toelichting'], { value: text.text, positions: text.location ? [[[], text.location]] : [] })
  for (const part of parts) {
    const table = part.children.find((n): n is Table => n.type === 'table')
    if (table) readFinTabel(context, part, table)
    else readSectie(context, part, depth, ['financien', 'secties'])
  }
}

function readFinTabel(context: SourceContext, part: Part, table: Table): void {
  const rec = new PositionRecorder()
  const where = headingTextLocation(context, part.heading)
  rec.at([], nodeLocation(context, part.heading))
  const [header, ...body] = table.children
  const headers = (header?.children ?? []).map((cell) => cellText(context, cell))
  const roles = headers.map((h, i) => (i === 0 ? 'label' : (textColumns[foldKey(h.text)] ?? 'amount')))
  const kolommen = headers.filter((_, i) => roles[i] === 'amount').map((h) => h.text)
  const value: Record<string, unknown> = { id: nextId(context, 'tabel', part.parts.id), titel: part.parts.title }
  rec.at(['id'], where)
  rec.at(['titel'], where)
  if (part.parts.classes.includes('cumulatief')) value.soort = 'cumulatief'
  value.kolommen = kolommen
  headers.forEach((h, i) => roles[i] === 'amount' && rec.at(['kolommen', kolommen.indexOf(h.text)], h.location))
  value.rijen = body.map((row, r) => {
    const rij: Record<string, unknown> = { label: '' }
    const bedragen: Array<Record<string, unknown> | null> = []
    rec.at(['rijen', r], nodeLocation(context, row))
    row.children.forEach((cell, c) => {
      const { text, location } = cellText(context, cell)
      const role = roles[c]
      const plain = text.replace(/\*\*|__/g, '').trim()
      if (role === 'label') {
        rij.label = plain
        if (/^totaal\b/i.test(plain)) rij.totaal = true
        rec.at(['rijen', r, 'label'], location)
      } else if (role === 'domein' || role === 'toelichting') {
        if (plain) rij[role] = plain
        rec.at(['rijen', r, role], location)
      } else if (role === 'amount') {
        const index = bedragen.length
        rec.at(['rijen', r, 'bedragen', index], location)
        const amount = plain === '' ? undefined : parseDutchAmount(plain)
        if (plain !== '' && !amount) {
          report(context, `Bedrag \`${plain}\` is niet te lezen; schrijf bijvoorbeeld \`€ 1.900.000\` of \`€ 0,3 mln\``, {
            ruleId: 'amount-unreadable',
            severity: 'warning',
            location
          })
        }
        bedragen.push(amount ? { centen: amount.cents, tekst: plain } : null)
      }
    })
    rij.bedragen = bedragen
    return rij
  })
  context.builder.append(['financien', 'tabellen'], { value, positions: rec.positions })
}
