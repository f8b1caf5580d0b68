import { lintRule } from '../rule.js'
import { vastgesteldExample } from '../util/publication.js'

/** Rule: bron bekendmaking looks like `gmb-YYYY-N` and is not older than the signing. */
export const pubBronFormat = lintRule(
  {
    id: 'pub-bron-format',
    severity: 'error',
    group: 'publicatie',
    description: 'De bron van de bekendmaking heeft de vorm `gmb-JJJJ-nummer`, niet van vóór de ondertekening.',
    docs: {
      what: 'Controleert dat `publicatie.bronBekendmaking` de vorm `gmb-JJJJ-nummer` heeft en dat het jaar niet vóór het jaar van `ondertekening` ligt.',
      why: 'Het Gemeenteblad-nummer is hoe een regeling wordt teruggevonden op officielebekendmakingen.nl; een verkeerd nummer verwijst naar een andere regeling.',
      ok: [
        { title: 'Een nummer in de vorm gmb-JJJJ-nummer', text: vastgesteldExample() },
        {
          title: 'Bekendgemaakt in het jaar na de ondertekening',
          text: vastgesteldExample({ '  ondertekening:': '  ondertekening: 2024-12-19', '  vergaderdatum:': '  vergaderdatum: 2024-12-19', '  inwerkingtreding:': '  inwerkingtreding: 2025-01-01', '  bronBekendmaking:': '  bronBekendmaking: gmb-2025-301' })
        },
        { title: 'Nog geen bron bekendmaking in een concept', text: vastgesteldExample({ 'status:': 'status: concept', '  bronBekendmaking:': '' }) }
      ],
      notOk: [
        {
          title: 'Spaties in plaats van streepjes',
          text: vastgesteldExample({ '  bronBekendmaking:': '  bronBekendmaking: gmb 2025 41207' }),
          expected: ['Bron bekendmaking `gmb 2025 41207` is ongeldig; schrijf `gmb-JJJJ-nummer`, bijvoorbeeld `gmb-2025-12345`']
        },
        {
          title: 'Zonder het voorvoegsel gmb',
          text: vastgesteldExample({ '  bronBekendmaking:': '  bronBekendmaking: 2025-41207' }),
          expected: ['Bron bekendmaking `2025-41207` is ongeldig; schrijf `gmb-JJJJ-nummer`, bijvoorbeeld `gmb-2025-12345`']
        },
        {
          title: 'Een jaar vóór de ondertekening',
          text: vastgesteldExample({ '  bronBekendmaking:': '  bronBekendmaking: gmb-2024-41207' }),
          expected: ['Bron bekendmaking `gmb-2024-41207` is van vóór de ondertekening in `2025`; controleer het nummer']
        }
      ]
    }
  },
  (model, context) => {
    const p = model.document?.publicatie
    const bron = p?.bronBekendmaking?.trim()
    if (!bron) return
    const pointer = '/document/publicatie/bronBekendmaking'
    const match = /^gmb-(\d{4})-(\d+)$/i.exec(bron)
    if (!match) {
      context.report(`Bron bekendmaking \`${bron}\` is ongeldig; schrijf \`gmb-JJJJ-nummer\`, bijvoorbeeld \`gmb-2025-12345\``, { pointer, actual: bron })
      return
    }
    const signed = p?.ondertekening?.slice(0, 4)
    if (signed && (match[1] ?? '') < signed) {
      context.report(`Bron bekendmaking \`${bron}\` is van vóór de ondertekening in \`${signed}\`; controleer het nummer`, { pointer, actual: bron })
    }
  }
)
