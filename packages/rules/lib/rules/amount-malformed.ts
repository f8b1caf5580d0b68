import { collectTexts } from '@kapstok/core'
import { formatEuro, parseDutchAmount } from '@kapstok/nl'
import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { proseTexts } from '../util/text.js'

// `€ 200.00 0`, `€ 45.000, -`, `€⏎650.00 0`: a euro sign and what follows that looks numeric.
// The number never ends in a dot (`€180.000. 1 groep` is a sentence end), and a magnitude
// word belongs to the amount (`€1,314 miljard` is fine, `€ 1.7 miljoen` is not).
const euro = /€\s?\d(?:[\d.]*\d)?(?:,\d+)?(?:\s\d{1,3}\b(?![.,]\d))*(?:,\s?-)?(?:\s(?:miljoen|miljard|mln|mld)\b)?/g

/** Rule: amounts are written correctly (no stray spaces or separators). */
export const amountMalformed = lintRule(
  {
    id: 'amount-malformed',
    severity: 'error',
    group: 'financien',
    description: 'Bedragen zijn goed genoteerd (geen losse spaties of scheidingstekens).',
    docs: {
      what: 'Leest alle bedragen in financiële tabellen en taakstellingen, en bedragen met `€` in lopende tekst, met `parseDutchAmount` en meldt kapotte notaties: `€ 200.00 0`, `€ 45.000, -`, `1,900,000`.',
      why: 'Bij het omzetten uit Word of PDF vallen spaties in bedragen; `€ 200.00 0` kan 200.000 of 20.000 zijn en geen lezer weet welke.',
      ok: example(['# Financiën', '', 'De besparing op de Wmo is € 200.000 per jaar.']),
      notOk: example(['# Financiën', '', 'De besparing op de Wmo is € 200.00 0 per jaar, daarnaast € 45.000, - eenmalig.']),
      expected: [
        'Bedrag `€ 200.00 0` is onjuist genoteerd; bedoeld is waarschijnlijk `€ 200.000`',
        'Bedrag `€ 45.000, -` is onjuist genoteerd; bedoeld is waarschijnlijk `€ 45.000`'
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
      if (amount?.malformed) report(text, pointer, 0, text, amount.cents, amount.note)
    }
    // Amounts in running text.
    for (const { pointer, text } of proseTexts(model)) {
      if (stored.test(pointer)) continue
      for (const match of text.matchAll(euro)) {
        const amount = parseDutchAmount(match[0])
        if (amount?.malformed) report(match[0], pointer, match.index, text, amount.cents, amount.note)
      }
    }
  }
)
