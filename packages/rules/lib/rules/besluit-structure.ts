import type { Besluit } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { adopter, publishedAsRegeling } from '../util/adoption.js'
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
      what: 'Controleert dat een `besluit` de vaste onderdelen van een raadsbesluit heeft: minstens één besluitpunt, een aanhef (zonder `aanhef` schrijft de uitvoer `De raad van de gemeente …;` met de gemeente uit de metadata, dus die ontbreekt alleen zonder gemeente) en, bij een besluit dat als regeling wordt bekendgemaakt, minstens één "gelet op" (de grondslag); is het document `vastgesteld`, ook de vergaderdatum en de namen van griffier en voorzitter (een ontwerpbesluit wordt pas in de vergadering gedateerd en ondertekend). Een raadsbesluit dat geen regeling is (een nota of kader vaststellen) zonder "gelet op" krijgt een waarschuwing: zo’n besluit noemt vaak alleen het voorstel, maar de bevoegdheid hoort erin. Stelt het college of de burgemeester het document vast (`vastgesteldDoor: college`), dan geldt alleen dat er besluitpunten zijn. Wat ontbreekt, staat in één melding. In een concept is de melding een waarschuwing.',
      why: 'Een raadsbesluit heeft een vaste juridische vorm; zonder grondslag of ondertekening is het besluit aanvechtbaar.',
      ok: [
        { title: 'Een vastgesteld raadsbesluit met alle onderdelen', text: vastgesteldExample() },
        {
          title: 'Een ontwerpbesluit nog zonder datum en handtekeningen',
          text: vastgesteldExample({ 'status:': 'status: ingediend', '  vergaderdatum:': '', '  griffier:': '', '  voorzitter:': '' })
        },
        {
          title: 'Een ontwerpbesluit zonder aanhef: de uitvoer schrijft die met de gemeente',
          text: vastgesteldExample({ 'status:': 'status: ingediend', '  aanhef:': '', '  vergaderdatum:': '', '  griffier:': '', '  voorzitter:': '' })
        },
        {
          title: 'Een collegebesluit zonder griffier en "gelet op"',
          text: vastgesteldExample({ 'status:': 'status: vastgesteld\nvastgesteldDoor: college\nregeling: false', '  aanhef:': '  aanhef: Het college van Wadderveen;', '  geletOp:': '', '  griffier:': '', '  voorzitter:': '' })
        }
      ],
      notOk: [
        {
          title: 'Een raadsbesluit over een nota, geen regeling, zonder grondslag',
          text: vastgesteldExample({ 'status:': 'status: ingediend', '  geletOp:': '', '  vergaderdatum:': '', '  griffier:': '', '  voorzitter:': '' }, ['regeling: false']),
          expected: ['Raadsbesluit noemt geen grondslag (`gelet op …`); noem de bevoegdheid waarop de raad besluit (bijvoorbeeld een artikel van de Gemeentewet) in `besluit.geletOp`']
        },
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
    // The outputs write the aanhef from the gemeente when the besluit has none (documents/besluit.ts),
    // so only a plan without a gemeente lacks it. The grondslag is part of the legal form of a
    // regeling; a raadsbesluit that adopts a nota often has only `gelezen het voorstel …`, so there
    // its absence is a remark, not a proven defect.
    const regeling = publishedAsRegeling(model)
    const absent = (field: keyof Besluit): boolean => {
      const value = besluit[field]
      return value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0)
    }
    const missing = parts.filter(([field, , inOntwerp]) => {
      if (!raad && field !== 'besluitpunten') return false
      if (!adopted && !inOntwerp) return false
      if (field === 'aanhef' && model.document?.gemeente) return false
      if (field === 'geletOp' && !regeling) return false
      return absent(field)
    })
    const body = raad ? 'Raadsbesluit' : by === 'college' ? 'Collegebesluit' : 'Besluit van de burgemeester'
    if (missing.length > 0) {
      context.report(`${body} mist ${missing.map(([field, name]) => `\`${name}\` (\`${field}\`)`).join(', ')}; vul deze onderdelen van \`besluit\` aan`, {
        pointer: `/besluit/${missing[0]?.[0] ?? ''}`
      })
    }
    if (raad && !regeling && absent('geletOp')) {
      context.report('Raadsbesluit noemt geen grondslag (`gelet op …`); noem de bevoegdheid waarop de raad besluit (bijvoorbeeld een artikel van de Gemeentewet) in `besluit.geletOp`', {
        pointer: '/besluit',
        warning: true
      })
    }
  }
)
