import { lintRule } from '../rule.js'
import { vastgesteldExample } from '../util/publication.js'

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
      ok: vastgesteldExample(),
      notOk: vastgesteldExample({ '  citeertitel:': '  citeertitel: Beleidskader sociaal domein 2023-2027' }),
      expected: ['Citeertitel `Beleidskader sociaal domein 2023-2027` wijkt af van de officiële naam `Integraal beleidskader sociaal domein 2023-2027`; gebruik overal dezelfde titel']
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
