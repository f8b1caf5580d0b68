import { offsetLocation } from '@kapstok/core'
import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { datedProductsNotOk, datedProductsOk } from '../util/table-row-arithmetic-examples-dated.js'
import { finCellPointer, finTextTable } from '../util/fin-text-table.js'
import { riskTables } from '../util/model-tables.js'
import { number } from '../util/onderbouwing.js'
import { sourceText } from '../util/source-text.js'
import { brokenCells, textBrokenCells, type Broken } from '../util/table-relations.js'
import { markdownTables } from '../util/markdown-tables.js'
import { cellShareClaims } from '../util/share-list-items.js'
import { withPercentHeaders } from '../util/share-percent-columns.js'
import { tableClaims } from '../util/share-text-claims.js'
import { textTables } from '../util/text-tables.js'
import { lineStart, proseTexts } from '../util/text.js'

const plan = (body: string[]): string => example(['# Wonen', '', ...body], 'gemeente: Lindewaarde')
// A staat van reserves with the narrow columns' abbreviations (`Dot.`, `Onttr.`).
const reserves = (eind: string): string[] => [
  '| Reserve | Beginsaldo | Dot. | Onttr. | Eindsaldo |',
  '|---|---|---|---|---|',
  '| Reserve speelvoorzieningen | 1.240 | 150 | 310 | 1.080 |',
  '| Reserve kunstwerken | 860 | - | 95 | 765 |',
  `| Reserve wijkbudgetten | 415 | 60 | 40 | ${eind} |`
]
// A reserve per year, with interest credited in a column of its own.
const rente = (eind: string): string[] => [
  '| Jaar | Saldo 1 januari | Rente bijschrijven | Storting | Onttrekking | Saldo 31 december |',
  '|---|---|---|---|---|---|',
  '| 2026 | 4.300 | 86 | 250 | 600 | 4.036 |',
  `| 2027 | 4.036 | 81 | 250 | 0 | ${eind} |`,
  '| 2028 | 4.367 | 87 | 0 | 400 | 4.054 |'
]
const bouw = (totaal: string, rij: string): string[] => [
  '| Segment | 2026 | 2027 | 2028 | Totaal |',
  '|---|---|---|---|---|',
  '| Sociale huur | 80 | 90 | 100 | 270 |',
  `| Middenhuur | 40 | 45 | 50 | ${rij} |`,
  '| Koop | 60 | 70 | 80 | 210 |',
  `| Totaal | 180 | 205 | 230 | ${totaal} |`
]

