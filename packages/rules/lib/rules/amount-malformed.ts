import { collectTexts } from '@kapstok/core'
import { formatEuro, parseDutchAmount } from '@kapstok/nl'
import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { proseTexts } from '../util/text.js'

const plan = (body: string[]): string => example(['# Financiën', '', ...body], 'gemeente: Lindewaarde')

// `€ 350.00 0`, `€ 12.500, -`, `€⏎720.00 0`: a euro sign and what follows that looks numeric.
// The number never ends in a dot (`€95.000. 2 teams` is a sentence end), and a magnitude
// word belongs to the amount (`€2,125 miljard` is fine, `€ 2.4 miljoen` is not).
const euro = /€\s?\d(?:[\d.]*\d)?(?:,\d+)?(?:\s\d{1,3}\b(?![.,]\d))*(?:,\s?-)?(?:\s(?:miljoen|miljard|mln|mld)\b)?/g

// A number after a space belongs to the amount when the amount before it is broken without it
// (`€ 350.00 0`), or when spaces group its thousands (`€ 1 250 000`). After a well-formed amount
// it is the next word (`€ 1.250.000 40% van het budget`, `€ 36.000 12 lessen`), and joining them
// would report a defect the text does not have.
function ownAmount(written: string): string {
  const split = /(?<=\d)\s(?=\d)/.exec(written)
  if (!split) return written
  const before = written.slice(0, split.index)
  const head = parseDutchAmount(before)
  if (!head || head.malformed) return written
  const spaceGrouped = /^€\s?\d{1,3}$/.test(before) && /^(?:\s\d{3})+(?:,|$)/.test(written.slice(split.index).replace(/\s(?:miljoen|miljard|mln|mld)$/, ''))
  return spaceGrouped ? written : before
}

/** Rule: amounts are written correctly (no stray spaces or separators). */
export const amountMalformed = lintRule(
  {
    id: 'amount-malformed',
    severity: 'error',
    group: 'financien',
    description: 'Bedragen zijn goed genoteerd (geen losse spaties of scheidingstekens).',
    docs: {
      what: 'Leest alle bedragen in financiële tabellen en taakstellingen, en bedragen met `€` in lopende tekst, met `parseDutchAmount` en meldt kapotte notaties: `€ 350.00 0`, `€ 12.500, -`, `1,250,000`, en drie decimalen na een heel getal (`€1,314`: een Engels duizendtal of een tikfout). Een prijs per eenheid in tienden van centen (`€ 0,115`, `€ 0,0825`) is in lopende tekst goed genoteerd; in een financiële tabel, die in centen rekent, niet.',
      why: 'Bij het omzetten uit Word of PDF vallen spaties in bedragen; `€ 350.00 0` kan 350.000 of 35.000 zijn en geen lezer weet welke.',
      ok: [
        { title: 'Gewone bedragen in de tekst', text: plan(['De besparing op de Wmo is € 350.000 per jaar, daarnaast € 12.500,- eenmalig.']) },
        { title: 'Een afgerond bedrag met decimalen', text: plan(['Het budget is € 2,125 miljard; de bijdrage € 12,50 per maand.']) },
        { title: 'Een prijs per eenheid in tienden van centen', text: plan(['Tegen € 0,115 per kWh en € 0,0825 per m³ water levert het dak € 13.800 per jaar op.']) },
        {
          title: 'Een tabel in duizenden met `-`, PM en `-/-`',
          text: plan(['## Lasten', '', '| Bedragen x € 1.000 | 2025 | 2026 |', '|---|---|---|', '| Onderhoud | 1.250 | - |', '| Sloop | PM | -/- 40 |'])
        },
        { title: 'Een zin die eindigt na een bedrag', text: plan(['We besparen € 95.000. 2 teams starten later.']) },
        { title: 'Een bedrag met direct een aandeel erachter', text: plan(['De sporthal krijgt met € 1.250.000 40% van het budget.']) },
        { title: 'Een bedrag met direct een aantal erachter', text: plan(['Voor € 36.000 12 extra lessen en voor € 9.500 3 cursussen.']) }
      ],
      notOk: [
        {
          title: 'Een spatie in het bedrag',
          text: plan(['De besparing op de Wmo is € 350.00 0 per jaar.']),
          expected: ['Bedrag `€ 350.00 0` is onjuist genoteerd; bedoeld is waarschijnlijk `€ 350.000`']
        },
        {
          title: 'Een spatie in `,-`',
          text: plan(['Daarnaast is € 12.500, - eenmalig nodig.']),
          expected: ['Bedrag `€ 12.500, -` is onjuist genoteerd; bedoeld is waarschijnlijk `€ 12.500`']
        },
        {
          title: 'Engelse notatie in een tabel',
          text: plan(['## Kosten', '', '| Post | Bedrag |', '|---|---|', '| Huur | 1,250,000 |']),
          expected: ['Bedrag `1,250,000` is onjuist genoteerd; bedoeld is waarschijnlijk `€ 1.250.000`']
        },
        {
          title: 'Spaties als scheidingsteken voor duizendtallen',
          text: plan(['Het werkbudget groeit tot € 1 480 000 in 2028.']),
          expected: ['Bedrag `€ 1 480 000` is onjuist genoteerd; bedoeld is waarschijnlijk `€ 1.480.000`']
        },
        {
          title: 'Een decimaalpunt voor miljoenen',
          text: plan(['Het tekort loopt op tot € 2.4 miljoen.']),
          expected: ['Bedrag `€ 2.4 miljoen` is onjuist genoteerd; bedoeld is waarschijnlijk `€ 2.400.000`']
        }
      ]
    }
  },
  (model, context) => {
    const report = (text: string, pointer: string, index: number, whole: string, cents: number, note?: string): void => {
      const location = textLocation(context.file, pointer, whole, index, text.length)
      context.report(`Bedrag \`${text.replace(/\s+/g, ' ')}\` is onjuist genoteerd; bedoeld is waarschijnlijk \`${formatEuro(cents)}\``, {
        pointer,
        ...(location ? { location } : {}),
        actual: text,
        ...(note ? { note } : {})
      })
    }
    // Amounts the reader stored (tables, taakstellingen).
    const stored = /\/(bedragen\/\d+|bedrag)\/tekst$/
    for (const { pointer, text } of collectTexts(model.financien, ['financien'])) {
      if (!stored.test(pointer)) continue
      const amount = parseDutchAmount(text)
      // A table of amounts counts in cents: tenths of cents there would be lost in every total and output.
      if (amount?.malformed || amount?.subCent) report(text, pointer, 0, text, amount.cents, amount.note)
    }
    // Amounts in running text.
    for (const { pointer, text } of proseTexts(model)) {
      if (stored.test(pointer)) continue
      for (const match of text.matchAll(euro)) {
        const written = ownAmount(match[0])
        const amount = parseDutchAmount(written)
        if (amount?.malformed) report(written, pointer, match.index, text, amount.cents, amount.note)
      }
    }
  }
)
