import { lintRule } from '../rule.js'
import { agendaPlan, lindewaardThemas } from '../util/agenda-examples.js'
import { isOrphanRow, rowLabel } from '../util/agenda.js'
import { code } from '../util/text.js'

/** Rule: every agenda row is an action or a heading, not a loose sentence. */
export const agendaOrphanRow = lintRule(
  {
    id: 'agenda-orphan-row',
    severity: 'info',
    group: 'agenda',
    description: 'Een rij of subkop van de uitvoeringsagenda is een actie of een korte kop, geen losse zin.',
    docs: {
      what: 'Meldt rijen met alleen een activiteit en verder lege cellen, en subkoppen die een hele zin zijn (tien woorden of meer, een komma met een bijzin, of een punt aan het eind). Zo\'n rij of kop is vaak een opmerking die in de tabel is beland.',
      why: 'Een rij zonder gegevens is niet te plannen en een zin als kop zegt niet welke acties eronder vallen; de lezer weet niet of het een kop, een actie of een opmerking is.',
      ok: [
        { title: 'Korte subkop boven volledige rijen', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], { heading: '## Betaalbaar wonen' }) },
        { title: 'Rij met activiteit en alleen een datum', text: agendaPlan(['| Taalhuis | | 2024 | | | |']) },
        { title: 'Lange subkop zonder bijzin', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], { heading: '## Wonen, zorg en welzijn in de kernen' }) },
        {
          title: 'Rij met activiteit en een trekker',
          text: agendaPlan(['| Overleg met de corporaties | | Team Wonen |'], { header: '| Activiteit | Doel | Trekker |' })
        }
      ],
      notOk: [
        {
          title: 'Rij met alleen een activiteit',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |', '| Overige inzet op wonen | | | | | |']),
          expected: ['Rij 2 (`Overige inzet op wonen`) heeft alleen een activiteit; vul doel en datums in of maak er een kop van']
        },
        {
          title: 'Subkop met een bijzin',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], {
            before: lindewaardThemas,
            heading: '## [Wonen](#t1)\n\n### De inzet op wonen, die niet bij één actie hoort'
          }),
          expected: ['Subkop `De inzet op wonen, die niet bij één actie hoort` is een zin, geen kop; maak er een actie van (met doel en datums) of een korte kop']
        },
        {
          title: 'Subkop die met een punt eindigt',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], { heading: '## Dit pakken we samen met de corporaties op.' }),
          expected: ['Subkop `Dit pakken we samen met de corporaties op.` is een zin, geen kop; maak er een actie van (met doel en datums) of een korte kop']
        }
      ]
    }
  },
  (model, context) => {
    const seen = new Set<string>()
    ;(model.acties ?? []).forEach((actie, index) => {
      const kop = actie.subkop?.trim()
      if (kop && !seen.has(kop)) {
        seen.add(kop)
        if (kop.split(/\s+/).length >= 10 || /,\s*(?:die|dat|waar|welke|omdat|zodat|als)\b/i.test(kop) || /\.$/.test(kop)) {
          context.report(`Subkop ${code(kop)} is een zin, geen kop; maak er een actie van (met doel en datums) of een korte kop`, {
            pointer: `/acties/${index}/subkop`,
            actual: kop
          })
        }
      }
      if (isOrphanRow(actie)) {
        const label = rowLabel(actie, index)
        context.report(`${label.charAt(0).toUpperCase()}${label.slice(1)} heeft alleen een activiteit; vul doel en datums in of maak er een kop van`, {
          pointer: `/acties/${index}/activiteit`
        })
      }
    })
  }
)
