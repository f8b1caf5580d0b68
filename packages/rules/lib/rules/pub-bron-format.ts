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
      ok: vastgesteldExample(),
      notOk: vastgesteldExample({ '  bronBekendmaking:': '  bronBekendmaking: gmb 2023 265708' }),
      expected: ['Bron bekendmaking `gmb 2023 265708` is ongeldig; schrijf `gmb-JJJJ-nummer`, bijvoorbeeld `gmb-2023-265708`']
    }
  },
  (model, context) => {
    const p = model.document?.publicatie
    const bron = p?.bronBekendmaking?.trim()
    if (!bron) return
    const pointer = '/document/publicatie/bronBekendmaking'
    const match = /^gmb-(\d{4})-(\d+)$/.exec(bron)
    if (!match) {
      context.report(`Bron bekendmaking \`${bron}\` is ongeldig; schrijf \`gmb-JJJJ-nummer\`, bijvoorbeeld \`gmb-2023-265708\``, { pointer, actual: bron })
      return
    }
    const signed = p?.ondertekening?.slice(0, 4)
    if (signed && (match[1] ?? '') < signed) {
      context.report(`Bron bekendmaking \`${bron}\` is van vóór de ondertekening in \`${signed}\`; controleer het nummer`, { pointer, actual: bron })
    }
  }
)
