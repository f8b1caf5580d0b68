import { lintRule } from '../rule.js'
import { replaceFix } from '../fix.js'
import { agendaHeader, example } from '../util/examples.js'
import { domainVocabulary, resolveTerm } from '../util/vocabulary.js'

/** Rule: agenda domains come from the configured vocabulary; aliases are fixed. */
export const agendaDomainAlias = lintRule(
  {
    id: 'agenda-domain-alias',
    severity: 'warning',
    group: 'agenda',
    fixable: true,
    description: 'Domeinen in de uitvoeringsagenda komen uit de vaste lijst; varianten (`WMO`) worden `Wmo`.',
    docs: {
      what: 'Vergelijkt de kolom domein met de lijst `domeinen` uit `kapstok.config.*` (met `aliassen`) of, als die er niet is, met `domeinen` in de frontmatter. Een andere schrijfwijze (`WMO`), een alias of het eerste deel van een waarde (`Participatie` voor `Participatie/SHV`) wordt gemeld en door `--fix` hersteld; een onbekende waarde wordt gemeld met de toegestane waarden. Meerdere domeinen in één cel scheid je met komma\'s.',
      why: 'In de bron staat `WMO` 9 keer en `Wmo` 2 keer: wie filtert op Wmo mist driekwart van de acties.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | 2023 | Wmo | |'], 'domeinen: [Jeugd, Wmo, Participatie/SHV, Sociaal breed]'),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Inloop | Preventie | 2022 | 2023 | WMO | |', '| Werkfit | Werk | 2022 | 2023 | Participatie | |', '| Sport | Bewegen | 2022 | 2023 | Sport | |'], 'domeinen: [Jeugd, Wmo, Participatie/SHV, Sociaal breed]'),
      expected: [
        'Domein `WMO` staat niet in de lijst; schrijf `Wmo`',
        'Domein `Participatie` staat niet in de lijst; schrijf `Participatie/SHV`',
        'Domein `Sport` staat niet in de lijst; kies uit `Jeugd`, `Wmo`, `Participatie/SHV`, `Sociaal breed`'
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
