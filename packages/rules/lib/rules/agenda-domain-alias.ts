import { lintRule } from '../rule.js'
import { replaceFix } from '../fix.js'
import { agendaPlan } from '../util/agenda-examples.js'
import { domainVocabulary, resolveTerm } from '../util/vocabulary.js'

const domains = 'domeinen: [Wonen, Wmo, Werk en inkomen, Jeugd/Onderwijs]'

/** Rule: agenda domains come from the configured vocabulary; aliases are fixed. */
export const agendaDomainAlias = lintRule(
  {
    id: 'agenda-domain-alias',
    severity: 'warning',
    group: 'agenda',
    fixable: true,
    description: 'Domeinen in de uitvoeringsagenda komen uit de vaste lijst; varianten (`WMO`) worden `Wmo`.',
    docs: {
      what: 'Vergelijkt de kolom domein met de lijst `domeinen` uit `kapstok.config.*` (met `aliassen`) of, als die er niet is, met `domeinen` in de frontmatter. Een andere schrijfwijze (`WMO`), een alias of het eerste deel van een waarde (`Jeugd` voor `Jeugd/Onderwijs`) wordt gemeld en door `--fix` hersteld; een onbekende waarde wordt gemeld met de toegestane waarden. Meerdere domeinen in één cel scheid je met komma\'s. Zonder lijst doet de regel niets.',
      why: 'Wie filtert op één schrijfwijze, mist de acties met een andere.',
      ok: [
        { title: 'Waarde uit de lijst', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | Wonen | |'], { extra: domains }) },
        { title: 'Twee domeinen in één cel', text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Werk en inkomen, Jeugd/Onderwijs | |'], { extra: domains }) },
        { title: 'Geen lijst met domeinen', text: agendaPlan(['| Buurtkamers | Ontmoeting | 2024 | 2025 | Welzijn | |']) },
        { title: 'Lege domeincel', text: agendaPlan(['| Huurteam | Wonen | 2024 | 2025 | | |'], { extra: domains }) }
      ],
      notOk: [
        {
          title: 'Andere schrijfwijze',
          text: agendaPlan(['| Buurtkamers | Ontmoeting | 2024 | 2025 | WMO | |'], { extra: domains }),
          expected: ['Domein `WMO` staat niet in de lijst; schrijf `Wmo`']
        },
        {
          title: 'Eerste deel van een waarde',
          text: agendaPlan(['| Taalhuis | Geletterdheid | 2024 | 2025 | Jeugd | |'], { extra: domains }),
          expected: ['Domein `Jeugd` staat niet in de lijst; schrijf `Jeugd/Onderwijs`']
        },
        {
          title: 'Onbekende waarde',
          text: agendaPlan(['| Sportweek | Bewegen | 2024 | 2025 | Sport | |'], { extra: domains }),
          expected: ['Domein `Sport` staat niet in de lijst; kies uit `Wonen`, `Wmo`, `Werk en inkomen`, `Jeugd/Onderwijs`']
        }
      ]
    }
  },
  (model, context) => {
    const vocabulary = domainVocabulary(model, context.settings)
    if (!vocabulary) return
    ;(model.acties ?? []).forEach((actie, index) => {
      const cell = actie.domein
      if (!cell?.trim()) return
      const pointer = `/acties/${index}/domein`
      const parts = cell.split(/\s*[,;]\s*/).filter(Boolean)
      for (const part of parts) {
        const { value, suggestion } = resolveTerm(vocabulary, part)
        if (value) continue
        if (suggestion) {
          const fixed = cell.replace(part, suggestion)
          const fix = replaceFix(context.file, context.file.sourceMap.get(pointer), cell, fixed)
          context.report(`Domein \`${part}\` staat niet in de lijst; schrijf \`${suggestion}\``, {
            pointer,
            actual: part,
            expected: [suggestion],
            ...(fix ? { fix } : {})
          })
        } else {
          const list = vocabulary.values.map((v) => '`' + v + '`').join(', ')
          context.report(`Domein \`${part}\` staat niet in de lijst; kies uit ${list}`, {
            pointer,
            actual: part,
            expected: vocabulary.values
          })
        }
      }
    })
  }
)
