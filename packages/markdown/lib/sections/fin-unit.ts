import type { SourceLocation } from '@kapstok/core'
import { findAmountUnit, findUnreadableUnit, type FindUnitOptions } from '@kapstok/nl'
import type { RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { nodeLocation, report, type SourceContext } from '../context.js'

/** The unit of a finance table and whether its text declares rounding differences. */
export interface TableUnit {
  /** The unit (`x € 1.000`: factor 1000), when the table names one. */
  eenheid?: { factor: number; tekst: string }
  /** Whether the text around the table says that totals may differ through rounding. */
  afronding: boolean
}

/** A text that may name the unit, with where it is. */
export interface UnitSource {
  /** The text. */
  text: string
  /** Its location. */
  location: SourceLocation | undefined
  /** Whether it is a running sentence (a paragraph) rather than a header or caption. */
  prose?: boolean
}

// `verschillen door afronding`, `afrondingsverschillen`, `door afronding kan het totaal afwijken`.
const rounding = /afronding/i

/**
 * Find the unit of a finance table: in its header cells, its heading, the paragraph that
 * introduces it or a caption line right after it. A text that announces a unit that cannot be
 * read is reported (`amount-unreadable`) at that text, so a unit is never lost silently.
 *
 * @param context Source context.
 * @param sources Header cells and heading, in order of precedence.
 * @param siblings The content around the table.
 * @param table The table.
 * @returns The unit and the rounding declaration.
 */
export function tableUnit(context: SourceContext, sources: UnitSource[], siblings: readonly RootContent[], table: Table): TableUnit {
  const index = siblings.indexOf(table)
  const before = siblings[index - 1]
  const after = siblings[index + 1]
  const all = [...sources]
  if (before?.type === 'paragraph') all.push({ text: toString(before), location: nodeLocation(context, before), prose: true })
  // A caption line after the table: short, and naming nothing but the unit or a source.
  if (after?.type === 'paragraph' && toString(after).length <= 80) all.push({ text: toString(after), location: nodeLocation(context, after), prose: true })
  const result: TableUnit = { afronding: siblings.some((node) => node.type === 'paragraph' && rounding.test(toString(node))) }
  for (const source of all) {
    const options: FindUnitOptions = { prose: source.prose === true }
    const unit = findAmountUnit(source.text, options)
    if (unit) {
      result.eenheid = { factor: unit.factor, tekst: unit.text }
      return result
    }
    const unreadable = findUnreadableUnit(source.text, options)
    if (unreadable) {
      report(context, `Eenheid \`${unreadable.text}\` is niet te lezen; schrijf bijvoorbeeld \`bedragen x € 1.000\` of \`bedragen x € 1 mln\``, {
        ruleId: 'amount-unreadable',
        severity: 'warning',
        ...(source.location ? { location: source.location } : {})
      })
    }
  }
  return result
}
