import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'
import { normalizeTitle, code } from '../util/text.js'

/** Rule: bijzonderheden does not repeat the doel. */
export const agendaDuplicateCell = lintRule(
  {
    id: 'agenda-duplicate-cell',
    severity: 'warning',
    group: 'agenda',
    description: 'Bijzonderheden herhalen het doel niet.',
    docs: {
      what: 'Meldt agendarijen waarin de cel bijzonderheden dezelfde tekst heeft als het doel.',
      why: 'Een herhaalde cel ("Moeders van Hoogeveen" in doel én bijzonderheden) is meestal een kopieerfout; de echte bijzonderheid ontbreekt.',
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Moeders van Hoogeveen | Ontmoeting | 2022 | 2023 | Sociaal breed | Met de bibliotheek |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Netwerk | Moeders van Hoogeveen | 2022 | 2023 | Sociaal breed | Moeders van Hoogeveen |']),
      expected: ['Bijzonderheden `Moeders van Hoogeveen` herhalen het doel; vul de echte bijzonderheid in of laat de cel leeg']
    }
  },
  (model, context) => {
    ;(model.acties ?? []).forEach((actie, index) => {
      const doel = normalizeTitle(actie.doel ?? '')
      if (!doel || !actie.bijzonderheden || normalizeTitle(actie.bijzonderheden) !== doel) return
      context.report(
        `Bijzonderheden ${code(actie.bijzonderheden)} herhalen het doel; vul de echte bijzonderheid in of laat de cel leeg`,
        { pointer: `/acties/${index}/bijzonderheden` }
      )
    })
  }
)
