import { monthNames } from '@kapstok/nl'
import { lintRule } from '../rule.js'
import { agendaPlan } from '../util/agenda-examples.js'

const fields = ['activiteit', 'doel', 'start', 'eind', 'domein', 'bijzonderheden'] as const
const months = monthNames.join('|')
const twoMonths = new RegExp(`(?<![\\p{L}])(?:${months})\\s+(?:${months})(?![\\p{L}])`, 'giu')
const glued = /(?<![\p{L}])\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+[\p{L}-]*/gu
const defaultIgnore = ['WhatsApp', 'YouTube', 'LinkedIn', 'PowerPoint', 'SharePoint', 'JeugdzorgPlus', 'MijnOverheid', 'DigiD']

/** Rule: no remnants of Word's track changes (deleted and inserted text glued together). */
export const agendaTrackedChange = lintRule(
  {
    id: 'agenda-tracked-change',
    severity: 'warning',
    group: 'agenda',
    description: 'Geen restanten van wijzigingsmarkeringen (oude en nieuwe tekst aan elkaar) in de uitvoeringsagenda.',
    docs: {
      what: 'Zoekt in agendacellen naar twee maanden achter elkaar (`Juni Maart 2025`) en naar woorden die aan elkaar geplakt zijn met een hoofdletter midden in het woord (`TweeDrie keer`): de doorgehaalde en de nieuwe tekst van een wijziging in een tekstverwerker. Een waarschuwing: namen met een hoofdletter midden in (`WhatsApp`) bestaan ook; zet ze in de optie `ignore`.',
      why: 'Bij het omzetten van een document met wijzigingen blijven oude en nieuwe tekst allebei staan; de lezer weet niet welke geldt.',
      options: { ignore: 'Woorden met een hoofdletter midden in die wel kloppen (default: `WhatsApp`, `YouTube`, `LinkedIn`, …).' },
      ok: [
        { title: 'Gewone tekst', text: agendaPlan(['| Drie keer per jaar overleg | Afstemming | 2024-03 | 2024 | Wmo | |']) },
        { title: 'Merknaam met hoofdletter midden in', text: agendaPlan(['| Buurtapp via WhatsApp | Contact | 2024 | 2025 | Wmo | |']) },
        { title: 'Van maand tot maand', text: agendaPlan(['| Zomerschool | Taal | juni - augustus 2025 | 2025 | Participatie | |']) },
        { title: 'Eigen woord in de optie ignore', text: agendaPlan(['| Subsidie via SubsidieLoket | Eenvoud | 2024 | 2025 | Wmo | |']), options: { ignore: ['SubsidieLoket'] } }
      ],
      notOk: [
        {
          title: 'Twee maanden achter elkaar',
          text: agendaPlan(['| Huurteam | Wonen | Juni Maart 2025 | 2025 | Wonen | |']),
          expected: ['Restant van een wijzigingsmarkering: `Juni Maart`; houd alleen de geldende tekst over']
        },
        {
          title: 'Aan elkaar geplakte woorden',
          text: agendaPlan(['| TweeDrie keer per jaar overleg | Afstemming | 2024 | 2025 | Wmo | |']),
          expected: ['Restant van een wijzigingsmarkering: `TweeDrie`; houd alleen de geldende tekst over']
        },
        {
          title: 'Restant in het doel',
          text: agendaPlan(['| Taalhuis | Meer MinderInwoners met taalachterstand | 2024 | 2025 | Participatie | |']),
          expected: ['Restant van een wijzigingsmarkering: `MinderInwoners`; houd alleen de geldende tekst over']
        }
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
