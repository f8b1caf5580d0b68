import { monthNames } from '@kapstok/nl'
import { lintRule } from '../rule.js'
import { agendaHeader, example } from '../util/examples.js'

const fields = ['activiteit', 'doel', 'start', 'eind', 'domein', 'bijzonderheden'] as const
const months = monthNames.join('|')
const twoMonths = new RegExp(`(?<![\\p{L}])(?:${months})\\s+(?:${months})(?![\\p{L}])`, 'giu')
const glued = /(?<![\p{L}])\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+[\p{L}-]*/gu
const defaultIgnore = ['WhatsApp', 'YouTube', 'LinkedIn', 'PowerPoint', 'SharePoint', 'JeugdzorgPlus', 'MijnOverheid', 'DigiD']

/** Rule: no remnants of Word's track changes (deleted and inserted text glued together). */
export const agendaTrackedChange = lintRule(
  {
    id: 'agenda-tracked-change',
    severity: 'error',
    group: 'agenda',
    description: 'Geen restanten van wijzigingsmarkeringen (oude en nieuwe tekst aan elkaar) in de uitvoeringsagenda.',
    docs: {
      what: 'Zoekt in agendacellen naar twee maanden achter elkaar (`Juni Maart-2022`) en naar woorden die aan elkaar geplakt zijn met een hoofdletter midden in het woord (`TweeDrie-keer`): de doorgehaalde en de nieuwe tekst van een Word-wijziging.',
      why: 'Bij het omzetten van een document met wijzigingen "in rood of doorgehaald" blijven oude en nieuwe tekst allebei staan; de lezer weet niet welke geldt.',
      options: { ignore: 'Woorden met een hoofdletter midden in die wel kloppen (default: `WhatsApp`, `YouTube`, `LinkedIn`, …).' },
      ok: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| Drie keer per jaar overleg | Afstemming | 2022-03 | 2022 | Jeugd | |']),
      notOk: example(['# Uitvoeringsagenda', '', ...agendaHeader, '| TweeDrie-keer per jaar overleg | Afstemming | Juni Maart-2022 | 2022 | Jeugd | |']),
      expected: [
        'Restant van een wijzigingsmarkering: `TweeDrie-keer`; houd alleen de geldende tekst over',
        'Restant van een wijzigingsmarkering: `Juni Maart`; houd alleen de geldende tekst over'
      ]
    }
  },
  (model, context) => {
    const ignore = new Set([...defaultIgnore, ...((context.options.ignore as string[] | undefined) ?? [])])
    ;(model.acties ?? []).forEach((actie, index) => {
      for (const field of fields) {
        const text = actie[field]
        if (!text) continue
        const pointer = `/acties/${index}/${field}`
        const hits = [...text.matchAll(glued), ...text.matchAll(twoMonths)].filter((m) => !ignore.has(m[0]))
        for (const match of hits.sort((a, b) => a.index - b.index)) {
          context.report(`Restant van een wijzigingsmarkering: \`${match[0]}\`; houd alleen de geldende tekst over`, {
            pointer,
            actual: match[0]
          })
        }
      }
    })
  }
)
