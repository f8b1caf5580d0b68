import { finTotals, isBedrag, type FinTabel } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { marginsNotOk, marginsOk, table } from '../util/finance-sum-mismatch-examples.js'
import { inTableUnit, unitSuffix } from '../util/fin-format.js'
import { finTextTable } from '../util/fin-text-table.js'
import { movementBreaks, type MovementBreak } from '../util/movement-rows.js'
import { outlierTotals } from '../util/total-outliers.js'
import { carriedSaldi } from '../util/carried-saldi.js'
import { brokenCells } from '../util/table-relations.js'
import type { Rational } from '../util/exact-number.js'

const kinds = { totaal: 'Totaal', subtotaal: 'Subtotaal', saldo: 'Saldo' } as const
// Costs per year with the rise over the period in a column of its own (end year − first year).
const stijging = (onderhoud: string, totaal: string): string[] => [
  '| Post | 2026 | 2029 | Toename 2026-2029 |',
  '|---|---|---|---|',
  `| Onderhoud gemalen | € 64.000 | € 79.000 | ${onderhoud} |`,
  '| Energie | € 31.000 | € 38.000 | € 7.000 |',
  '| Inspecties | € 12.000 | € 15.000 | € 3.000 |',
  `| Totaal | € 107.000 | € 132.000 | ${totaal} |`
]
const begroting = (totaalLasten: string, saldo: string, note: string[] = []): string =>
  table(
    'Wat mag het kosten?',
    [
      '| Bedragen x € 1.000 | Begroting 2025 | Raming 2026 |',
      '|---|---|---|',
      '| Lasten | | |',
      '| Bibliotheek | 1.234 | 1.250 |',
      '| Muziekschool | 566 | PM |',
      '| Subsidies cultuur | - | 35 |',
      `| Totaal lasten | ${totaalLasten} | 1.285 |`,
      '| Baten | | |',
      '| Entreegelden | 310 | 315 |',
      '| Totaal baten | 310 | 315 |',
      `| Saldo van baten en lasten | ${saldo} | -970 |`
    ],
    [],
    note
  )

