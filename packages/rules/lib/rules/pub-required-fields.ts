import type { Publicatie } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { publishedAsRegeling } from '../util/adoption.js'
import { vastgesteldExample } from '../util/publication.js'
import { fictionalPlan } from '../util/fictional-plan.js'

const required: Array<[keyof Publicatie, string]> = [
  ['organisatie', 'Organisatie'],
  ['organisatietype', 'Organisatietype'],
  ['officieleNaam', 'Officiële naam regeling'],
  ['citeertitel', 'Citeertitel'],
  ['vastgesteldDoor', 'Vastgesteld door'],
  ['onderwerp', 'Onderwerp'],
  ['grondslagen', 'Wettelijke grondslag'],
  ['inwerkingtreding', 'Datum inwerkingtreding'],
  ['betreft', 'Betreft'],
  ['ondertekening', 'Datum ondertekening'],
  ['bronBekendmaking', 'Bron bekendmaking'],
  ['kenmerkVoorstel', 'Kenmerk voorstel']
]

/** Rule: a vastgesteld regeling has the publication fields of the Gemeenteblad. */
export const pubRequiredFields = lintRule(
  {
    id: 'pub-required-fields',
    severity: 'error',
    group: 'publicatie',
    description: 'Een vastgestelde regeling heeft alle verplichte publicatiegegevens.',
    docs: {
      what: 'Geldt alleen voor een document dat als regeling in het Gemeenteblad verschijnt (`regeling: true` in de frontmatter, of een `publicatie`-blok zonder `regeling: false`) en dat `vastgesteld` is. Dan heeft `document.publicatie` de velden van het Gemeenteblad: organisatie, organisatietype, officiële naam, citeertitel, vastgesteld door, onderwerp, wettelijke grondslag, inwerkingtreding, betreft, ondertekening, bron bekendmaking en kenmerk voorstel. Ontbrekende velden worden in één melding genoemd; ontbreekt het hele blok, dan is dat ook één melding. Een programma dat het college vaststelt en dat niet als regeling verschijnt, heeft geen publicatiegegevens nodig.',
      why: 'Zonder deze gegevens kan de regeling niet in het Gemeenteblad worden gepubliceerd, en zonder publicatie treedt ze niet in werking.',
      ok: [
        { title: 'Een vastgestelde regeling met alle publicatiegegevens', text: vastgesteldExample() },
        {
          title: 'Een programma dat het college vaststelde, zonder publicatie',
          text: fictionalPlan(['soort: programmaplan', 'periode: 2025-2028', 'status: vastgesteld', 'vastgesteldDoor: college', 'datum: 2025-01-21'], ['# Ambitie', '', 'Iedereen in Wadderveen doet mee.'])
        },
        {
          title: 'Een vastgesteld stuk dat geen regeling is',
          text: fictionalPlan(['soort: beleidsnota', 'status: vastgesteld', 'regeling: false', 'datum: 2025-01-21', 'publicatie:', '  citeertitel: Nota Meedoen'], ['# Visie', '', 'Iedereen doet mee.'])
        },
        {
          title: 'Een concept met nog onvolledige publicatiegegevens',
          text: vastgesteldExample({ 'status:': 'status: concept', '  bronBekendmaking:': '', '  ondertekening:': '' })
        }
      ],
      notOk: [
        {
          title: 'Twee velden ontbreken: één melding',
          text: vastgesteldExample({ '  citeertitel:': '', '  bronBekendmaking:': '' }),
          expected: ['Publicatiegegevens missen `Citeertitel` (`citeertitel`), `Bron bekendmaking` (`bronBekendmaking`); vul ze aan in `publicatie`, of zet `regeling: false` als het document niet als regeling verschijnt']
        },
        {
          title: 'Een regeling zonder publicatieblok',
          text: fictionalPlan(['soort: beleidskader', 'status: vastgesteld', 'regeling: true', 'datum: 2025-01-21'], ['# Visie', '', 'Iedereen doet mee.']),
          expected: ['Regeling (`regeling: true`) heeft geen publicatiegegevens; voeg een blok `publicatie:` toe met citeertitel, ondertekening, bron bekendmaking en de andere velden van het Gemeenteblad']
        },
        {
          title: 'Een lege lijst grondslagen',
          text: vastgesteldExample({ '  grondslagen:': '  grondslagen: []' }),
          expected: ['Publicatiegegevens missen `Wettelijke grondslag` (`grondslagen`); vul ze aan in `publicatie`, of zet `regeling: false` als het document niet als regeling verschijnt']
        }
      ]
    }
  },
  (model, context) => {
    if (context.status !== 'vastgesteld' || !publishedAsRegeling(model)) return
    const publicatie = model.document?.publicatie as Record<string, unknown> | undefined
    if (!publicatie) {
      context.report(
        'Regeling (`regeling: true`) heeft geen publicatiegegevens; voeg een blok `publicatie:` toe met citeertitel, ondertekening, bron bekendmaking en de andere velden van het Gemeenteblad',
        { pointer: '/document/regeling' }
      )
      return
    }
    const missing = required.filter(([field]) => {
      const value = publicatie[field]
      return value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0)
    })
    if (missing.length === 0) return
    context.report(
      `Publicatiegegevens missen ${missing.map(([field, label]) => `\`${label}\` (\`${field}\`)`).join(', ')}; vul ze aan in \`publicatie\`, of zet \`regeling: false\` als het document niet als regeling verschijnt`,
      { pointer: '/document/publicatie', expected: missing.map(([field]) => field) }
    )
  }
)
