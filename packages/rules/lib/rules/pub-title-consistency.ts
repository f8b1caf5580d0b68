import { lintRule } from '../rule.js'
import { publicatieYaml, vastgesteldExample } from '../util/publication.js'

/** Rule: citeertitel, officiële naam and the besluit's intitulé are the same. */
export const pubTitleConsistency = lintRule(
  {
    id: 'pub-title-consistency',
    severity: 'error',
    group: 'publicatie',
    description: 'Citeertitel, officiële naam en intitulé van het besluit zijn gelijk.',
    docs: {
      what: 'Vergelijkt `publicatie.officieleNaam`, `publicatie.citeertitel` en `besluit.intitule` (spaties buiten beschouwing) en meldt elke titel die afwijkt van de eerste.',
      why: 'De regeling wordt geciteerd met haar citeertitel; als die afwijkt van de naam in het besluit, is niet zeker welke tekst is vastgesteld.',
      ok: [
        { title: 'Drie gelijke titels', text: vastgesteldExample() },
        { title: 'Alleen een verschil in spaties', text: vastgesteldExample({ '  citeertitel:': '  citeertitel: Kader Samen Leven  Wadderveen 2025-2028' }) },
        { title: 'Een besluit zonder publicatiegegevens', text: vastgesteldExample().replace(publicatieYaml.join('\n') + '\n', '') }
      ],
      notOk: [
        {
          title: 'Een kortere citeertitel',
          text: vastgesteldExample({ '  citeertitel:': '  citeertitel: Kader Samen Leven' }),
          expected: ['Citeertitel `Kader Samen Leven` wijkt af van de officiële naam `Kader Samen Leven Wadderveen 2025-2028`; gebruik overal dezelfde titel']
        },
        {
          title: 'Een intitulé met andere jaren',
          text: vastgesteldExample({ '  intitule:': '  intitule: Kader Samen Leven Wadderveen 2025-2029' }),
          expected: ['Intitulé van het besluit `Kader Samen Leven Wadderveen 2025-2029` wijkt af van de officiële naam `Kader Samen Leven Wadderveen 2025-2028`; gebruik overal dezelfde titel']
        },
        {
          title: 'Zonder officiële naam: citeertitel en intitulé verschillen',
          text: vastgesteldExample({ '  officieleNaam:': '', '  intitule:': '  intitule: Samen Leven in Wadderveen' }),
          expected: ['Intitulé van het besluit `Samen Leven in Wadderveen` wijkt af van de citeertitel `Kader Samen Leven Wadderveen 2025-2028`; gebruik overal dezelfde titel']
        }
      ]
    }
  },
  (model, context) => {
    const p = model.document?.publicatie
    const titles: Array<[string | undefined, string, string]> = [
      [p?.officieleNaam, 'officiële naam', '/document/publicatie/officieleNaam'],
      [p?.citeertitel, 'citeertitel', '/document/publicatie/citeertitel'],
      [model.besluit?.intitule, 'intitulé van het besluit', '/besluit/intitule']
    ]
    const present = titles.filter((t): t is [string, string, string] => Boolean(t[0]?.trim()))
    const [first, ...rest] = present
    if (!first) return
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim()
    for (const [title, name, pointer] of rest) {
      if (norm(title) === norm(first[0])) continue
      const label = name.charAt(0).toUpperCase() + name.slice(1)
      context.report(`${label} \`${title}\` wijkt af van de ${first[1]} \`${first[0]}\`; gebruik overal dezelfde titel`, {
        pointer,
        actual: title,
        expected: [first[0]]
      })
    }
  }
)