/** Rule: a total, subtotal or saldo row equals what its rows add up to, per column. */
export const financeSumMismatch = lintRule(
  {
    id: 'finance-sum-mismatch',
    severity: 'error',
    group: 'financien',
    description: 'Een totaal-, subtotaal- of saldoregel klopt met de regels erboven, per kolom, binnen de afronding.',
    docs: {
      what: 'Rekent in elke financiële tabel de regels na die iets beweren: `Totaal …` (de regels sinds het vorige totaal; een subtotaal telt voor zijn regels; `Totaal lasten` alleen de lastenregels als de regels dat zeggen), `Subtotaal` (de regels sinds het vorige (sub)totaal, of alleen de mutaties onder een openingsregel als `Saldo …`, `Stand 1 januari` of `Beschikbaar budget`: de regels met één teken erna) en `Saldo …` (baten min lasten, lasten min baten, of hun som als lasten negatief staan; een saldo dat klopt met de regels onder een totaal dat zelf niet klopt, krijgt geen eigen melding: de fout zit in dat totaal). `-` en `n.v.t.` tellen als niets; een `-` in een totaal- of subtotaalregel zegt dat de kolom geen totaal heeft (een tarief of aantal naast bedragen) en wordt niet nagerekend; een `PM`-post telt niet mee in een totaal (de gewone begrotingsnotatie): een totaal dat verder dan de afronding afwijkt van de bekende bedragen is een waarschuwing (het telt de post waarschijnlijk mee), binnen de afronding info. Bedragen zijn afgerond zoals ze geschreven staan (`120` in een tabel `x € 1.000` op € 1.000): een verschil binnen één stap per bedrag is afronding, geen fout; zonder "verschillen door afronding" bij de tabel meldt de regel het als info. In een tabel in duizenden of miljoenen is een bedrag dat op de dichtstbijzijnde stap is afgerond hoogstens een halve stap anders: een verschil groter dan een halve stap per bedrag (maar binnen één stap) is een waarschuwing, ook met een opmerking over afronding. Afronding verschuift alle totalen van een tabel even veel: wijken de andere totalen van de tabel (minstens drie) op een enkele na hoogstens één eenheid van het laatste cijfer af, dan is een totaal dat drie of meer eenheden afwijkt geen afronding maar een waarschuwing, ook naast een PM-post. Een `Saldo …`, `Resultaat na …` (of `voor …`) of `Stand 31 december` zonder regels met lasten en baten erboven telt de regels sinds de vorige totaalregel met hun teken op, een saldo erboven als beginstand (een subtotaal telt voor zijn regels; een subtotaal van de mutaties onder een saldo alleen voor die mutaties; een saldo onder een beginstand mag ook alleen de mutaties optellen), als de bedragen in die kolom beide tekens hebben; omdat dat uit de tekens en niet uit de namen volgt, is een verschil een waarschuwing, en binnen de afronding geen melding. Een subtotaal onder een groep die niet bovenaan begint (eerst een regel op zichzelf, dan de regels van de groep en `Subtotaal …`) telt het blok laatste regels (minstens twee) op dat in meer kolommen klopt dan alle regels sinds de vorige totaalregel, en in meer dan de helft van de kolommen; één blok voor alle kolommen, zodat een verkeerd subtotaal niet per kolom een ander blok kan lenen: de kolommen die het blok niet verklaart, worden gemeld. Een staat van reserves of voorzieningen (kolommen of rijen met een beginstand (`Stand 1-1`, `Saldo begin`, `Stand per 1 januari`), mutaties (`Toevoeging`, `Dotatie`, `Vermeerdering`, `+`; `Onttrekking`, `Vermindering`, `Aanwending`, `Vrijval`, `-`) en een eindstand (`Stand 31-12`, `Saldo eind`, `Ultimo`)) klopt per reserve: begin plus toevoegingen min onttrekkingen is de eindstand, binnen één stap per afgerond bedrag; een onttrekking telt als onttrekking met of zonder minteken, `-` telt als niets en een `PM` maakt de regel onnaspeurbaar. Een eindstand die dat niet doet is een fout in die regel; het kolomtotaal dat erdoor niet klopt, krijgt geen melding als het klopt zodra die regels hersteld zijn (en een totaalregel die alleen door die regels breekt evenmin). Dat moet gelden voor minstens één reserve, en niet meer reserves mogen breken dan kloppen. Een `Saldo …`-regel die zelf lasten en baten noemt (`Saldo van baten en lasten`, `Saldo (dekking min lasten)`) zonder die regels erboven in zijn eigen tabel, rekent met de laatste totaalregels `Totaal lasten`/`Subtotaal lasten` en `Totaal baten`/`Totaal dekking` van de tabellen ervoor met dezelfde kolommen en eenheid; de kolommen die kloppen geven het teken (baten min lasten of andersom), en een kolom die meer dan twee stappen afwijkt is een waarschuwing (de tabellen zijn op hun namen gekoppeld).',
      why: 'Een totaal is een bewering die de raad narekent; 1.234 + 566 moet 1.800 zijn, niet 1.900. Afgeronde bedragen in duizenden tellen daarentegen vaak één op of af, en dat is geen fout.',
      options: { tolerance: 'Extra toegestaan verschil in centen, bovenop de afronding (default: `0`).' },
      ok: [
        { title: 'Een begroting in duizenden met `-`, PM en een saldo', text: begroting('1.800', '-1.490') },
        {
          title: 'Een verklaard afrondingsverschil',
          text: table('Investeringen', ['| Project (x € 1.000) | 2025 |', '|---|---|', '| Brug | 120,4 |', '| Fietspad | 80,4 |', '| Totaal | 201 |'], [], ['Door afronding kunnen totalen afwijken.'])
        },
        ...marginsOk,
        {
          title: 'Subtotalen en een eindtotaal',
          text: table('Besparing per domein', ['| Maatregel | Besparing |', '|---|---|', '| Jeugd A | € 100.000 |', '| Jeugd B | € 50.000 |', '| Subtotaal jeugd | € 150.000 |', '| Wmo A | € 75.000 |', '| Subtotaal Wmo | € 75.000 |', '| Totaal | € 225.000 |'])
        },
        {
          title: 'Lasten negatief, saldo als som',
          text: table('Overzicht', ['| Bedragen x € 1 mln | 2025 |', '|---|---|', '| Totaal lasten | -12,5 |', '| Totaal baten | 10,0 |', '| Saldo | -2,5 |'])
        },
        {
          title: 'Een toename per post met één verkeerde post: het totaal klopt (de post meldt table-row-arithmetic)',
          text: table('Beheerkosten', stijging('€ 5.000', '€ 25.000'))
        }
      ],
      notOk: [
        ...marginsNotOk,
        {
          title: 'Een saldo in een eigen tabel, met lasten en baten in de tabellen ervoor (waarschuwing)',
          text: example(['# Financiën', '', 'Tabel 1 Lasten (x € 1.000)', '', '| Omschrijving | 2027 | 2028 |', '|---|---|---|', '| Personeel | 2.410 | 2.460 |', '| Subsidies | 1.380 | 1.390 |', '| Subtotaal lasten | 3.790 | 3.850 |', '', 'Tabel 2 Baten (x € 1.000)', '', '| Omschrijving | 2027 | 2028 |', '|---|---|---|', '| Leges | 640 | 655 |', '| Huur | 215 | 220 |', '| Subtotaal baten | 855 | 875 |', '', 'Tabel 3 Saldo (x € 1.000)', '', '| Omschrijving | 2027 | 2028 |', '|---|---|---|', '| Saldo van baten en lasten | -2.935 | -2.795 |'], 'gemeente: Lindewaarde'),
          expected: ['Saldo `-2.795` in kolom `2028` klopt niet met de totaalregels van lasten en baten erboven: baten min lasten is `-2.975` (x € 1.000); herstel het saldo of een totaal']
        },
        {
          title: 'Een totaal dat niet optelt',
          text: table('Besparing per domein', ['| Domein | Besparing |', '|---|---|', '| Jeugd | € 450.000 |', '| Wmo | € 650.000 |', '| Totaal | € 1.000.000 |']),
          expected: ['Totaal `€ 1.000.000` in kolom `Besparing` klopt niet: de som van de rijen is `€ 1.100.000`']
        },
        {
          title: 'Een toename per post die klopt, met een totaal dat niet optelt',
          text: table('Beheerkosten', stijging('€ 15.000', '€ 35.000')),
          expected: ['Totaal `€ 35.000` in kolom `Toename 2026-2029` klopt niet: de som van de rijen is `€ 25.000`']
        },
        {
          title: 'Een verschil in miljoenen groter dan afronding op de dichtstbijzijnde stap',
          text: table(
            'Middelen',
            ['| Bron (x € 1 mln) | 2026 |', '|---|---|', '| Rijksbijdrage | 2,1 |', '| Provincie | 3,4 |', '| Eigen middelen | 1,2 |', '| Totaal | 7,0 |'],
            ['Door afronding kunnen totalen afwijken van de som.']
          ),
          expected: ['Totaal `7,0` in kolom `2026` wijkt `0,3` af van de som van de rijen (`6,7`, x € 1 mln); dat is meer dan afronding van de bedragen verklaart (hoogstens `0,2`): herstel het totaal of een regel']
        },
        {
          title: 'Een verschil in duizenden groter dan de afronding',
          text: begroting('1.900', '-1.590'),
          expected: [
            'Totaal `1.900` in kolom `Begroting 2025` klopt niet: de som van de rijen is `1.800` (x € 1.000); het verschil is groter dan de afronding toelaat (`3`)'
          ]
        },
        {
          title: 'Een saldo dat niet klopt',
          text: table('Overzicht', ['| Bedragen x € 1.000 | 2025 |', '|---|---|', '| Totaal lasten | 800 |', '| Totaal baten | 650 |', '| Saldo baten en lasten | -250 |']),
          expected: ['Saldo `-250` in kolom `2025` klopt niet: baten min lasten is `-150` (x € 1.000); het verschil is groter dan de afronding toelaat (`3`)']
        },
        {
          title: 'Een subtotaal dat niet optelt',
          text: table('Besparing', ['| Maatregel | Besparing |', '|---|---|', '| A | € 100.000 |', '| B | € 50.000 |', '| Subtotaal | € 160.000 |', '| C | € 40.000 |', '| Totaal | € 200.000 |']),
          expected: ['Subtotaal `€ 160.000` in kolom `Besparing` klopt niet: de som van de rijen is `€ 150.000`']
        },
        {
          title: 'Een onverklaard afrondingsverschil (info)',
          text: table('Investeringen', ['| Project (x € 1.000) | 2025 |', '|---|---|', '| Brug | 120,4 |', '| Fietspad | 80,4 |', '| Totaal | 201 |']),
          expected: ['Totaal `201` in kolom `2025` wijkt `0,2` af van de som van de rijen (`200,8`, x € 1.000); dat past binnen de afronding: vermeld "verschillen door afronding" bij de tabel']
        },
        {
          title: 'Een reserve waarvan de eindstand niet volgt uit begin en mutaties (het totaal klopt)',
          text: table('Reserves', ['| Reserve | Stand 1-1 | Toevoeging | Onttrekking | Stand 31-12 |', '|---|---|---|---|---|', '| Reserve kermis | 120 | 30 | 45 | 105 |', '| Reserve havens | 640 | 70 | 90 | 660 |', '| Totaal | 760 | 100 | 135 | 725 |'], ['Bedragen x € 1.000.']),
          expected: ['Eindstand `660` in rij `Reserve havens` klopt niet: begin plus toevoegingen min onttrekkingen is `640 + 70 − 90 = 620` (x € 1.000); herstel de eindstand of een mutatie']
        },
        {
          title: 'Een totaal dat een PM-post meetelt (waarschuwing)',
          text: table('Kosten', ['| Post | 2025 |', '|---|---|', '| Huur | € 40.000 |', '| Inrichting | PM |', '| Totaal | € 55.000 |']),
          expected: ['Totaal `€ 55.000` in kolom `2025` telt een PM-post mee: de bekende bedragen geven `€ 40.000`; een PM-post telt niet mee in een totaal: zet het totaal op de bekende bedragen of vul de post in']
        }
      ]
    }
  },
  (model, context) => {
    const extra = Number(context.options.tolerance ?? 0)
    model.financien?.tabellen?.forEach((tabel, t) => {
      const totals = finTotals(tabel)
      const outliers = outlierTotals(tabel, totals)
      const moves = movementFixes(tabel)
      const derived = derivedFixes(tabel)
      for (const m of moves) {
        const cell = tabel.rijen[m.row]?.bedragen[m.column]
        const stated = cell?.tekst ?? ''
        const where = m.inRow ? `rij \`${tabel.rijen[m.row]?.label ?? ''}\`` : `kolom \`${tabel.kolommen[m.column] ?? m.column + 1}\``
        context.report(`Eindstand \`${stated}\` in ${where} klopt niet: begin plus toevoegingen min onttrekkingen is \`${m.expression}\`${unitSuffix(tabel)}; herstel de eindstand of een mutatie`, {
          pointer: `/financien/tabellen/${t}/rijen/${m.row}/bedragen/${m.column}`,
          actual: stated,
          expected: [m.expression.split(' = ').at(-1) ?? '']
        })
      }
      for (const total of totals) {
        const rij = tabel.rijen[total.row]
        total.cells.forEach((check, c) => {
          if (!check || !rij) return
          const diff = Math.abs(check.claimed - check.computed)
          if (diff === 0) return
          // Rows of a movement table whose end breaks their own calculation throw the column
          // total off: when mending them makes the column add up, they are the finding, not the total.
          // The cell is a movement end already reported above, from its own calculation.
          if (moves.some((m) => m.row === total.row && m.column === c)) return
          const mended = moves.filter((m) => m.column === c && m.inRow && m.row !== total.row).reduce((sum, m) => sum + m.correction, check.computed)
          if (mended !== check.computed && Math.abs(check.claimed - mended) <= check.tolerance + extra) return
          // So do rows whose cell breaks the relation its column keeps with the others in every other
          // row (a change column `2028 − 2025`, the total row included): mended, they make the
          // column add up, so they are wrong (table-row-arithmetic reports them), not the total.
          const fixed = derived.filter((d) => d.column === c && d.row !== total.row && d.row > (previousTotal(totals, total.row) ?? -1))
          const remade = fixed.reduce((sum, d) => sum + d.correction, check.computed)
          if (fixed.length > 0 && Math.abs(check.claimed - remade) <= check.tolerance + extra) return
          // A saldo read from the signs of the rows above: within rounding it is no finding at all.
          if (check.estimated && diff <= check.tolerance + extra) return
          const cell = rij.bedragen[c]
          const claimed = (isBedrag(cell) || cell ? cell.tekst : undefined) ?? inTableUnit(check.claimed, tabel)
          const where = `${kinds[total.soort]} \`${claimed}\` in kolom \`${tabel.kolommen[c] ?? c + 1}\``
          const computed = inTableUnit(check.computed, tabel)
          const pointer = `/financien/tabellen/${t}/rijen/${total.row}/bedragen/${c}`
          const unit = unitSuffix(tabel).replace(/^ \((.*)\)$/, ', $1')
          // The table's other totals show how far its rounding moves a total: not this far.
          const outlier = (): void => {
            context.report(
              `${where} wijkt \`${inTableUnit(diff, tabel)}\` af van ${check.how} (\`${computed}\`${unit}); vrijwel alle andere totalen van de tabel wijken hoogstens één eenheid af, dus afronding verklaart dit niet: herstel het totaal of een regel`,
              { pointer, warning: true, actual: claimed, expected: [computed] }
            )
          }
          if (check.pm) {
            // A PM post does not count in a total (the Dutch budget convention): a total that differs
            // from the known amounts beyond rounding likely counts it, or is wrong; not proven.
            const beyond = diff > check.tolerance + extra
            if (!beyond && extra === 0 && outliers.has(`${total.row}:${c}`)) return outlier()
            context.report(
              `${where} telt een PM-post mee: de bekende bedragen geven \`${computed}\`${unitSuffix(tabel)}; ${beyond ? 'een PM-post telt niet mee in een totaal: zet het totaal op de bekende bedragen of vul de post in' : 'het totaal is niet exact na te rekenen'}`,
              beyond ? { pointer, warning: true } : { pointer, info: true }
            )
            return
          }
          if (diff <= check.tolerance + extra) {
            // The text by the table names the difference rounding may cause (`kunnen totalen 1
            // afwijken`): a larger one is more than the plan itself allows, though amounts
            // rounded one by one could still explain it. Not proven, so a warning.
            const margin = tabel.afrondingMarge
            if (margin !== undefined && extra === 0 && diff > margin) {
              context.report(
                `${where} wijkt \`${inTableUnit(diff, tabel)}\` af van ${check.how} (\`${computed}\`${unit}); de tekst bij de tabel staat door afronding hoogstens \`${inTableUnit(margin, tabel)}\` toe: herstel het totaal of een regel`,
                { pointer, warning: true, actual: claimed, expected: [computed] }
              )
              return
            }
            // Amounts in thousands or millions rounded to the nearest step are each off by at most
            // half a step: a larger difference needs amounts cut off instead of rounded, or a wrong
            // total. Not proven; an own `tolerance` option keeps its meaning.
            if ((tabel.eenheid?.factor ?? 1) > 1 && extra === 0 && 2 * diff > check.tolerance) {
              context.report(
                `${where} wijkt \`${inTableUnit(diff, tabel)}\` af van ${check.how} (\`${computed}\`${unit}); dat is meer dan afronding van de bedragen verklaart (hoogstens \`${inTableUnit(Math.floor(check.tolerance / 2), tabel)}\`): herstel het totaal of een regel`,
                { pointer, warning: true, actual: claimed, expected: [computed] }
              )
              return
            }
            if (extra === 0 && outliers.has(`${total.row}:${c}`)) return outlier()
            if (tabel.afronding) return
            context.report(
              `${where} wijkt \`${inTableUnit(diff, tabel)}\` af van ${check.how} (\`${computed}\`${unit}); dat past binnen de afronding: vermeld "verschillen door afronding" bij de tabel`,
              { pointer, info: true }
            )
            return
          }
          // The text by the table names the difference rounding may cause, and this one is within
          // it (amounts in euros rounded to hundreds, `hooguit € 100`): the plan's own rounding
          // explains it, so nothing is proven.
          if (tabel.afrondingMarge !== undefined && diff <= tabel.afrondingMarge + extra) return
          const rounded = (tabel.eenheid?.factor ?? 1) > 1 ? `; het verschil is groter dan de afronding toelaat (\`${inTableUnit(check.tolerance, tabel)}\`)` : ''
          context.report(`${where} klopt niet: ${check.how} is \`${computed}\`${unitSuffix(tabel)}${rounded}`, {
            pointer,
            actual: claimed,
            ...(check.estimated ? { warning: true } : {}),
            expected: [computed]
          })
        })
      }
    })
    // A saldo whose lasten and baten close other tables (carried-saldi): linked by labels, so a warning.
    const tabellen = model.financien?.tabellen ?? []
    for (const saldo of carriedSaldi(tabellen)) {
      const tabel = tabellen[saldo.table]!
      const cell = tabel.rijen[saldo.row]?.bedragen[saldo.column]
      const claimed = (isBedrag(cell) ? cell.tekst : undefined) ?? ''
      const computed = inTableUnit(saldo.computed, tabel)
      context.report(`Saldo \`${claimed}\` in kolom \`${tabel.kolommen[saldo.column] ?? saldo.column + 1}\` klopt niet met de totaalregels van lasten en baten erboven: ${saldo.how} is \`${computed}\`${unitSuffix(tabel)}; herstel het saldo of een totaal`, {
        pointer: `/financien/tabellen/${saldo.table}/rijen/${saldo.row}/bedragen/${saldo.column}`,
        warning: true,
        actual: claimed,
        expected: [computed]
      })
    }
  }
)

