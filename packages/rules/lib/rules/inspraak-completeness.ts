import { lintRule } from '../rule.js'
import { fictionalProgramme } from '../util/fictional-plan.js'

type Part = [heading: string, text: string]
const ja: Part[] = [['Reactie', 'Noem de sportclubs.'], ['Beantwoording', 'Dat doen we.'], ['Aanpassing', 'Ja, in het thema Ontmoeten.']]
const nee: Part[] = [['Reactie', 'Sluit de bibliotheek niet.'], ['Beantwoording', 'Dat staat niet in dit plan.'], ['Aanpassing', 'Nee.']]
const reactie = (who: string, parts: Part[]): string[] => ['## ' + who, '', ...parts.flatMap(([heading, text]) => ['### ' + heading, '', ...(text ? [text, ''] : [])])]
import { code } from '../util/text.js'

/** Rule: every inspraakreactie is answered and says whether the plan changes. */
export const inspraakCompleteness = lintRule(
  {
    id: 'inspraak-completeness',
    severity: 'warning',
    group: 'structuur',
    description: 'Elke inspraakreactie heeft een beantwoording en een besluit over aanpassing (ja of nee).',
    docs: {
      what: 'Controleert per inspraakreactie dat er een reactie, een beantwoording en een besluit over aanpassing van het plan (`### Aanpassing` met "Ja" of "Nee") is. Wat een reactie mist, staat in één melding.',
      why: 'De inspraaknota legt verantwoording af aan wie heeft gereageerd: een reactie zonder antwoord, of zonder "wel/niet aangepast", laat de indiener in het ongewisse.',
      ok: [
        { title: 'Beantwoord en aangepast', text: fictionalProgramme(['# Inspraak', '', ...reactie('Indiener 1 - Buurtvereniging', ja)]) },
        { title: 'Beantwoord en niet aangepast', text: fictionalProgramme(['# Inspraak', '', ...reactie('Indiener 1 - Buurtvereniging', nee)]) },
        {
          title: 'Twee indieners, allebei compleet',
          text: fictionalProgramme(['# Inspraak', '', ...reactie('Indiener 1 - Buurtvereniging', ja), '', ...reactie('Indiener 2 - Adviesraad', nee)])
        }
      ],
      notOk: [
        {
          title: 'Zonder besluit over aanpassing',
          text: fictionalProgramme(['# Inspraak', '', ...reactie('Indiener 1 - Buurtvereniging', ja.slice(0, 2))]),
          expected: ['Reactie van `Indiener 1 - Buurtvereniging` mist een besluit over aanpassing; schrijf onder `### Aanpassing` "Ja" of "Nee"']
        },
        {
          title: 'Zonder beantwoording en aanpassing: één melding',
          text: fictionalProgramme(['# Inspraak', '', ...reactie('Indiener 2 - Adviesraad', ja.slice(0, 1))]),
          expected: ['Reactie van `Indiener 2 - Adviesraad` mist een beantwoording en een besluit over aanpassing; schrijf het antwoord onder `### Beantwoording` en schrijf onder `### Aanpassing` "Ja" of "Nee"']
        },
        {
          title: 'Een lege reactie',
          text: fictionalProgramme(['# Inspraak', '', ...reactie('Indiener 3 - Anoniem', [['Reactie', ''], ...nee.slice(1)])]),
          expected: ['Reactie van `Indiener 3 - Anoniem` mist de reactie zelf; neem haar op onder `### Reactie`']
        }
      ]
    }
  },
  (model, context) => {
    ;(model.inspraak ?? []).forEach((item, i) => {
      const who = code(item.indiener)
      const missing: Array<[string, string]> = []
      if (!item.reactie?.trim()) missing.push(['de reactie zelf', 'neem haar op onder `### Reactie`'])
      if (!item.beantwoording?.trim()) missing.push(['een beantwoording', 'schrijf het antwoord onder `### Beantwoording`'])
      if (item.aanpassing === undefined) missing.push(['een besluit over aanpassing', 'schrijf onder `### Aanpassing` "Ja" of "Nee"'])
      if (missing.length === 0) return
      // One reactie, one message: everything it lacks.
      const what = missing.map(([w]) => w)
      const todo = missing.map(([, t]) => t)
      const join = (parts: string[]): string => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts.at(-1) ?? ''}` : (parts[0] ?? ''))
      context.report(`Reactie van ${who} mist ${join(what)}; ${join(todo)}`, { pointer: `/inspraak/${i}` })
    })
  }
)
