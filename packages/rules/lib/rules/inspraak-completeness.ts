import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'
import { code } from '../util/text.js'

/** Rule: every inspraakreactie is answered and says whether the plan changes. */
export const inspraakCompleteness = lintRule(
  {
    id: 'inspraak-completeness',
    severity: 'warning',
    group: 'structuur',
    description: 'Elke inspraakreactie heeft een beantwoording en een besluit over aanpassing (ja of nee).',
    docs: {
      what: 'Controleert per inspraakreactie dat er een reactie, een beantwoording en een besluit over aanpassing van het plan (`### Aanpassing` met "Ja" of "Nee") is.',
      why: 'De inspraaknota legt verantwoording af aan wie heeft gereageerd: een reactie zonder antwoord, of zonder "wel/niet aangepast", laat de indiener in het ongewisse.',
      ok: example(['# Inspraak', '', '## Indiener 1 - Domesta', '', '### Reactie', '', 'Noem de corporaties.', '', '### Beantwoording', '', 'Dat doen we.', '', '### Aanpassing', '', 'Ja, in hoofdstuk 4.']),
      notOk: example(['# Inspraak', '', '## Indiener 1 - Domesta', '', '### Reactie', '', 'Noem de corporaties.', '', '### Beantwoording', '', 'Dat doen we.', '', '## Indiener 2 - Adviesraad', '', '### Reactie', '', 'Behoud het steunpunt.']),
      expected: [
        'Reactie van `Indiener 1 - Domesta` zegt niet of het plan wordt aangepast; schrijf onder `### Aanpassing` "Ja" of "Nee"',
        'Reactie van `Indiener 2 - Adviesraad` heeft geen beantwoording; schrijf het antwoord onder `### Beantwoording`',
        'Reactie van `Indiener 2 - Adviesraad` zegt niet of het plan wordt aangepast; schrijf onder `### Aanpassing` "Ja" of "Nee"'
      ]
    }
  },
  (model, context) => {
    ;(model.inspraak ?? []).forEach((item, i) => {
      const who = code(item.indiener)
      if (!item.reactie?.trim()) {
        context.report(`Reactie van ${who} is leeg; neem de reactie op onder \`### Reactie\``, { pointer: `/inspraak/${i}` })
      }
      if (!item.beantwoording?.trim()) {
        context.report(`Reactie van ${who} heeft geen beantwoording; schrijf het antwoord onder \`### Beantwoording\``, { pointer: `/inspraak/${i}` })
      }
      if (item.aanpassing === undefined) {
        context.report(`Reactie van ${who} zegt niet of het plan wordt aangepast; schrijf onder \`### Aanpassing\` "Ja" of "Nee"`, { pointer: `/inspraak/${i}` })
      }
    })
  }
)
