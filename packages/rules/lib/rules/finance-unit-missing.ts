import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { proseTexts } from '../util/text.js'

// `€ 1,9` not followed by a magnitude: one decimal means a rounded large amount, not cents.
const bare = /€\s?\d{1,3},\d(?!\d)(?!\s*(?:mln|miljoen|miljard|mld|k\b|duizend|\w*[.,]\d))/gu

/** Rule: a rounded amount states its magnitude. */
export const financeUnitMissing = lintRule(
  {
    id: 'finance-unit-missing',
    severity: 'error',
    severityByStatus: { concept: 'warning' },
    group: 'financien',
    description: 'Een afgerond bedrag noemt zijn eenheid (`€ 1,9 miljoen`, niet `€ 1,9`).',
    docs: {
      what: 'Meldt bedragen in lopende tekst met één cijfer achter de komma en zonder `miljoen`, `mln`, `miljard` of `k` erachter (`€ 1,9 in 2025`). Een bedrag in euro\'s en centen heeft twee cijfers achter de komma; één cijfer is een afgerond groot bedrag waarvan de eenheid is weggevallen. In een concept is dit een waarschuwing, vanaf `ingediend` een fout.',
      why: 'In de bron staat "€ 1,9 in 2025" waar elders "€ 1,9 miljoen" staat: letterlijk gelezen is de besparing één euro negentig.',
      ok: example(['# Financiën', '', 'De besparing is € 1,9 miljoen in 2025; een kopje koffie kost € 1,90.']),
      notOk: example(['# Financiën', '', 'De besparing die we denken te halen is:', '', '- € 1,9 in 2025']),
      expected: ['Bedrag `€ 1,9` mist een eenheid; schrijf bijvoorbeeld `€ 1,9 miljoen`']
    }
  },
  (model, context) => {
    for (const { pointer, text } of proseTexts(model)) {
      for (const match of text.matchAll(bare)) {
        const location = textLocation(context.file, pointer, text, match.index, match[0].length)
        context.report(`Bedrag \`${match[0]}\` mist een eenheid; schrijf bijvoorbeeld \`${match[0]} miljoen\``, {
          pointer,
          ...(location ? { location } : {}),
          actual: match[0]
        })
      }
    }
  }
)
