import { lintRule } from '../rule.js'
import { hitLocation } from '../util/joined-text-location.js'
import { markdownTables, type Table } from '../util/markdown-tables.js'
import { percentText, shareClaims, type ShareClaim } from '../util/share-claims.js'
import { financeShareTables, STRIDE } from '../util/share-finance-tables.js'
import { withPercentHeaders } from '../util/share-percent-columns.js'
import { shareSums, type ShareSum } from '../util/share-wholes.js'
import { tableClaims, textShareClaims, textShareSums } from '../util/share-text-claims.js'
import { fieldOf, lineStart, ownText, proseTexts, writtenTexts } from '../util/text.js'
import { sentences } from '../util/share-sentences.js'
import { withoutEmphasis } from '../util/emphasis.js'
import { addEarlierText, noEarlierTexts } from '../util/share-earlier-texts.js'
import { textBrokenCells } from '../util/table-relations.js'
import { checkedCases } from '../util/percentage-claim-check-cases.js'
import { percentageNotOk, percentageOk } from '../util/percentage-claim-check-examples.js'
import { tableVerdictsNotOk, tableVerdictsOk } from '../util/percentage-claim-check-examples-table-verdicts.js'

// A goal's title states where a share stands now (`stijgt van 41 van de 150 (nu 27%) naar 50%`).
const GOAL_TITLE = /\/doelen\/\d+\/titel$/u
// An effort under a heading of what the plan does (`inspanningen`) is a written sentence too (`De cursus groeit van 12 naar 15 groepen, 25 procent meer`).
const EFFORT_TITLE = /\/inspanningen\/\d+\/titel$/u
const ARTICLE_BREAK = /^(?:de|het|een)\s*\n\s*/iu
const OWN_TABLE = /^\/financien\/tabellen\/(\d+)\//u
// The explanation under a finance table (not a text cell of one of its rows, which speaks of that row).
const EXPLANATION = /^\/financien\/tabellen\/\d+\/toelichting$/u

