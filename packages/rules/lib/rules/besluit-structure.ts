import type { Besluit } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { adopter } from '../util/adoption.js'
import { vastgesteldExample } from '../util/publication.js'

/** Parts of a raadsbesluit, and whether an ontwerp (not yet adopted) has them too. */
const parts: Array<[keyof Besluit, string, boolean]> = [
  ['aanhef', 'aanhef ("De raad van de gemeente …;")', true],
  ['geletOp', 'overweging "gelet op …"', true],
  ['besluitpunten', 'besluitpunten na "besluit:"', true],
  ['vergaderdatum', 'vergaderdatum ("Aldus besloten in de openbare vergadering van …")', false],
  ['griffier', 'griffier', false],
  ['voorzitter', 'voorzitter', false]
]

/** Rule: a raadsbesluit has its fixed legal parts. */
export const besluitStructure = lintRule(
  {
    id: 'besluit-structure',
    severity: 'error',
    severityByStatus: { concept: 'warning' },
    group: 'publicatie',
    description: 'Een raadsbesluit heeft aanhef, "gelet op" en besluitpunten, en na vaststelling vergaderdatum, griffier en voorzitter.',
    docs: {
      what: 'Controleert dat een `besluit` de vaste onderdelen van een raadsbesluit heeft: aanhef, minstens één "gelet op" (de grondslag) en minstens één besluitpunt; is het document `vastgesteld`, ook de vergaderdatum en de namen van griffier en voorzitter (een ontwerpbesluit wordt pas in de vergadering gedateerd en ondertekend). Stelt het college of de burgemeester het document vast (`vastgesteldDoor: college`), dan geldt alleen dat er besluitpunten zijn. Wat ontbreekt, staat in één melding. In een concept is de melding een waarschuwing.',
      why: 'Een raadsbesluit heeft een vaste juridische vorm; zonder grondslag of ondertekening is het besluit aanvechtbaar.',
      ok: [
        { title: 'Een vastgesteld raadsbesluit met alle onderdelen', text: vastgesteldExample() },
        {
          title: 'Een ontwerpbesluit nog zonder datum en handtekeningen',
          text: vastgesteldExample({ 'status:': 'status: ingediend', '  vergaderdatum:': '', '  griffier:': '', '  voorzitter:': '' })
        },
        {
          title: 'Een collegebesluit zonder griffier en "gelet op"',
          text: vastgesteldExample({ 'status:': 'status: vastgesteld\nvastgesteldDoor: college\nregeling: false', '  aanhef:': '  aanhef: Het college van Wadderveen;', '  geletOp:': '', '  griffier:': '', '  voorzitter:': '' })
        }
      ],
      notOk: [
        {
          title: 'Een vastgesteld besluit zonder grondslag en griffier',
          text: vastgesteldExample({ '  geletOp:': '', '  griffier:': '' }),
          expected: ['Raadsbesluit mist `overweging "gelet op …"` (`geletOp`), `griffier` (`griffier`); vul deze onderdelen van `besluit` aan']
        },
        {
          title: 'Een ontwerpbesluit zonder besluitpunten',
          text: vastgesteldExample({ 'status:': 'status: ingediend', '  besluitpunten:': '', '  vergaderdatum:': '', '  griffier:': '', '  voorzitter:': '' }),
          expected: ['Raadsbesluit mist `besluitpunten na "besluit:"` (`besluitpunten`); vul deze onderdelen van `besluit` aan']
        },
        {
          title: 'Een collegebesluit zonder besluitpunten',
          text: vastgesteldExample({ 'status:': 'status: vastgesteld\nvastgesteldDoor: college\nregeling: false', '  besluitpunten:': '  besluitpunten: []' }),
          expected: ['Collegebesluit mist `besluitpunten na "besluit:"` (`besluitpunten`); vul deze onderdelen van `besluit` aan']
        }
      ]
    }
  },
  (model, context) => {
    const besluit = model.besluit as Record<string, unknown> | undefined
    if (!besluit) return
    const by = adopter(model).by
    const raad = by === 'raad'
    const adopted = context.status === 'vastgesteld'
    const missing = parts.filter(([field, , inOntwerp]) => {
      if (!raad && field !== 'besluitpunten') return false
      if (!adopted && !inOntwerp) return false
      const value = besluit[field]
      return value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0)
    })
    if (missing.length === 0) return
    const body = raad ? 'Raadsbesluit' : by === 'college' ? 'Collegebesluit' : 'Besluit van de burgemeester'
    context.report(`${body} mist ${missing.map(([field, name]) => `\`${name}\` (\`${field}\`)`).join(', ')}; vul deze onderdelen van \`besluit\` aan`, {
      pointer: `/besluit/${missing[0]?.[0] ?? ''}`,
      expected: missing.map(([field]) => field)
    })
  }
)