/** Rule: a table whose columns or rows follow a calculation follows it in every row. */
export const tableRowArithmetic = lintRule(
  {
    id: 'table-row-arithmetic',
    severity: 'warning',
    group: 'financien',
    description: 'Een tabel in de tekst waarvan de kolommen of rijen een berekening volgen (een totaal, een verschil, aantal × prijs, een percentage) volgt die berekening in elke rij.',
    docs: {
      what: 'Leest de tabellen in de lopende tekst, de risicotabel (ook de kolommen die het model niet kent, zoals `Kans × gevolg`) en de financiële tabellen (van die laatste niet de totaalrijen: die rekent `finance-sum-mismatch` na) en zoekt de berekening die de kolommen of rijen volgen: een kolom die de som is van een reeks kolommen ervoor (jaarkolommen en `Totaal`), het verschil van twee kolommen, het product van twee (`aantal` × `prijs` = `bedrag`), een percentagekolom die de ene kolom gedeeld door de andere is, en een rij `Totaal` (of `Samen`) die de som is van de rijen erboven, of van de rijen eronder als die rij de eerste en enige totaalrij is (`Totaal lasten` boven de posten). Staat de berekening in de kop (`totaal`, `samen`, `verschil`, `aantal`, `prijs`, `per`) dan moet ze in minstens twee andere rijen kloppen; zonder zo’n woord in minstens drie (of in twee met andere getallen dan 0 en 1), en mag ze in één rij niet kloppen. Die rij meldt de regel. Een `-` in een cel telt in een som of verschil als nul; een getal met zijn eenheid (`26 km`, `€ 3.100 per km`, `9 dorpen`) telt als getal, ook in een financiële tabel. Een kolom `… per <eenheid>` is de ene kolom gedeeld door de andere (`Subsidie` ÷ `Bezoekers` = `Subsidie per bezoeker`); een kop die een gemiddelde noemt zonder eenheid (`Gemiddelde bijdrage`, `Gem. duur`) is dat zodra twee rijen het tonen en meer rijen kloppen dan breken, en zonder zo’n kop zodra drie rijen kloppen en één breekt; noemt één kop een prijs of tarief (`Tarief`, `Loonkosten per fte`) naast een andere getallenkolom en een bedrag of totaal (`Opbrengst`, `Totaal`), dan moet elke rij dat product zijn zodra één rij het bevestigt. Een kolom `Verschil`, `Toename`, `Groei`, `Afname`, `Wijziging` of `Verandering` direct na precies twee getallenkolommen is per rij de verandering van de eerste naar de tweede, als getal of (in procenten) als deel van de eerste; het teken telt niet mee, en de kop zegt genoeg zodra niet meer rijen breken dan kloppen, ook in een tabel van twee rijen. Noemt zo’n kop de rij ervoor (`Verschil met vorig jaar`, `Mutatie t.o.v. voorgaand jaar`) en staat er één getallenkolom voor, dan is elke cel het getal van die kolom in de rij min dat in de rij erboven. Een kolom met een verschil in procentpunten (`-2 procentpunt`, `+3 pp`) is het verschil van twee percentagekolommen. Een kolom (of rij) die het lopende totaal van een andere is (`Nieuw` en `Cumulatief`, `Aflossing` en `Restschuld`, ook vanaf een beginstand) moet dat in elke rij zijn zodra de andere rijen het volgen; de laatste cel van zo’n kolom telt niet mee in een rij `Totaal`. Een berekening in het label of de toelichting van een rij (`(3 fte × € 72.000)`, `(€ 180.000 / 4 jaar)`) moet de bedragen van de jaren in die rij geven, in de eenheid van de tabel (staat die er niet bij, dan in de eenheid waarin twee cellen van de rij de uitkomst geven; bij twee jaren mag het ene jaar de uitkomst geven als het andere er een tikfout van is, `480` voor `408`); een rij die het bedrag over de jaren verdeelt, halverwege begint, een eenmalige aankoop of een latere indexatie toont, of iets bij het product optelt (`plus`, `inclusief`), blijft buiten beschouwing. Een kolom per periode (`Per jaar`, `Per maand`, `Uren per week`) naast een kolom over een langere periode (`2027-2030`, `Per jaar`, `(40 weken)`, `Totaal planperiode`) is in elke rij dezelfde veelvoud: het aantal jaren, maanden of weken dat de kop noemt, of (noemt de kop het niet) het veelvoud dat minstens drie rijen delen; een totaalrij telt daarbij niet mee. Een kolom met bedragen naast een kolom met aantallen (`Inwoners` en `Budget`, `m²` en `Kosten`) is in elke rij hetzelfde tarief maal het aantal: het tarief dat de kop of de tekst van de paragraaf ervoor of erna noemt (`€ 25 per leerling`, `à € 40`, `4 euro per deelnemer`; niet in een zin met een minimum of maximum), of anders de exacte verhouding die minstens drie rijen (met verschillende aantallen) delen, of een tarief in centen dat minstens drie rijen binnen de afronding van de kolom geven; één rij mag dan afwijken, tenzij de tekst het bedrag van die rij apart noemt. Twee kolommen met een jaartal (`Realisatie 2024`, `Raming 2027`) zijn geen aantal en tarief, en een kolom in procenten of `per …` is geen aantal. Een totaalrij telt een kolom niet na als een cel erboven een bedrag in woorden of een bereik geeft (`van € 8.000 tot € 12.000`). Een rij `Gemiddeld` is per kolom het gemiddelde van de rijen erboven zodra twee kolommen dat zijn (een kolom `per …` of in procenten telt dan alleen als bevestiging). Kale getallen met een teken (`+3`, `-2`) naast twee percentagekolommen zijn procentpunten, en mogen één punt afronding hebben. Een tabel in duizenden of miljoenen (`x € 1.000`) mag per getal één stap afwijken. Noemt een kop de eenheid van zijn eigen kolom (`Totaal (x € 1.000)` naast een prijs in euro’s), dan telt een product in die eenheid. Een kolom met een gemiddelde, mediaan, leeftijd, bouwjaar, prijs, tarief, cijfer of bedrag per eenheid (`Gemiddelde leeftijd`, `Prijs per bank`) telt een totaalrij niet op; een aantal per periode (`Bezoekers per jaar`) wel. Een staat van reserves (`Stand 1-1`, `Toevoeging`, `Onttrekking`, `Stand 31-12`, ook afgekort als `Dot.` en `Onttr.` en met rente als `Rente bijschrijven`, per rij of per jaarkolom) volgt per reserve begin plus toevoegingen min onttrekkingen is eindstand; een regel die dat niet doet wordt gemeld, en niet het totaal dat erdoor niet klopt (in een financiële tabel doet `finance-sum-mismatch` dat). Oordeelt `percentage-claim-check` dat het percentage van een rij niet klopt en is dat percentage de cel die breekt (of heet de kolom `Aandeel …`), dan meldt alleen die regel het. Een waarschuwing: de tabel zegt niet dat de berekening voor elke rij geldt. Een product van twee kolommen rekent een duur om als de koppen dat zeggen (`Minuten per contact` maal een aantal is `Uren per jaar` gedeeld door 60), en een kolom `Per maand` of `Per week` naast `Per jaar` volgt de kalender zodra één rij dat laat zien.',
      why: 'Een totaal van 1.260 woningen naast jaarcijfers die samen 1.240 zijn: de lezer rekent na, vindt het verschil en weet niet welk getal geldt.',
      ok: [
        { title: 'Een staat van reserves met afgekorte kolommen die klopt', text: plan(reserves('435')) },
        { title: 'Een reserve per jaar met bijgeschreven rente die klopt', text: plan(rente('4.367')) },
        { title: 'Een lopend totaal met een totaalrij eronder', text: plan(['| Jaar | Nieuw | Cumulatief |', '|---|---|---|', '| 2026 | 80 | 80 |', '| 2027 | 95 | 175 |', '| 2028 | 110 | 285 |', '| Totaal | 285 | 285 |']) },
        { title: 'Een tabel met een totaalkolom en een totaalrij die kloppen', text: plan(bouw('615', '135')) },
        {
          title: 'Een totaalrij met een verhouding en met een percentage: geen som van de rijen',
          text: plan(['| Kern | Inwoners | Leden | Leden per 100 inwoners | Onbenut (%) |', '|---|---|---|---|---|', '| Noord | 10.000 | 1.200 | 12,0 | 4,0 |', '| Zuid | 5.000 | 800 | 16,0 | 7,0 |', '| Totaal | 15.000 | 2.000 | 13,3 | 5,0 |'])
        },
        {
          title: 'Een totaalrij met een gemiddelde in een kolom zonder kopwoord daarvoor',
          text: plan(['| Wijk | Deelnemers | Rapportage |', '|---|---|---|', '| Noord | 120 | 7,4 |', '| Zuid | 80 | 6,8 |', '| Oost | 60 | 7,1 |', '| Totaal | 260 | 7,1 |'])
        },
        { title: 'Een tabel zonder berekening', text: plan(['| Wijk | Woningen | Huishoudens |', '|---|---|---|', '| Noord | 1.200 | 1.150 |', '| Zuid | 900 | 870 |', '| Oost | 640 | 610 |']) },
        {
          title: 'Aantal maal prijs dat klopt',
          text: plan(['| Voorziening | Aantal | Prijs per stuk | Bedrag |', '|---|---|---|---|', '| Bankjes | 12 | € 1.500 | € 18.000 |', '| Prullenbakken | 20 | € 400 | € 8.000 |', '| Fietsnietjes | 40 | € 150 | € 6.000 |'])
        },
        { title: 'Een tabel in duizenden die binnen de afronding klopt', text: plan(['Bedragen x € 1.000.', '', '| Post | 2026 | 2027 | Totaal |', '|---|---|---|---|', '| Sport | 12,4 | 13,1 | 25,4 |', '| Cultuur | 8,2 | 8,6 | 16,8 |', '| Welzijn | 5,5 | 5,7 | 11,2 |']) },
        ...datedProductsOk
      ],
      notOk: [
        {
          title: 'Een staat van reserves met afgekorte kolommen die in één rij niet klopt',
          text: plan(reserves('475')),
          expected: ['Cel `475` (rij `Reserve wijkbudgetten`, kolom `Eindsaldo`) volgt niet de berekening in de rij zelf: `415 + 60 − 40 = 435`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Een reserve per jaar met bijgeschreven rente die in één jaar niet klopt',
          text: plan(rente('4.467')),
          expected: ['Cel `4.467` (rij `2027`, kolom `Saldo 31 december`) volgt niet de berekening in de rij zelf: `4.036 + 81 + 250 − 0 = 4.367`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Een aantal maal minuten in een kolom met uren',
          text: plan(['| Activiteit | Aantal per jaar | Minuten per keer | Uren per jaar |', '|---|---|---|---|', '| Huisbezoek | 900 | 60 | 900 |', '| Spreekuur | 1.200 | 20 | 400 |', '| Telefonisch consult | 2.400 | 10 | 400 |', '| Groepsvoorlichting | 150 | 90 | 245 |']),
          expected: ['Cel `245` (rij `Groepsvoorlichting`, kolom `Uren per jaar`) volgt niet de berekening van de andere rijen: `150 × 90 ÷ 60 = 225`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Een lopend totaal dat in één rij niet klopt',
          text: plan(['| Jaar | Nieuw | Cumulatief |', '|---|---|---|', '| 2026 | 80 | 80 |', '| 2027 | 95 | 175 |', '| 2028 | 110 | 295 |', '| 2029 | 90 | 375 |']),
          expected: ['Cel `295` (rij `2028`, kolom `Cumulatief`) volgt niet de berekening van de andere rijen: `175 + 110 = 285`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Een berekening in het label die de bedragen in duizenden niet geven',
          text: example(['# Financiën', '', '## Lasten (x € 1.000)', '', '| Onderdeel | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Wijkcoaches (2 fte × € 71.000) | 142 | 152 | 142 |', '| Activiteiten | 30 | 30 | 30 |'], 'gemeente: Lindewaarde'),
          expected: ['Cel `152` (rij `Wijkcoaches (2 fte × € 71.000)`, kolom `2027`) volgt niet de berekening in de rij zelf: `2 fte × € 71.000 = 142.000`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Een totaalkolom die in één rij niet klopt',
          text: plan(bouw('615', '155')),
          expected: ['Cel `155` (rij `Middenhuur`, kolom `Totaal`) volgt niet de berekening van de andere rijen: `40 + 45 + 50 = 135`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Een totaalrij die niet de som is',
          text: plan(bouw('695', '135')),
          expected: ['Cel `695` (rij `Totaal`, kolom `Totaal`) volgt niet de berekening van de andere rijen: `180 + 205 + 230 = 615`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Aantal maal prijs dat in één rij niet klopt',
          text: plan(['| Voorziening | Aantal | Prijs per stuk | Bedrag |', '|---|---|---|---|', '| Bankjes | 12 | € 1.500 | € 18.000 |', '| Prullenbakken | 20 | € 400 | € 9.000 |', '| Fietsnietjes | 40 | € 150 | € 6.000 |']),
          expected: ['Cel `€ 9.000` (rij `Prullenbakken`, kolom `Bedrag`) volgt niet de berekening van de andere rijen: `20 × € 400 = 8.000`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Investering min subsidie in een financiële tabel, met een `-`',
          text: example(['# Financiën', '', '| Gebouw | Investering | Subsidie | Netto |', '|---|---|---|---|', '| Brede school | € 6.200.000 | € 1.100.000 | € 5.100.000 |', '| Gymzaal | € 1.900.000 | € 300.000 | € 1.500.000 |', '| Bibliotheek | € 2.600.000 | - | € 2.600.000 |'], 'gemeente: Lindewaarde'),
          expected: ['Cel `€ 1.500.000` (rij `Gymzaal`, kolom `Netto`) volgt niet de berekening van de andere rijen: `€ 1.900.000 − € 300.000 = 1.600.000`; herstel de cel of de getallen ervoor']
        },
        {
          title: 'Een toename in procenten die in een tabel van twee rijen niet klopt',
          text: plan(['| Soort | 2024 | 2025 | Toename |', '|---|---|---|---|', '| Huurwoningen | 400 | 500 | 25% |', '| Koopwoningen | 200 | 260 | 20% |']),
          expected: ['Cel `20%` (rij `Koopwoningen`, kolom `Toename`) volgt niet de berekening van de andere rijen: `(260 − 200) ÷ 200 = 30,0%`; herstel de cel of de getallen ervoor']
        },
        ...datedProductsNotOk
      ]
    }
  },
  (model, context) => {
    const report = (b: Broken, pointer: string, location?: ReturnType<typeof textLocation>): void => {
      const source = b.inRow ? 'in de rij zelf' : 'van de andere rijen'
      context.report(`Cel \`${b.cell.text}\` (rij \`${b.row}\`, kolom \`${b.column}\`) volgt niet de berekening ${source}: \`${b.expression}\`; herstel de cel of de getallen ervoor`, {
        pointer,
        ...(location ? { location } : {}),
        actual: b.cell.text,
        // A calculation in the label comes out in euros; the cell stands in the table's unit.
        expected: [b.inRow ? number(b.computed) : (b.expression.split(' = ').at(-1) ?? '')]
      })
    }
    for (const { pointer, text } of proseTexts(model)) {
      const broken = textBrokenCells(text)
      if (broken.length === 0) continue
      // A share's row that percentage-claim-check judges wrong is its message: one defect, one message.
      const tables = withPercentHeaders(markdownTables(text))
      const judged = new Set([...tableClaims(tables), ...cellShareClaims(tables)].filter((c) => !c.fits).map((c) => lineStart(text, c.index)))
      for (const b of broken) if (!b.share || !judged.has(lineStart(text, b.cell.index))) report(b, pointer, textLocation(context.file, pointer, text, b.cell.index, b.cell.text.length))
    }
    // A risk table is read into the model by the columns it knows; a product column
    // (`Kans × gevolg`) stands in its source only, with the unit the text above gives.
    for (const table of riskTables(model, context.file)) {
      const start = table.location.start.offset ?? 0
      // The lines above it give the unit (`Bedragen x € 1.000.`), as around a table in a text.
      const lead = (sourceText(context.file, table.file) ?? '').slice(Math.max(0, start - 300), start)
      for (const read of textTables(lead + table.text)) {
        for (const b of brokenCells(read, { text: lead + table.text })) {
          if (b.cell.index >= lead.length) report(b, table.pointer, offsetLocation(table.location, table.text, b.cell.index - lead.length, b.cell.text.length))
        }
      }
    }
    // A finance table's rows may follow a relation between its columns too (`aantal × tarief =
    // bedrag`); its total rows and movement rows are finance-sum-mismatch's.
    model.financien?.tabellen?.forEach((tabel, t) => {
      const table = finTextTable(tabel)
      for (const b of brokenCells(table, { totalRows: false, movement: false })) {
        const r = table.rows.findIndex((row) => row.includes(b.cell))
        const c = table.rows[r]?.indexOf(b.cell) ?? 0
        report(b, finCellPointer(tabel, t, r, c))
      }
    })
  }
)