/** Rule: a percentage or fraction matches the numbers it is said of. */
export const percentageClaimCheck = lintRule(
  {
    id: 'percentage-claim-check',
    severity: 'warning',
    group: 'financien',
    description: 'Een genoemd percentage of deel ("ruim 18%", "een derde", "een op de vijf", "4 procentpunt") klopt met de getallen in dezelfde zin of de zin ervoor.',
    docs: {
      what: 'Zoekt per zin een percentage of deel in woorden (`18%`, `17,5 procent`, `4 procentpunt`, `de helft`, `een derde`, `tweederde`, `driekwart`, `drie vijfde`, `een op de vijf`, `het merendeel`, `een minderheid`) naast de getallen waar het over gaat: een verandering (`van 80 naar 92`, ook `van 1.200 in 2023 naar 1.080 in 2024` en `in 2023 waren er 1.240, in 2024 nog 1.120`) of een deel (`45 van de 180`, `1.560 huishoudens van de 2.400`, `van de 240 aanvragen werden er 60 toegewezen`, `15% van de 1.500 jongeren (180)`), en rekent na.' + '\n\n' + checkedCases.map((item) => `- ${item}`).join('\n'),
      why: 'Een stijging "met ruim 18%" die 17,8% is, of "een derde" voor een kwart: wie narekent, twijfelt daarna aan elk getal in het stuk.',
      ok: [...percentageOk, ...tableVerdictsOk],
      notOk: [...percentageNotOk, ...tableVerdictsNotOk]
    }
  },
  (model, context) => {
    const report = (claim: ShareClaim, pointer: string, text: string, index: number): void => {
      if (claim.fits) return
      // A finance table's text is joined from the paragraphs around the table: find the paragraph in the source.
      // A share broken over two lines after its article (`de` / `helft`) stands where its fraction word does.
      const cut = ARTICLE_BREAK.exec(claim.said)?.[0].length ?? 0
      const location = hitLocation(context.file, pointer, text, index + cut, claim.said.length - cut)
      const actual = percentText(claim.actual, claim.inPoints)
      context.report(`Percentage \`${claim.said}\` klopt niet: ${claim.basis} is ${actual}; pas het percentage of de getallen aan`, {
        pointer,
        ...(location ? { location } : {}),
        actual: claim.said,
        expected: [actual]
      })
    }
    const reportSum = (sum: ShareSum, pointer: string, text: string, index: number): void => {
      const location = hitLocation(context.file, pointer, text, index, sum.shares[0]?.length ?? 0)
      const total = percentText(sum.total)
      context.report(`Aandelen van één geheel tellen op tot \`${total}\` (${sum.shares.map((s) => `\`${s}\``).join(', ')}); samen horen ze 100% te zijn, pas de percentages aan`, {
        pointer,
        ...(location ? { location } : {}),
        actual: total,
        expected: ['100%']
      })
    }
    // The plan's own texts so far: a share `van alle ouders die zich inschreven` may name a whole counted sections up,
    // `van het stuurbare volume` a whole named by its noun there.
    const before = noEarlierTexts()
    // Their last few tables: `Van alle 184 storingen …` quotes the total of a table a section up.
    const earlierTables: Table[] = []
    // The prose of a finance chapter stands apart from its tables in the model: an amount it quotes from a table
    // (`€ 30.000, een tiende van het totaal`) is found in them.
    const financeShares = financeShareTables(model, context.file)
    const financeTables = financeShares.map((t) => t.table)
    const financeBases = financeShares.map((t) => OWN_TABLE.exec(t.pointers[0] ?? '')?.[1])
    for (const { pointer, text } of proseTexts(model)) {
      // The tables are read once for all four checks.
      const tables = withPercentHeaders(markdownTables(text))
      const plain = withoutEmphasis(text)
      // A table's own explanation (`/financien/tabellen/2/toelichting`) speaks of that table first.
      const own = financeTables[financeBases.indexOf(OWN_TABLE.exec(pointer)?.[1] ?? '')]
      const quoted = pointer.startsWith('/financien/') ? (own ? [own, ...financeTables.filter((t) => t !== own)] : financeTables) : []
      // A row whose calculation another cell breaks (`40% | 1.200 | 520`: the product, not the chance) is table-row-arithmetic's.
      const products = new Set(textBrokenCells(text).filter((b) => !b.share).map((b) => lineStart(text, b.cell.index)))
      for (const claim of textShareClaims(text, plain, tables, ownText(pointer) ? before : undefined, quoted, ownText(pointer) ? earlierTables : [], EXPLANATION.test(pointer) ? own : undefined)) {
        if (!products.has(lineStart(text, claim.index))) report(claim, pointer, text, claim.index)
      }
      if (ownText(pointer)) {
        addEarlierText(before, sentences(plain).map((s) => s.sentence))
        earlierTables.push(...tables)
        earlierTables.splice(0, Math.max(0, earlierTables.length - 6))
      }
      for (const sum of textShareSums(text, tables)) reportSum(sum, pointer, text, sum.index)
    }
    // An agenda row's notes and a goal's title are written sentences too (`in 9 van de 14 buurten (ruim 70%)`), outside the prose texts.
    for (const { pointer, text } of writtenTexts(model).filter((t) => fieldOf(t.pointer) === 'bijzonderheden' || GOAL_TITLE.test(t.pointer) || EFFORT_TITLE.test(t.pointer))) {
      for (const claim of shareClaims(withoutEmphasis(text))) report(claim, pointer, text, claim.index)
    }
    // The tables of a finance chapter hold share columns too (`Aandeel` beside `Inwoners`).
    for (const { table: raw, pointers } of financeShares) {
      const [table = raw] = withPercentHeaders([raw])
      const cellAt = (index: number): { pointer: string | undefined; text: string } => ({
        pointer: pointers[Math.floor(index / STRIDE)],
        text: table.rows.flat().find((c) => c.index === Math.floor(index / STRIDE) * STRIDE)?.text ?? ''
      })
      for (const claim of tableClaims([table])) {
        const { pointer, text } = cellAt(claim.index)
        if (pointer) report(claim, pointer, text, claim.index % STRIDE)
      }
      for (const sum of shareSums('', [table])) {
        const { pointer, text } = cellAt(sum.index)
        if (pointer) reportSum(sum, pointer, text, sum.index % STRIDE)
      }
    }
  }
)
