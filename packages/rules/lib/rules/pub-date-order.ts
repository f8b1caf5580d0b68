import { lintRule } from '../rule.js'
import { vastgesteldExample } from '../util/publication.js'

/** Rule: signing, meeting and entry-into-force dates are in order. */
export const pubDateOrder = lintRule(
  {
    id: 'pub-date-order',
    severity: 'error',
    group: 'publicatie',
    description: 'Ondertekening ligt niet na inwerkingtreding; de vergaderdatum is de datum van ondertekening.',
    docs: {
      what: 'Controleert dat `publicatie.inwerkingtreding` niet vóór `ondertekening` ligt, `uitwerkingtreding` niet vóór `inwerkingtreding`, en dat `besluit.vergaderdatum` gelijk is aan `ondertekening`.',
      why: 'Een regeling kan niet in werking treden voordat ze is vastgesteld en ondertekend; een afwijkende datum wijst op een tikfout in de publicatie.',
      ok: vastgesteldExample(),
      notOk: vastgesteldExample({ '  inwerkingtreding:': '  inwerkingtreding: 2023-05-01', '  vergaderdatum:': '  vergaderdatum: 2023-05-22' }),
      expected: [
        'Inwerkingtreding `2023-05-01` ligt vóór de ondertekening `2023-05-23`',
        'Vergaderdatum `2023-05-22` wijkt af van de ondertekening `2023-05-23`'
      ]
    }
  },
  (model, context) => {
    const p = model.document?.publicatie
    if (!p) return
    if (p.ondertekening && p.inwerkingtreding && p.inwerkingtreding < p.ondertekening) {
      context.report(`Inwerkingtreding \`${p.inwerkingtreding}\` ligt vóór de ondertekening \`${p.ondertekening}\``, {
        pointer: '/document/publicatie/inwerkingtreding'
      })
    }
    if (p.inwerkingtreding && p.uitwerkingtreding && p.uitwerkingtreding < p.inwerkingtreding) {
      context.report(`Uitwerkingtreding \`${p.uitwerkingtreding}\` ligt vóór de inwerkingtreding \`${p.inwerkingtreding}\``, {
        pointer: '/document/publicatie/uitwerkingtreding'
      })
    }
    const vergaderdatum = model.besluit?.vergaderdatum
    if (p.ondertekening && vergaderdatum && vergaderdatum !== p.ondertekening) {
      context.report(`Vergaderdatum \`${vergaderdatum}\` wijkt af van de ondertekening \`${p.ondertekening}\``, {
        pointer: '/besluit/vergaderdatum'
      })
    }
  }
)
