import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { rowLabel } from '../util/agenda.js'
import { code } from '../util/text.js'

const cells = ['doel', 'start', 'eind', 'domein', 'eigenaar', 'status', 'bijzonderheden'] as const

/** Rule: every agenda row is an action or a heading, not a loose sentence. */
export const agendaOrphanRow = lintRule(
  {
    id: 'agenda-orphan-row',
    severity: 'info',
    group: 'agenda',
    description: 'Een rij of subkop van de uitvoeringsagenda is een actie of een korte kop, geen losse zin.',
    docs: {
      what: 'Meldt rijen met alleen een activiteit en verder lege cellen, en subkoppen die een hele zin zijn (tien woorden of meer, of met een komma en een bijzin): in de bron staat zo\'n zin als rij tussen de acties ("De effecten van het programmaplan, die niet toe te rekenen zijn aan één actie, …").',
      why: 'Een rij zonder gegevens is niet te plannen en een zin als kop zegt niet welke acties eronder vallen; de lezer weet niet of het een kop, een actie of een opmerking is.',
      ok: example(['# Uitvoeringsagenda', '', '### Overig', '', ...agendaHeader, '| Zelfscan huiselijk geweld | Inzicht | 2021 | 2022 | Sociaal breed | |']),
      notOk: example(['# Thema\'s', '', '## Thema 1: Samenwerking {#t1}', '', 'Samen.', '', '# Uitvoeringsagenda', '', '## [Samenwerking](#t1)', '', '### De effecten van het plan, die niet toe te rekenen zijn aan één actie', '', ...agendaHeader, '| Zelfscan huiselijk geweld | Inzicht | 2021 | 2022 | Sociaal breed | |', '| Overige inzet sociaal domein breed | | | | | |']),
      expected: [
        'Subkop `De effecten van het plan, die niet toe te rekenen zijn aan …` is een zin, geen kop; maak er een actie van (met doel en datums) of een korte kop',
        'Rij 2 (`Overige inzet sociaal domein breed`) heeft alleen een activiteit; vul doel en datums in of maak er een kop van'
      ]
    }
  },
  (model, context) => {
    const seen = new Set<string>()
    ;(model.acties ?? []).forEach((actie, index) => {
      const kop = actie.subkop?.trim()
      if (kop && !seen.has(kop)) {
        seen.add(kop)
        if (kop.split(/\s+/).length >= 10 || /,\s*(?:die|dat|waar|welke)\b/i.test(kop) || /\.$/.test(kop)) {
          context.report(`Subkop ${code(kop)} is een zin, geen kop; maak er een actie van (met doel en datums) of een korte kop`, {
            pointer: `/acties/${index}/subkop`,
            actual: kop
          })
        }
      }
      if (actie.activiteit.trim() && cells.every((field) => !actie[field]?.trim())) {
        const label = rowLabel(actie, index)
        context.report(`${label.charAt(0).toUpperCase()}${label.slice(1)} heeft alleen een activiteit; vul doel en datums in of maak er een kop van`, {
          pointer: `/acties/${index}/activiteit`
        })
      }
    })
  }
)
