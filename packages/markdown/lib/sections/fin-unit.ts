import type { SourceLocation } from '@kapstok/core'
import { findAmountUnit, findUnreadableUnit, type FindUnitOptions } from '@kapstok/nl'
import type { RootContent, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { nodeLocation, report, type SourceContext } from '../context.js'
import { roundingMargin } from './rounding-margin.js'

/** The unit of a finance table and whether its text declares rounding differences. */
export interface TableUnit {
  /** The unit (`x € 1.000`: factor 1000), when the table names one. */
  eenheid?: { factor: number; tekst: string }
  /** Whether the text around the table says that totals may differ through rounding. */
  afronding: boolean
  /** The difference that text allows, in cents, when it names one (`kunnen totalen 1 afwijken`). */
  afrondingMarge?: number
}

/** The text of the finance chapter a table stands in. */
export interface ChapterText {
  /** The content before its first section. */
  intro: readonly RootContent[]
  /** The paragraphs of all its content, sections included, that speak of rounding (`roundingDeclarations`). */
  declarations: readonly string[]
}

/** A text that may name the unit, with where it is. */
export interface UnitSource {
  /** The text. */
  text: string
  /** Its location. */
  location: SourceLocation | undefined
  /** Whether it is a running sentence (a paragraph) rather than a header or caption. */
  prose?: boolean
  /** Whether it stands away from the table (the chapter intro), where other amounts are no unit. */
  remote?: boolean
}

// `verschillen door afronding`, `afrondingsverschillen`, `door afronding kan het totaal afwijken`.
const rounding = /afronding/i

/**
 * The paragraphs among `nodes` that speak of rounding differences, as text.
 *
 * @param nodes Content of a section or chapter.
 * @returns Their texts.
 */
export function roundingDeclarations(nodes: readonly RootContent[]): string[] {
  return nodes.flatMap((node) => (node.type === 'paragraph' ? [toString(node)] : [])).filter((text) => rounding.test(text))
}

/**
 * Find the unit of a finance table: in its header cells, its heading, the paragraph that
 * introduces it or a caption line right after it. A text that announces a unit that cannot be
 * read is reported (`amount-unreadable`) at that text, so a unit is never lost silently.
 *
 * @param context Source context.
 * @param sources Header cells and heading, in order of precedence.
 * @param siblings The content around the table.
 * @param table The table.
 * @param chapter The finance chapter: its intro may name the unit, and its rounding declaration
 *   holds for every table in it that has none of its own (optional).
 * @returns The unit and the rounding declaration.
 */
export function tableUnit(context: SourceContext, sources: UnitSource[], siblings: readonly RootContent[], table: Table, chapter: ChapterText = { intro: [], declarations: [] }): TableUnit {
  const index = siblings.indexOf(table)
  const before = siblings[index - 1]
  const after = siblings[index + 1]
  const all = [...sources]
  const prose = (node: RootContent): UnitSource => ({ text: toString(node), location: nodeLocation(context, node), prose: true })
  if (before?.type === 'paragraph') all.push(prose(before))
  // A caption line after the table: short, and naming nothing but the unit or a source.
  if (after?.type === 'paragraph' && toString(after).length <= 80) all.push(prose(after))
  // Last, the chapter's intro: "Dit hoofdstuk rekent in duizenden euro's" holds for every
  // table that names no unit of its own; read as euros, they would be a factor 1.000 off.
  // Only a unit it states clearly counts there: its other amounts (`4 × € 18.500`) are no unit.
  if (chapter.intro !== siblings) all.push(...chapter.intro.filter((node) => node.type === 'paragraph').map((node) => ({ ...prose(node), remote: true })))
  // A declaration by the table itself; else one for the whole chapter ("de bedragen in de
  // tabellen van dit hoofdstuk …; door afronding kunnen totalen 1 afwijken"), often in its intro
  // or under the first section.
  const own = roundingDeclarations(siblings)
  const declarations = own.length > 0 ? own : chapter.declarations
  const result: TableUnit = { afronding: declarations.length > 0 }
  const withMargin = (factor: number): TableUnit => {
    // A chapter's declaration that names another unit (`bedragen in duizenden euro's; door afronding
    // kunnen totalen 1 afwijken`) is about another table: in a table in millions its `1` is no margin.
    const margins = declarations
      .filter((text) => (own.length > 0 ? true : (findAmountUnit(text, { prose: true })?.factor ?? factor) === factor))
      .map((text) => roundingMargin(text, factor))
      .filter((m): m is number => m !== undefined)
    // Two declarations that name different margins: the larger one is what the text allows.
    return margins.length > 0 ? { ...result, afrondingMarge: Math.max(...margins) } : result
  }
  for (const source of all) {
    const options: FindUnitOptions = { prose: source.prose === true }
    const unit = findAmountUnit(source.text, options)
    if (unit) {
      return { ...withMargin(unit.factor), eenheid: { factor: unit.factor, tekst: unit.text } }
    }
    const unreadable = source.remote ? undefined : findUnreadableUnit(source.text, options)
    if (unreadable) {
      report(context, `Eenheid \`${unreadable.text}\` is niet te lezen; schrijf bijvoorbeeld \`bedragen x € 1.000\` of \`bedragen x € 1 mln\``, {
        ruleId: 'amount-unreadable',
        severity: 'warning',
        ...(source.location ? { location: source.location } : {})
      })
    }
  }
  return withMargin(1)
}