/**
 * The cells of a finance table's rows that break a relation of their column with the other columns
 * (a difference, a sum, a product) that its other rows keep, with how many cents mending each would
 * add to its column. Total rows are not judged against the rows above them here.
 */
function derivedFixes(tabel: FinTabel): Array<{ row: number; column: number; correction: number }> {
  const table = finTextTable(tabel)
  return brokenCells(table, { totalRows: false, movement: false }).flatMap((b) => {
    const row = table.rows.findIndex((cells) => cells.includes(b.cell))
    const mend = row < 0 ? undefined : mendAt(tabel, row, table.rows[row]?.indexOf(b.cell) ?? 0, b.computed)
    return mend?.correction === undefined ? [] : [{ row, column: mend.column, correction: mend.correction }]
  })
}

/**
 * The amount column of a finance table behind a column of its text table, and how many cents
 * mending the row's cell there to `computed` (in the table's unit) adds to that column: undefined
 * for a cell that holds no amount.
 */
function mendAt(tabel: FinTabel, row: number, textColumn: number, computed: Rational): { column: number; correction?: number } {
  const column = textColumn - 1 - (tabel.tekstkolommen?.length ?? 0)
  const cell = tabel.rijen[row]?.bedragen[column]
  const cents = Math.round((Number(computed.n) / Number(computed.d)) * (tabel.eenheid?.factor ?? 1) * 100)
  return { column, ...(column >= 0 && isBedrag(cell) ? { correction: cents - cell.centen } : {}) }
}

// The row of the total before `row`, if any: the rows a total adds up start after it.
function previousTotal(totals: ReadonlyArray<{ row: number }>, row: number): number | undefined {
  return totals.map((t) => t.row).filter((r) => r < row).at(-1)
}

/**
 * The movement rows of a finance table that break begin + additions − withdrawals = end, in the
 * table's amount columns, with how many cents mending each would add to its column.
 */
function movementFixes(tabel: FinTabel): Array<MovementBreak & { correction: number }> {
  const texts = tabel.tekstkolommen?.length ?? 0
  return movementBreaks(finTextTable(tabel))
    .filter((m) => m.column > texts)
    .map((m) => {
      const { column, correction = 0 } = mendAt(tabel, m.row, m.column, m.computed)
      return { ...m, column, correction }
    })
}
