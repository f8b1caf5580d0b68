import { collectTexts } from '@kapstok/core'
import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { proseTexts } from '../util/text.js'

// `§ 4.2`, `paragraaf 3.1`, `hoofdstuk 5`, `bijlage 5`
const reference = /(?:§\s?|\bparagraaf\s+|\bhoofdstuk\s+|\bbijlage\s+)(\d+(?:\.\d+)*)(?![\d.]*\d)([a-z]\b)?/giu

/** Rule: a reference to a paragraph, chapter or bijlage has a target. */
export const xrefMissingTarget = lintRule(
  {
    id: 'xref-missing-target',
    severity: 'error',
    group: 'verwijzingen',
    description: 'Een verwijzing naar een paragraaf, hoofdstuk of bijlage ("§ 4.2", "bijlage 5") heeft een doel.',
    docs: {
      what: 'Zoekt in lopende tekst (niet in bijlagen en inspraakreacties: die verwijzen naar andere stukken of een eerdere versie) naar `§ n.m`, `paragraaf n.m`, `hoofdstuk n` en `bijlage n` en zoekt het nummer in de koppen van het plan. Een bijlage `5` bestaat niet als er alleen `5a` en `5b` zijn. Een paragraaf `4.2` wordt alleen gemeld als hoofdstuk 4 bestaat en geen enkele genummerde paragraaf heeft (koppen zonder nummer kunnen de bedoelde paragraaf zijn).',
      why: 'In de bronnen verwijst de tekst naar "§ 4.2" in een hoofdstuk zonder paragrafen en naar "bijlage 5" waar alleen 5a en 5b bestaan; de lezer zoekt tevergeefs.',
      ok: example(['# 4. Uitgangspunten', '', 'Zie bijlage 5a en hoofdstuk 4.', '', '# Bijlagen', '', '## Bijlage 5a: Quickscan', '', 'Tekst.']),
      notOk: example(['# 4. Uitgangspunten', '', 'Zie § 4.2 en bijlage 5.', '', '# Bijlagen', '', '## Bijlage 5a: Quickscan', '', 'Tekst.', '', '## Bijlage 5b: Nulmeting', '', 'Tekst.']),
      expected: [
        'Verwijzing `§ 4.2` heeft geen doel: hoofdstuk 4 heeft geen genummerde paragrafen; verwijs naar een kop die bestaat',
        'Verwijzing `bijlage 5` heeft geen doel: er zijn alleen `5a`, `5b`; noem de juiste bijlage'
      ]
    }
  },
  (model, context) => {
    // Numbers of headings as written in the sources (`# 4.`, `## 2.6.`, `## Bijlage 5a:`), of
    // titles in a JSON or YAML model, and `nummer` fields.
    // Bijlagen are numbered apart from chapters.
    const numbers = new Set<string>()
    const annexes = new Set<string>()
    const heading = /^(?:#{1,6}[ \t]+)?((?:hoofdstuk|bijlage|paragraaf)\s+)?(\d+(?:\.\d+)*[a-z]?)(?=[\s.:)]|$)/gimu
    const add = (text: string, bijlage = false): void => {
      for (const n of text.matchAll(heading)) {
        if (n[2]) (bijlage || /^bijlage/i.test(n[1] ?? '') ? annexes : numbers).add(n[2].toLowerCase())
      }
    }
    for (const source of context.file.sources) {
      for (const m of String(source.value ?? '').matchAll(/^#{1,6}[ \t]+.*$/gm)) add(m[0])
    }
    for (const { pointer, text } of collectTexts(model)) {
      const bijlage = pointer.startsWith('/bijlagen/')
      if (/\/nummer$/.test(pointer)) (bijlage ? annexes : numbers).add(text.replace(/\.$/, '').toLowerCase())
      if (/\/titel$/.test(pointer)) add(text, bijlage)
    }
    const list = [...numbers]
    for (const { pointer, text } of proseTexts(model)) {
      if (pointer.startsWith('/bijlagen/') || pointer.startsWith('/inspraak/')) continue
      for (const match of text.matchAll(reference)) {
        const number = (match[1] ?? '') + (match[2] ?? '').toLowerCase()
        const bijlage = /^bijlage/i.test(match[0])
        if ((bijlage ? annexes : numbers).has(number)) continue
        const parts = [...annexes].filter((n) => n !== number && n.startsWith(number) && /^[a-z]$/.test(n.slice(number.length)))
        const chapter = number.split('.')[0] ?? ''
        let why: string | undefined
        if (bijlage && parts.length > 0) why = `er zijn alleen ${parts.sort().map((p) => `\`${p}\``).join(', ')}; noem de juiste bijlage`
        else if (number.includes('.') && numbers.has(chapter) && !list.some((n) => n.startsWith(chapter + '.'))) {
          why = `hoofdstuk ${chapter} heeft geen genummerde paragrafen; verwijs naar een kop die bestaat`
        } else if (!number.includes('.') && /hoofdstuk/i.test(match[0]) && list.some((n) => /^\d+$/.test(n)) && !list.some((n) => n.split('.')[0] === number)) {
          why = `er is geen hoofdstuk ${number}; verwijs naar een kop die bestaat`
        }
        if (!why) continue
        const written = match[0].trim()
        const location = textLocation(context.file, pointer, text, match.index, written.length)
        context.report(`Verwijzing \`${written}\` heeft geen doel: ${why}`, { pointer, ...(location ? { location } : {}), actual: written })
      }
    }
  }
)
