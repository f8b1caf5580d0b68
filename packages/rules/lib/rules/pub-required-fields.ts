import type { Publicatie } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { vastgesteldExample } from '../util/publication.js'

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

/** Rule: a vastgesteld document has the publication fields of the Gemeenteblad. */
export const pubRequiredFields = lintRule(
  {
    id: 'pub-required-fields',
    severity: 'error',
    group: 'publicatie',
    description: 'Een vastgesteld document heeft alle verplichte publicatiegegevens.',
    docs: {
      what: 'Controleert bij status `vastgesteld` dat `document.publicatie` de velden van het Gemeenteblad heeft: organisatie, organisatietype, officiële naam, citeertitel, vastgesteld door, onderwerp, wettelijke grondslag, inwerkingtreding, betreft, ondertekening, bron bekendmaking en kenmerk voorstel. Eigen onderwerp, opmerkingen, terugwerkende kracht en uitwerkingtreding zijn optioneel.',
      why: 'Zonder deze gegevens kan de regeling niet in het Gemeenteblad worden gepubliceerd, en zonder publicatie treedt ze niet in werking.',
      ok: vastgesteldExample(),
      notOk: vastgesteldExample({ '  citeertitel:': '', '  bronBekendmaking:': '' }),
      expected: [
        'Publicatieveld `Citeertitel` (`citeertitel`) ontbreekt; een vastgesteld document heeft het nodig voor het Gemeenteblad',
        'Publicatieveld `Bron bekendmaking` (`bronBekendmaking`) ontbreekt; een vastgesteld document heeft het nodig voor het Gemeenteblad'
      ]
    }
  },
  (model, context) => {
    if (context.status !== 'vastgesteld') return
    const publicatie = (model.document?.publicatie ?? {}) as Record<string, unknown>
    for (const [field, label] of required) {
      const value = publicatie[field]
      const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
      if (!empty) continue
      context.report(`Publicatieveld \`${label}\` (\`${field}\`) ontbreekt; een vastgesteld document heeft het nodig voor het Gemeenteblad`, {
        pointer: `/document/publicatie/${field}`
      })
    }
  }
)
