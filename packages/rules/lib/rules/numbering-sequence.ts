import type { Doel, Plan } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { example } from '../util/examples.js'

interface Numbered {
  nummer?: string
}

/** Rule: numbered items run 1, 2, 3 … without gaps or repeats. */
export const numberingSequence = lintRule(
  {
    id: 'numbering-sequence',
    severity: 'warning',
    group: 'structuur',
    description: 'Genummerde onderdelen lopen door zonder gaten of herhalingen.',
    docs: {
      what: 'Controleert de nummers (`nummer`) van opgaven, effecten, principes, pijlers, doelen, kaders, inspanningen en bijlagen: elk volgend nummer is één hoger dan het vorige. Nummers met een letter (`5a`, `5b`) tellen als één nummer. Kaders, inspanningen en doelen mogen opnieuw bij 1 beginnen (twee lijsten na elkaar).',
      why: 'Een nummer dat ontbreekt of dubbel is ("13." na twaalf motiepunten, criteria 6-10 die 1-5 hadden moeten zijn) doet de lezer denken dat er iets weggevallen is.',
      ok: example(['# Leidende principes', '', '## 1. Eén loket {#p1}', '', '## 2. Voorliggend eerst {#p2}', '', '## 3. Dichtbij {#p3}']),
      notOk: example(['# Leidende principes', '', '## 1. Eén loket {#p1}', '', '## 2. Voorliggend eerst {#p2}', '', '## 4. Dichtbij {#p3}']),
      expected: ['Nummer `4` volgt op `2`; verwacht `3`']
    }
  },
  (model, context) => {
    for (const [items, pointer] of lists(model)) {
      let previous: number | undefined
      // Kaders, inspanningen and doelen may be several lists in a row, each from 1.
      const restarts = /\/(?:kaders|inspanningen|doelen)$/.test(pointer)
      items.forEach((item, index) => {
        const text = item.nummer?.trim().replace(/\.$/, '')
        const parts = text === undefined ? undefined : /^(\d+)([a-z])?$/.exec(text)
        if (text === undefined || !parts) return
        const n = Number(parts[1])
        // `5a`, `5b`: one number with parts.
        if (parts[2] !== undefined && parts[2] !== 'a' && n === previous) return
        if (previous !== undefined && n !== previous + 1 && !(restarts && n === 1)) {
          context.report(`Nummer \`${text}\` volgt op \`${previous}\`; verwacht \`${previous + 1}\``, {
            pointer: `${pointer}/${index}/nummer`,
            actual: text,
            expected: [String(previous + 1)]
          })
        }
        previous = n
      })
    }
  }
)

function lists(model: Plan): Array<[Numbered[], string]> {
  const out: Array<[Numbered[], string]> = []
  const add = (items: Numbered[] | undefined, pointer: string): void => {
    if (items && items.length > 1) out.push([items, pointer])
  }
  add(model.opgaven, '/opgaven')
  add(model.effecten, '/effecten')
  add(model.principes, '/principes')
  add(model.pijlers, '/pijlers')
  add(model.bijlagen, '/bijlagen')
  model.pijlers?.forEach((pijler, i) => {
    add(pijler.kaders, `/pijlers/${i}/kaders`)
    add(pijler.inspanningen, `/pijlers/${i}/inspanningen`)
    const doelen = (items: Doel[] | undefined, pointer: string): void => {
      add(items, pointer)
      items?.forEach((doel, j) => doelen(doel.doelen, `${pointer}/${j}/doelen`))
    }
    doelen(pijler.doelen, `/pijlers/${i}/doelen`)
  })
  return out
}
