import { lintRule, textLocation } from '../rule.js'
import { replaceFix } from '../fix.js'
import { example } from '../util/examples.js'
import { paragraphs, short, writtenTexts } from '../util/text.js'

const emptyLink = /\[([^\]\n]*)\]\(#\)/g
const artifacts: Array<[RegExp, string]> = [
  [/<\/?(?:br|span|div|p|font|b|i|u|sup|sub|strong|em)\b[^>]*>/gi, 'HTML-code'],
  [emptyLink, 'lege link'],
  [/\bpagina\s+\d+\s+van\s+\d+\b/gi, 'paginanummer'],
  [/(?<![-–]\s?\p{Ll}*)\p{Ll}{2,}- (?!en\b|of\b|tot\b|noch\b|dan\b)\p{Ll}{2,}/gu, 'afbreekstreep'],
  [/(?<!\p{L})\p{L}*\p{Ll},\p{L}{2,}/gu, 'ontbrekende spatie'],
  [/(?<!\p{L})\p{L}*\p{Ll}[‘“]\p{Lu}\p{Ll}+/gu, 'ontbrekende spatie']
]

/** Rule: no residue of Word/PDF conversion in the text. */
export const conversionArtifact = lintRule(
  {
    id: 'conversion-artifact',
    severity: 'warning',
    group: 'tekst',
    fixable: true,
    description: 'Geen restanten van de omzetting uit Word of PDF: HTML-code, lege links, paginanummers, afbreekstreepjes.',
    docs: {
      what: 'Zoekt in alle tekst naar HTML-tags (`<br>`, `<span>`), lege links (`[tekst](#)`), paginakoppen (`PAGINA 45 VAN 51`), woorden die met een afbreekstreep zijn gesplitst (`structu- reel`; niet bij een gedachtestreepje of `in- en uitstroom`) en ontbrekende spaties (`hulpvraag,starten`, `visie‘Onze`). Per alinea (of tabelcel) en soort één melding, op de eerste plek, met het aantal. Lege links herstelt `kapstok check --fix` door de linktekst te laten staan zonder link: het doel was al verloren.',
      why: 'De bron bevat 391 HTML-tags en 54 lege links; in een gegenereerd document horen die niet thuis. Eén melding per alinea houdt de lijst leesbaar: de schrijver past de alinea in één keer aan.',
      ok: example(['# Werkwijze', '', 'De aanpak is structureel; bij een hulpvraag starten we direct - zo snel mogelijk - met in- en uitstroom.']),
      notOk: example(['# Werkwijze', '', 'De aanpak is structu- reel;<br> bij een hulpvraag,starten we [direct](#) met de [wijkteams](#). PAGINA 45 VAN 51']),
      expected: [
        'Opmaakrestant `structu- reel` (afbreekstreep); herstel de tekst',
        'Opmaakrestant `<br>` (HTML-code); herstel de tekst',
        'Opmaakrestant `hulpvraag,starten` (ontbrekende spatie); herstel de tekst',
        'Opmaakrestant `[direct](#)` (lege link, 2× in deze alinea); herstel de tekst',
        'Opmaakrestant `PAGINA 45 VAN 51` (paginanummer); herstel de tekst'
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of writtenTexts(model)) {
      for (const paragraph of paragraphs(text)) {
        const groups = new Map<string, Array<{ index: number; match: string }>>()
        for (const [pattern, what] of artifacts) {
          for (const m of paragraph.text.matchAll(pattern)) {
            const list = groups.get(what) ?? []
            list.push({ index: paragraph.index + m.index, match: m[0] })
            groups.set(what, list)
          }
        }
        const firsts = [...groups].map(([what, hits]) => ({ what, hits: hits.sort((a, b) => a.index - b.index) }))
        for (const { what, hits } of firsts.sort((a, b) => (a.hits[0]?.index ?? 0) - (b.hits[0]?.index ?? 0))) {
          const first = hits[0]
          if (!first) continue
          const location = textLocation(context.file, pointer, text, first.index, first.match.length)
          const count = hits.length > 1 ? `, ${hits.length}× in deze alinea` : ''
          const fix = what === 'lege link' ? unlinkFix(context.file, pointer, text, hits) : undefined
          context.report(`Opmaakrestant \`${short(first.match, 50)}\` (${what}${count}); herstel de tekst`, {
            pointer,
            ...(location ? { location } : {}),
            actual: first.match,
            ...(fix ? { fix } : {})
          })
        }
      }
    }
  }
)

// One fix for all empty links of a paragraph: keep the link text, drop `[`, `](#)`.
function unlinkFix(file: Parameters<typeof replaceFix>[0], pointer: string, text: string, hits: Array<{ index: number; match: string }>) {
  const first = hits[0]
  const last = hits.at(-1)
  if (!first || !last) return undefined
  const start = first.index
  const end = last.index + last.match.length
  const slice = text.slice(start, end)
  const location = textLocation(file, pointer, text, start, end - start)
  return replaceFix(file, location, slice, slice.replace(emptyLink, '$1'))
}
