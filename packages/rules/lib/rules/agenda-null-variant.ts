import { lintRule } from '../rule.js'
import { replaceFix } from '../fix.js'
import { agendaHeader, example } from '../util/examples.js'

const none = /^(?:geen|n\.?\s?v\.?\s?t\.?|niet van toepassing|nvt|-+|–|—|x)$/i

/** Rule: "nothing" is an empty cell, not `Geen`, `nvt` or `-`. */
export const agendaNullVariant = lintRule(
  {
    id: 'agenda-null-variant',
    severity: 'info',
    group: 'agenda',
    fixable: true,
    description: 'Geen bijzonderheden schrijf je als lege cel, niet als `Geen`, `nvt` of `-`.',
    docs: {
      what: 'Meldt cellen bijzonderheden (en eigenaar, status) met een woord voor "niets": `Geen`, `n.v.t.`, `-`. `--fix` maakt de cel leeg.',
      why: 'De bron heeft 34 lege cellen en 3 keer "Geen": twee schrijfwijzen voor hetzelfde maken tellen en filteren onbetrouwbaar.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | 2023 | Wmo | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | 2023 | Wmo | Geen |']),
      expected: ['Bijzonderheden `Geen` betekent niets; laat de cel leeg']
    }
  },
  (model, context) => {
    ;(model.acties ?? []).forEach((actie, index) => {
      for (const [field, name] of [['bijzonderheden', 'Bijzonderheden'], ['eigenaar', 'Eigenaar'], ['status', 'Status']] as const) {
        const text = actie[field]?.trim()
        if (!text || !none.test(text)) continue
        const pointer = `/acties/${index}/${field}`
        const fix = replaceFix(context.file, context.file.sourceMap.get(pointer), text, '')
        context.report(`${name} \`${text}\` betekent niets; laat de cel leeg`, { pointer, actual: text, ...(fix ? { fix } : {}) })
      }
    })
  }
)
