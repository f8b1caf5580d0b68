import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtExample } from './built.js'

// Every reference in words that a document turned into a link ("zie hoofdstuk 6" → "hoofdstuk
// 12") names the number the target's heading shows in that same output, and points at that
// heading; and known references of each example reach the section the source meant.
const examples: Record<string, Array<[string, string]>> = {
  'dijk-en-waard-beleidskader': [],
  // Leeswijzer "hoofdstuk 2" (Inleiding), "paragraaf 2.9" in the opgaven, "hoofdstuk 6" in the thema's.
  'hoogeveen-sociaal-domein': [
    ['inleiding', 'hoofdstuk'],
    ['wat-is-er-aan-de-hand', 'paragraaf'],
    ['financien', 'hoofdstuk']
  ],
  // "hoofdstuk 3 en 5" in the leeswijzer.
  'noordoostpolder-hervorming-voorveld': [
    ['partnerschap-onder-gemeentelijke-regie', 'hoofdstuk'],
    ['overzicht-maatregelen-die-invulling-geven-aan-de-taakstelling', 'hoofdstuk']
  ],
  // "hoofdstuk 5 ‘Wat willen we bereiken’", "§ 6.6" (an ontwikkelopdracht numbered as a paragraph).
  'vijfheerenlanden-sociaal-maatschappelijke-agenda': [
    ['wat-willen-we-bereiken', 'hoofdstuk'],
    ['ontwikkelopdracht-6', '§']
  ]
}

const linkText = /^(?:hoofdstuk|paragraaf|§|bijlage)\s?(\d+(?:\.\d+)*[a-z]?)(?:\s+[^:]*)?$/iu

/** Links made from references in words: [text, number as printed, anchor]. */
function referenceLinks(output: string, html: boolean): Array<{ text: string; number: string; id: string }> {
  const pattern = html ? /<a href="#([^"]+)">([^<]+)<\/a>/g : /\[([^\]]+)\]\(#([^)\s]+)\)/g
  return [...output.matchAll(pattern)]
    .map((m) => (html ? { id: m[1] ?? '', text: m[2] ?? '' } : { id: m[2] ?? '', text: m[1] ?? '' }))
    .map((l) => ({ ...l, number: linkText.exec(l.text)?.[1] ?? '' }))
    .filter((l) => l.number !== '')
}

/** The number a section's heading shows in the output (`12`, `3.8`, `4` for `Bijlage 4`). */
function headingNumber(output: string, id: string, html: boolean): string | undefined {
  const heading = html
    ? new RegExp(String.raw`id="${id}"[^>]*>\s*(?:<p class="kicker">[^<]*</p>\s*)?<h[1-6]><span class="nummer">(?:Bijlage )?([^<]+)</span>`).exec(output)
    : new RegExp(String.raw`<a id="${id}"></a>\s*(?:_[^_\n]*_\s*)?#{1,6} (?:Bijlage )?(\d+(?:\.\d+)*)\s`).exec(output)
  return heading?.[1]
}

/** Whether the anchor is a section (an author's link may point at a table or a note instead). */
function isSection(output: string, id: string, html: boolean): boolean {
  return html ? output.includes(`<section id="${id}"`) : new RegExp(String.raw`<a id="${id}"></a>\s*(?:_[^_\n]*_\s*)?#`).test(output)
}

describe('references in words in the rendered examples', () => {
  for (const [name, expected] of Object.entries(examples)) {
    it(`should print the target's rendered number and link to it in ${name}`, async () => {
      const out = await builtExample(name)
      const files = (await readdir(out)).filter((f) => /\.(html|md)$/.test(f))
      const resolved = new Set<string>()
      for (const file of files) {
        const html = file.endsWith('.html')
        const output = await readFile(join(out, file), 'utf8')
        const wrong = referenceLinks(output, html)
          .filter((l) => isSection(output, l.id, html))
          .map((l) => ({ ...l, shown: headingNumber(output, l.id, html) }))
          .filter((l) => l.shown !== l.number)
        expect(wrong, `${file}: links whose number is not the target's`).toEqual([])
        for (const l of referenceLinks(output, html)) resolved.add(`${l.id} ${l.text.startsWith('§') ? '§' : l.text.split(/\s/)[0]?.toLowerCase()}`)
      }
      expect(expected.filter(([id, word]) => !resolved.has(`${id} ${word}`)), 'known references').toEqual([])
    }, 180_000)
  }
})
