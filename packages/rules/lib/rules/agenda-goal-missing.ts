import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { dateRows, hasCell, isOrphanRow, isShifted, rowLabel } from '../util/agenda.js'

/** Rule: every agenda row says what it is for. */
export const agendaGoalMissing = lintRule(
  {
    id: 'agenda-goal-missing',
    severity: 'warning',
    group: 'agenda',
    description: 'Elke actie in de uitvoeringsagenda heeft een doel (en een activiteit).',
    docs: {
      what: 'Meldt agendarijen met een lege cel voor de activiteit of het doel, op de plek van die cel. Een agenda zonder doelkolom krijgt geen melding per rij; een doel dat in de startkolom is geschoven meldt `agenda-column-shift`, een rij met alleen een activiteit `agenda-orphan-row`. Een waarschuwing: soms zegt de activiteit het doel al.',
      why: 'Een actie zonder doel is niet te verantwoorden of te evalueren.',
      ok: [
        { title: 'Activiteit en doel ingevuld', text: agendaPlan(['| Buurtkamers openen | Ontmoeting in de wijk | 2024 | 2025 | Wmo | |']) },
        {
          title: 'Doel onder een andere kolomnaam',
          text: agendaPlan(['| Huurteam | Minder huisuitzettingen | 2024 |'], { header: '| Maatregel | Beoogd resultaat | Start |' })
        },
        { title: 'Agenda zonder doelkolom', text: agendaPlan(['| Taalhuis | 2024 | Bibliotheek |'], { header: '| Actie | Start | Trekker |' }) },
        { title: 'Doel in de startkolom geschoven', text: agendaPlan(['| Werkbezoek buurgemeente | | Doel: leren van elkaar | 2024 | Wmo | |']) }
      ],
      notOk: [
        {
          title: 'Lege doelcel',
          text: agendaPlan(['| Huurteam | | 2024 | 2025 | Wonen | |']),
          expected: ['Doel ontbreekt in rij 1 (`Huurteam`); beschrijf wat de actie moet opleveren']
        },
        {
          title: 'Lege activiteit',
          text: agendaPlan(['| | Minder eenzaamheid | 2024 | 2025 | Wmo | |']),
          expected: ['Activiteit ontbreekt in rij 1; beschrijf wat er gedaan wordt']
        },
        {
          title: 'Lege cel onder Beoogd resultaat',
          text: agendaPlan(['| Taalhuis | | 2024 | Bibliotheek |'], { header: '| Actie | Beoogd resultaat | Start | Trekker |' }),
          expected: ['Doel ontbreekt in rij 1 (`Taalhuis`); beschrijf wat de actie moet opleveren']
        }
      ]
    }
  },
  (model, context) => {
    for (const { actie, index, start } of dateRows(model, context.file)) {
      if (!actie.activiteit.trim() && hasCell(context.file, index, 'activiteit')) {
        context.report(`Activiteit ontbreekt in rij ${index + 1}; beschrijf wat er gedaan wordt`, { pointer: `/acties/${index}/activiteit` })
      }
      if (actie.doel?.trim() || !hasCell(context.file, index, 'doel') || isOrphanRow(actie) || isShifted(context.file, start)) continue
      context.report(`Doel ontbreekt in ${rowLabel(actie, index)}; beschrijf wat de actie moet opleveren`, { pointer: `/acties/${index}/doel` })
    }
  }
)
