import { lintRule } from '../rule.js'
import { vastgesteldExample } from '../util/publication.js'

/** Rule: signing, meeting and entry-into-force dates are in order. */
export const pubDateOrder = lintRule(
  {
    id: 'pub-date-order',
    severity: 'error',
    group: 'publicatie',
    description: 'Ondertekening ligt niet na inwerkingtreding; de vergaderdatum is de datum van ondertekening (een ondertekening vóór de vergadering is een fout, een latere een waarschuwing).',
    docs: {
      what: 'Controleert dat `publicatie.inwerkingtreding` niet vóór `ondertekening` ligt, `uitwerkingtreding` niet vóór `inwerkingtreding`, en dat `besluit.vergaderdatum` gelijk is aan `ondertekening`. Een ondertekening vóór de vergadering kan niet (een fout); een ondertekening een paar dagen later is ongebruikelijk voor een raadsbesluit maar komt voor, en is een waarschuwing.',
      why: 'Een regeling kan niet in werking treden voordat ze is vastgesteld en ondertekend; een afwijkende datum wijst op een tikfout in de publicatie.',
      ok: [
        { title: 'In werking na de ondertekening', text: vastgesteldExample() },
        { title: 'In werking op de dag van ondertekening', text: vastgesteldExample({ '  inwerkingtreding:': '  inwerkingtreding: 2025-03-13' }) },
        { title: 'Een uitwerkingtreding na de inwerkingtreding', text: vastgesteldExample({ '  inwerkingtreding:': '  inwerkingtreding: 2025-04-01\n  uitwerkingtreding: 2029-01-01' }) }
      ],
      notOk: [
        {
          title: 'In werking vóór de ondertekening',
          text: vastgesteldExample({ '  inwerkingtreding:': '  inwerkingtreding: 2025-03-01' }),
          expected: ['Inwerkingtreding `2025-03-01` ligt vóór de ondertekening `2025-03-13`; controleer beide datums']
        },
        {
          title: 'Uit werking vóór de inwerkingtreding',
          text: vastgesteldExample({ '  inwerkingtreding:': '  inwerkingtreding: 2025-04-01\n  uitwerkingtreding: 2024-12-31' }),
          expected: ['Uitwerkingtreding `2024-12-31` ligt vóór de inwerkingtreding `2025-04-01`; controleer beide datums']
        },
        {
          title: 'Een vergaderdatum die afwijkt van de ondertekening',
          text: vastgesteldExample({ '  vergaderdatum:': '  vergaderdatum: 2025-03-12' }),
          expected: ['Vergaderdatum `2025-03-12` wijkt af van de ondertekening `2025-03-13`; controleer beide datums']
        }
      ]
    }
  },
  (model, context) => {
    const p = model.document?.publicatie
    if (!p) return
    if (p.ondertekening && p.inwerkingtreding && p.inwerkingtreding < p.ondertekening) {
      context.report(`Inwerkingtreding \`${p.inwerkingtreding}\` ligt vóór de ondertekening \`${p.ondertekening}\`; controleer beide datums`, {
        pointer: '/document/publicatie/inwerkingtreding'
      })
    }
    if (p.inwerkingtreding && p.uitwerkingtreding && p.uitwerkingtreding < p.inwerkingtreding) {
      context.report(`Uitwerkingtreding \`${p.uitwerkingtreding}\` ligt vóór de inwerkingtreding \`${p.inwerkingtreding}\`; controleer beide datums`, {
        pointer: '/document/publicatie/uitwerkingtreding'
      })
    }
    const vergaderdatum = model.besluit?.vergaderdatum
    if (p.ondertekening && vergaderdatum && vergaderdatum !== p.ondertekening) {
      // Signed before the meeting that took the decision cannot be; signed some days after it is
      // unusual (a raadsbesluit is signed in the meeting) but happens: then it is a warning.
      context.report(`Vergaderdatum \`${vergaderdatum}\` wijkt af van de ondertekening \`${p.ondertekening}\`; controleer beide datums`, {
        pointer: '/besluit/vergaderdatum',
        ...(p.ondertekening > vergaderdatum ? { warning: true } : {})
      })
    }
  }
)
