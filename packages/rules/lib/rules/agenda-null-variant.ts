import { lintRule } from '../rule.js'
import { replaceFix } from '../fix.js'
import { agendaPlan } from '../util/agenda-examples.js'

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
      what: 'Meldt cellen voor de toelichting, de eigenaar en de status met een woord voor "niets": `Geen`, `n.v.t.`, `-`. `--fix` maakt de cel leeg. Een toelichting die met zo\'n woord begint maar meer zegt (`Geen extra kosten`) is gewoon tekst.',
      why: 'Twee schrijfwijzen voor hetzelfde (een lege cel en "Geen") maken tellen en filteren onbetrouwbaar.',
      ok: [
        { title: 'Lege toelichting', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |']) },
        { title: 'Toelichting die met Geen begint', text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | Geen extra kosten |']) },
        { title: 'Streepje in een datumcel', text: agendaPlan(['| Buurtkamers | Ontmoeting | 2024 | - | Wmo | Met Welzijn Lindewaard |']) }
      ],
      notOk: [
        {
          title: 'Geen als toelichting',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | Geen |']),
          expected: ['Bijzonderheden `Geen` betekent niets; laat de cel leeg']
        },
        {
          title: 'n.v.t. als toelichting',
          text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | n.v.t. |']),
          expected: ['Bijzonderheden `n.v.t.` betekent niets; laat de cel leeg']
        },
        {
          title: 'Streepje als trekker',
          text: agendaPlan(['| Buurtkamers | Ontmoeting | - |'], { header: '| Activiteit | Doel | Trekker |' }),
          expected: ['Eigenaar `-` betekent niets; laat de cel leeg']
        }
      ]
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
