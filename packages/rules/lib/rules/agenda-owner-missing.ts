import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { hasCell, isOrphanRow, rowLabel } from '../util/agenda.js'

/** Rule: every agenda row names an owner (strict only). */
export const agendaOwnerMissing = lintRule(
  {
    id: 'agenda-owner-missing',
    severity: 'warning',
    group: 'agenda',
    description: 'Elke actie in de uitvoeringsagenda heeft een eigenaar of trekker.',
    docs: {
      what: 'Meldt agendarijen met een lege cel in de kolom voor de eigenaar (Trekker, Eigenaar, Verantwoordelijke, Wie, …). Een agenda zonder zo\'n kolom krijgt één melding, niet één per rij. Alleen in de preset `strict`.',
      why: 'Wie niemand aanwijst, kan niemand aanspreken op de uitvoering.',
      ok: [
        { title: 'Trekker ingevuld', text: agendaPlan(['| Huurteam | Wonen | Team Wonen |'], { header: '| Activiteit | Doel | Trekker |' }) },
        { title: 'Kolom Wie is verantwoordelijk', text: agendaPlan(['| Taalhuis | Geletterdheid | Bibliotheek |'], { header: '| Actie | Doel | Wie is verantwoordelijk? |' }) },
        { title: 'Kolom Actiehouder', text: agendaPlan(['| Buurtkamers | Ontmoeting | Welzijn Lindewaard |'], { header: '| Maatregel | Doel | Actiehouder |' }) },
        { title: 'Rij met alleen een activiteit', text: agendaPlan(['| Overige inzet |  |  |'], { header: '| Activiteit | Doel | Trekker |' }) }
      ],
      notOk: [
        {
          title: 'Lege trekker',
          text: agendaPlan(['| Huurteam | Wonen | |'], { header: '| Activiteit | Doel | Trekker |' }),
          expected: ['Eigenaar ontbreekt in rij 1 (`Huurteam`); noem een trekker']
        },
        {
          title: 'Lege cel onder Wie',
          text: agendaPlan(['| Taalhuis | Geletterdheid | Bibliotheek |', '| Buurtkamers | Ontmoeting | |'], { header: '| Wat | Doel | Wie |' }),
          expected: ['Eigenaar ontbreekt in rij 2 (`Buurtkamers`); noem een trekker']
        },
        {
          title: 'Agenda zonder kolom voor de eigenaar: één melding',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |', '| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | |']),
          expected: ['De uitvoeringsagenda heeft geen kolom voor de eigenaar (2 rijen); voeg een kolom Trekker toe']
        }
      ]
    }
  },
  (model, context) => {
    const rows = (model.acties ?? []).map((actie, index) => ({ actie, index })).filter(({ actie }) => !isOrphanRow(actie))
    const withoutColumn = rows.filter(({ index }) => !hasCell(context.file, index, 'eigenaar'))
    const first = withoutColumn[0]
    if (first) {
      const n = withoutColumn.length
      context.report(`De uitvoeringsagenda heeft geen kolom voor de eigenaar (${n} ${n === 1 ? 'rij' : 'rijen'}); voeg een kolom Trekker toe`, {
        pointer: `/acties/${first.index}`
      })
    }
    for (const { actie, index } of rows) {
      if (actie.eigenaar?.trim() || !hasCell(context.file, index, 'eigenaar')) continue
      context.report(`Eigenaar ontbreekt in ${rowLabel(actie, index)}; noem een trekker`, { pointer: `/acties/${index}/eigenaar` })
    }
  }
)
