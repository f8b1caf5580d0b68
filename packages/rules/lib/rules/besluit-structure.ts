import type { Besluit } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { vastgesteldExample } from '../util/publication.js'

const parts: Array<[keyof Besluit, string]> = [
  ['aanhef', 'aanhef ("De raad van de gemeente …;")'],
  ['geletOp', 'overweging "gelet op …"'],
  ['besluitpunten', 'besluitpunten na "besluit:"'],
  ['vergaderdatum', 'vergaderdatum ("Aldus besloten in de openbare vergadering van …")'],
  ['griffier', 'griffier'],
  ['voorzitter', 'voorzitter']
]

/** Rule: a raadsbesluit has its fixed legal parts. */
export const besluitStructure = lintRule(
  {
    id: 'besluit-structure',
    severity: 'error',
    severityByStatus: { concept: 'warning' },
    group: 'publicatie',
    description: 'Een raadsbesluit heeft aanhef, "gelet op", besluitpunten, vergaderdatum, griffier en voorzitter.',
    docs: {
      what: 'Controleert dat een `besluit` de vaste onderdelen van een raadsbesluit heeft: aanhef, minstens één "gelet op" (de grondslag), minstens één besluitpunt, de vergaderdatum, en de namen van griffier en voorzitter. In een concept is een ontbrekend onderdeel een waarschuwing.',
      why: 'Een raadsbesluit heeft een vaste juridische vorm; zonder grondslag of ondertekening is het besluit aanvechtbaar.',
      ok: vastgesteldExample(),
      notOk: vastgesteldExample({ '  geletOp:': '', '  griffier:': '' }),
      expected: [
        'Raadsbesluit mist `overweging "gelet op …"`; vul `besluit.geletOp` aan',
        'Raadsbesluit mist `griffier`; vul `besluit.griffier` aan'
      ]
    }
  },
  (model, context) => {
    const besluit = model.besluit as Record<string, unknown> | undefined
    if (!besluit) return
    for (const [field, name] of parts) {
      const value = besluit[field]
      const empty = value === undefined || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0)
      if (!empty) continue
      context.report(`Raadsbesluit mist \`${name}\`; vul \`besluit.${field}\` aan`, { pointer: `/besluit/${field}` })
    }
  }
)
