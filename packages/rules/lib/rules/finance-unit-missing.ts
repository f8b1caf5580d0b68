import { isBedrag } from '@kapstok/core'
import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { proseTexts } from '../util/text.js'

// `€ 2,4` not followed by a magnitude: one decimal means a rounded large amount, not cents.
const bare = /€\s?\d{1,3},\d(?!\d)(?!\s*(?:mln|miljoen|miljard|mld|k\b|duizend|\w*[.,]\d))/gu
// What may stand between amounts that share one magnitude: `€ 0,6 + € 1,2 miljoen`,
// `€ 1,2 tot € 1,5 miljoen`, `€ 0,4, € 0,6 en € 0,8 mln`.
const sharedMagnitude = /^(?:[\s\d.,€+\-–−×/()]|\b(?:en|tot|of|à)\b)*?(?:mln|miljoen|miljard|mld)\b/u
const plan = (body: string[]): string => example(['# Financiën', '', ...body], 'gemeente: Lindewaarde')

/** Rule: a rounded amount states its magnitude. */
export const financeUnitMissing = lintRule(
  {
    id: 'finance-unit-missing',
    // A missing magnitude is likely, not proven (`€ 2,4` could be two euro forty written short).
    severity: 'warning',
    group: 'financien',
    description: 'Een afgerond bedrag noemt zijn eenheid (`€ 2,4 miljoen`, niet `€ 2,4`).',
    docs: {
      what: 'Meldt bedragen met `€` en één cijfer achter de komma zonder `miljoen`, `mln`, `miljard` of `k` erachter (`€ 2,4 in 2026`), in lopende tekst en in tabellen die geen eenheid noemen. Een bedrag in euro\'s en centen heeft twee cijfers achter de komma; één cijfer is een afgerond groot bedrag waarvan de eenheid is weggevallen. Een tabel met `bedragen x € 1 mln` (in de kop, het onderschrift of de zin ervoor) heeft haar eenheid. Bedragen in één opsomming of berekening delen de eenheid van het laatste (`€ 0,6 + € 1,2 miljoen`, `tussen € 1,2 en € 1,5 miljoen`). Een waarschuwing: de tekst bewijst niet dat de eenheid ontbreekt.',
      why: 'Letterlijk gelezen is "€ 2,4 in 2026" twee euro veertig; elders in het stuk staat dan "€ 2,4 miljoen". Het model, de controles en elke uitvoer rekenen met het letterlijke bedrag.',
      ok: [
        { title: 'Een bedrag met zijn eenheid, en een bedrag in centen', text: plan(['De besparing is € 2,4 miljoen in 2026; een kop koffie kost € 2,40.']) },
        {
          title: 'Een tabel die haar eenheid in de kop noemt',
          text: plan(['## Investeringen', '', '| Bedragen x € 1 mln | 2026 |', '|---|---|', '| Sporthal | € 2,4 |', '| Zwembad | 3,1 |'])
        },
        {
          title: 'Een eenheid in de zin voor de tabel',
          text: plan(['## Investeringen', '', 'De bedragen zijn in miljoenen euro\'s.', '', '| Project | 2026 |', '|---|---|', '| Sporthal | € 2,4 |'])
        },
        { title: 'Bedragen die de eenheid van het laatste delen', text: plan(['De kosten (€ 0,4 + € 1,75 + € 0,9 miljoen) komen uit drie potten; de raming ligt tussen € 1,2 en € 1,5 mln.']) },
        { title: 'Een afkorting als eenheid', text: plan(['Het tekort is € 0,8 mln, de reserve € 12k.']) }
      ],
      notOk: [
        {
          title: 'Een bedrag in een opsomming zonder eenheid',
          text: plan(['De besparing die we verwachten is:', '', '- € 2,4 in 2026']),
          expected: ['Bedrag `€ 2,4` mist een eenheid; schrijf bijvoorbeeld `€ 2,4 miljoen`']
        },
        {
          title: 'Een tabelcel zonder eenheid van de tabel',
          text: plan(['## Investeringen', '', '| Project | 2026 |', '|---|---|', '| Sporthal | € 2,4 |']),
          expected: ['Bedrag `€ 2,4` mist een eenheid; schrijf bijvoorbeeld `€ 2,4 miljoen` of noem de eenheid van de tabel (`bedragen x € 1 mln`)']
        },
        {
          title: 'Een bedrag in een zin',
          text: plan(['In 2027 loopt het tekort op tot €3,5 en daarna daalt het.']),
          expected: ['Bedrag `€3,5` mist een eenheid; schrijf bijvoorbeeld `€3,5 miljoen`']
        },
        {
          title: 'Een eenheid alleen bij een ander bedrag verderop',
          text: plan(['Voor jeugd is € 0,6 beschikbaar en voor de Wmo € 1,2 miljoen.']),
          expected: ['Bedrag `€ 0,6` mist een eenheid; schrijf bijvoorbeeld `€ 0,6 miljoen`']
        }
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of proseTexts(model)) {
      // Table cells are read below, with the table's unit.
      if (/\/bedragen\/\d+\/tekst$/.test(pointer)) continue
      for (const match of text.matchAll(bare)) {
        if (sharedMagnitude.test(text.slice(match.index + match[0].length, match.index + match[0].length + 80))) continue
        const location = textLocation(context.file, pointer, text, match.index, match[0].length)
        context.report(`Bedrag \`${match[0]}\` mist een eenheid; schrijf bijvoorbeeld \`${match[0]} miljoen\``, {
          pointer,
          ...(location ? { location } : {}),
          actual: match[0]
        })
      }
    }
    // Table cells, in tables that name no unit of their own.
    model.financien?.tabellen?.forEach((tabel, t) => {
      if (tabel.eenheid) return
      tabel.rijen.forEach((rij, r) =>
        rij.bedragen.forEach((bedrag, c) => {
          const text = isBedrag(bedrag) ? bedrag.tekst : undefined
          if (!text || !new RegExp(`^(?:${bare.source})$`, 'u').test(text.trim())) return
          context.report(`Bedrag \`${text}\` mist een eenheid; schrijf bijvoorbeeld \`${text} miljoen\` of noem de eenheid van de tabel (\`bedragen x € 1 mln\`)`, {
            pointer: `/financien/tabellen/${t}/rijen/${r}/bedragen/${c}`,
            actual: text
          })
        })
      )
    })
  }
)
