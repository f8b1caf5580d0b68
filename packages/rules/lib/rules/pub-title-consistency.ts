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
      what: 'Vergelijkt `publicatie.officieleNaam`, `publicatie.citeertitel` en `besluit.intitule` (spaties en hoofdletters buiten beschouwing) met de eerste die er is. Noemen twee titels andere jaren, dan is dat een fout. Is de ene titel een verkorting van de andere (alle woorden staan in dezelfde volgorde in de langere titel, zoals een citeertitel zonder de naam van de gemeente), dan is dat geen melding: een citeertitel is vaak korter dan de officiële naam. Elk ander verschil is een waarschuwing.',
      why: 'De regeling wordt geciteerd met haar citeertitel en vastgesteld onder de naam in het besluit; noemen die andere jaren of een andere regeling, dan is niet zeker welke tekst is vastgesteld.',
      ok: [
        { title: 'Drie gelijke titels', text: vastgesteldExample() },
        { title: 'Alleen een verschil in spaties', text: vastgesteldExample({ '  citeertitel:': '  citeertitel: Kader Samen Leven  Wadderveen 2025-2028' }) },
        { title: 'Een citeertitel die de officiële naam verkort', text: vastgesteldExample({ '  citeertitel:': '  citeertitel: Kader Samen Leven 2025-2028' }) },
        { title: 'Een citeertitel zonder jaren', text: vastgesteldExample({ '  citeertitel:': '  citeertitel: Kader Samen Leven' }) },
        { title: 'Een besluit zonder publicatiegegevens', text: vastgesteldExample().replace(publicatieYaml.join('\n') + '\n', '') }
      ],
      notOk: [
        {
          title: 'Een intitulé met andere jaren',
          text: vastgesteldExample({ '  intitule:': '  intitule: Kader Samen Leven Wadderveen 2025-2029' }),
          expected: ['Intitulé van het besluit `Kader Samen Leven Wadderveen 2025-2029` noemt andere jaren dan de officiële naam `Kader Samen Leven Wadderveen 2025-2028`; gebruik overal dezelfde titel']
        },
        {
          title: 'Een verkorte citeertitel met een ander jaar',
          text: vastgesteldExample({ '  citeertitel:': '  citeertitel: Kader Samen Leven 2026' }),
          expected: ['Citeertitel `Kader Samen Leven 2026` noemt andere jaren dan de officiële naam `Kader Samen Leven Wadderveen 2025-2028`; gebruik overal dezelfde titel']
        },
        {
          title: 'Zonder officiële naam: citeertitel en intitulé noemen iets anders',
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
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase()
    for (const [title, name, pointer] of rest) {
      if (norm(title) === norm(first[0])) continue
      const label = name.charAt(0).toUpperCase() + name.slice(1)
      const yearsDiffer = otherYears(title, first[0])
      // A short form (a citeertitel without the gemeente's name or the years) is the usual way to cite a regeling.
      if (!yearsDiffer && (shortened(title, first[0]) || shortened(first[0], title))) continue
      const verb = yearsDiffer ? 'noemt andere jaren dan' : 'wijkt af van'
      context.report(`${label} \`${title}\` ${verb} de ${first[1]} \`${first[0]}\`; gebruik overal dezelfde titel`, {
        pointer,
        actual: title,
        expected: [first[0]],
        ...(yearsDiffer ? {} : { warning: true })
      })
    }
  }
)

/** The years a title names (`2025-2028`: 2025 and 2028). */
function yearsOf(title: string): string[] {
  return [...title.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => m[0])
}

/** Both titles name years, and not the same ones: the text proves they are not the same regeling. */
function otherYears(a: string, b: string): boolean {
  const [ya, yb] = [yearsOf(a), yearsOf(b)]
  return ya.length > 0 && yb.length > 0 && ya.join() !== yb.join()
}

/** Every word of `short` stands, in order, in `long`: a short form of the same title. */
function shortened(short: string, long: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean)
  const longWords = words(long)
  let at = 0
  for (const word of words(short)) {
    at = longWords.indexOf(word, at) + 1
    if (at === 0) return false
  }
  return true
}
