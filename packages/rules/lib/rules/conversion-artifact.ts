import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { writtenTexts } from '../util/text.js'

const artifacts: Array<[RegExp, string]> = [
  [/<\/?(?:br|span|div|p|font|b|i|u|sup|sub|strong|em)\b[^>]*>/gi, 'HTML-code'],
  [/\]\(#\)/g, 'lege link'],
  [/\bpagina\s+\d+\s+van\s+\d+\b/gi, 'paginanummer'],
  [/\p{Ll}{2,}- (?!en\b|of\b|tot\b|noch\b|dan\b)\p{Ll}{2,}/gu, 'afbreekstreep'],
  [/\p{Ll}{2,},\p{Ll}{2,}/gu, 'ontbrekende spatie']
]

/** Rule: no residue of Word/PDF conversion in the text. */
export const conversionArtifact = lintRule(
  {
    id: 'conversion-artifact',
    severity: 'warning',
    group: 'tekst',
    description: 'Geen restanten van de omzetting uit Word of PDF: HTML-code, lege links, paginanummers, afbreekstreepjes.',
    docs: {
      what: 'Zoekt in alle tekst naar HTML-tags (`<br>`, `<span>`), lege links (`](#)`), paginakoppen (`PAGINA 45 VAN 51`), woorden die met een afbreekstreep zijn gesplitst (`structu- reel`) en komma\'s zonder spatie (`hulpvraag,starten`).',
      why: 'De bron bevat 391 HTML-tags en 54 lege links; in een gegenereerd document horen die niet thuis.',
      ok: example(['# Werkwijze', '', 'De aanpak is structureel; bij een hulpvraag starten we direct.']),
      notOk: example(['# Werkwijze', '', 'De aanpak is structu- reel;<br> bij een hulpvraag,starten we [direct](#). PAGINA 45 VAN 51']),
      expected: [
        'Opmaakrestant `structu- reel` (afbreekstreep); herstel de tekst',
        'Opmaakrestant `<br>` (HTML-code); herstel de tekst',
        'Opmaakrestant `hulpvraag,starten` (ontbrekende spatie); herstel de tekst',
        'Opmaakrestant `](#)` (lege link); herstel de tekst',
        'Opmaakrestant `PAGINA 45 VAN 51` (paginanummer); herstel de tekst'
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of writtenTexts(model)) {
      const hits = artifacts
        .flatMap(([pattern, what]) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, match: m[0], what })))
        .sort((a, b) => a.index - b.index)
      for (const hit of hits) {
        const location = textLocation(context.file, pointer, text, hit.index, hit.match.length)
        context.report(`Opmaakrestant \`${hit.match}\` (${hit.what}); herstel de tekst`, { pointer, ...(location ? { location } : {}) })
      }
    }
  }
)
