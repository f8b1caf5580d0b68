import { lintRule } from '../rule.js'
import { agendaPlan, lindewaardThemas } from '../util/agenda-examples.js'
import { normalizeTitle } from '../util/text.js'

/** Rule: an activity appears once in the agenda. */
export const agendaDuplicateActivity = lintRule(
  {
    id: 'agenda-duplicate-activity',
    severity: 'warning',
    group: 'agenda',
    description: 'Een activiteit staat maar één keer in de uitvoeringsagenda.',
    docs: {
      what: 'Meldt agendarijen waarvan de activiteit (hoofdletters, leestekens en spaties buiten beschouwing) gelijk is aan een eerdere rij bij dezelfde pijler, of bij een andere pijler met hetzelfde doel, met een verwijzing naar die eerste rij. Dezelfde activiteit met een ander doel bij een ander thema is een bewuste herhaling.',
      why: 'Een dubbele activiteit telt twee keer mee in de planning en de voortgang, en de twee kopieën lopen uit elkaar.',
      ok: [
        { title: 'Verschillende activiteiten', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |', '| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | |']) },
        {
          title: 'Zelfde activiteit bij twee thema\'s met elk een eigen doel',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], {
            before: lindewaardThemas,
            heading: '## [Wonen](#t1)'
          }) + '\n## [Werk](#t2)\n\n| Activiteit | Doel |\n|---|---|\n| Huurteam | Minder schulden bij werkzoekenden |\n'
        },
        { title: 'Activiteiten die op elkaar lijken', text: agendaPlan(['| Buurtkamer Noord openen | Ontmoeting | 2024 | 2025 | Wmo | |', '| Buurtkamer Zuid openen | Ontmoeting | 2025 | 2026 | Wmo | |']) }
      ],
      notOk: [
        {
          title: 'Zelfde activiteit met een punt erachter',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |', '| Huurteam. | Wonen | 2024 | 2026 | Wonen | |']),
          expected: ['Activiteit `Huurteam.` staat al in rij 1 van de uitvoeringsagenda; voeg de rijen samen']
        },
        {
          title: 'Zelfde activiteit in hoofdletters',
          text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Participatie | |', '| TAALHUIS | Geletterdheid | 2025 | 2026 | Participatie | |']),
          expected: ['Activiteit `TAALHUIS` staat al in rij 1 van de uitvoeringsagenda; voeg de rijen samen']
        },
        {
          title: 'Zelfde activiteit en doel bij twee thema\'s',
          text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], { before: lindewaardThemas, heading: '## [Wonen](#t1)' }) +
            '\n## [Werk](#t2)\n\n| Activiteit | Doel |\n|---|---|\n| Huurteam | Wonen |\n',
          expected: ['Activiteit `Huurteam` staat al in rij 1 van de uitvoeringsagenda; voeg de rijen samen']
        }
      ]
    }
  },
  (model, context) => {
    const seen = new Map<string, number>()
    ;(model.acties ?? []).forEach((actie, index) => {
      const name = normalizeTitle(actie.activiteit)
      if (!name) return
      const keys = [`${name}|pijler:${actie.pijler ?? ''}`, `${name}|doel:${normalizeTitle(actie.doel ?? '')}`]
      const first = keys.map((key) => seen.get(key)).find((i) => i !== undefined)
      for (const key of keys) if (!seen.has(key)) seen.set(key, index)
      if (first === undefined) return
      const related = context.file.locate(`/acties/${first}/activiteit`)
      context.report(`Activiteit \`${actie.activiteit}\` staat al in rij ${first + 1} van de uitvoeringsagenda; voeg de rijen samen`, {
        pointer: `/acties/${index}/activiteit`,
        ...(related ? { related: { reason: 'Eerste vermelding', location: related } } : {})
      })
    })
  }
)
