import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { rowLabel } from '../util/agenda.js'

/** Rule: every agenda row names an owner (strict only). */
export const agendaOwnerMissing = lintRule(
  {
    id: 'agenda-owner-missing',
    severity: 'warning',
    group: 'agenda',
    description: 'Elke actie in de uitvoeringsagenda heeft een eigenaar of trekker.',
    docs: {
      what: 'Meldt agendarijen zonder `eigenaar` (kolom Eigenaar, Trekker of Verantwoordelijke). Alleen in de preset `strict`.',
      why: 'Geen van de 68 acties in de bron heeft een eigenaar; wie niemand aanwijst, kan niemand aanspreken.',
      ok: example(['# Uitvoeringsagenda', '', '| Activiteit | Doel | Trekker |', '|---|---|---|', '| Zelfscan | Inzicht | Team Jeugd |']),
      notOk: example(['# Uitvoeringsagenda', '', '| Activiteit | Doel | Trekker |', '|---|---|---|', '| Zelfscan | Inzicht | |']),
      expected: ['Eigenaar ontbreekt in rij 1 (`Zelfscan`); noem een trekker']
    }
  },
  (model, context) => {
    ;(model.acties ?? []).forEach((actie, index) => {
      if (actie.eigenaar?.trim()) return
      context.report(`Eigenaar ontbreekt in ${rowLabel(actie, index)}; noem een trekker`, { pointer: `/acties/${index}/eigenaar` })
    })
  }
)
