import { lintRule, textLocation } from '../rule.js'
import { replaceFix } from '../fix.js'
import { textExample as example } from '../util/text-examples.js'
import { paragraphs, short, writtenTexts } from '../util/text.js'

const emptyLink = /\[([^\[\]\n]{0,300})\]\(#\)/g
// Each pattern starts with a look-behind that fails fast, so no match attempt scans a long
// run of letters more than once.
const artifacts: Array<[RegExp, string]> = [
  [/<\/?(?:br|span|div|p|font|b|i|u|sup|sub|strong|em)\b[^<>\n]{0,200}>/gi, 'HTML-code'],
  [emptyLink, 'lege link'],
  [/\bpagina\s{1,3}\d+\s{1,3}van\s{1,3}\d+\b/gi, 'paginanummer'],
  // `samen- werking`; not `in- en uitstroom`, not `zorg- welzijns- en onderwijsinstellingen`,
  // not the end of a remark between dashes (`we hebben - noodgedwongen- ervaren`).
  [/(?<![\p{L}\p{N}])(?<![-–] )\p{L}\p{Ll}+- (?!(?:en|of|tot|noch|dan|als|maar|en\/of|c\.q\.|respectievelijk)(?![\p{L}]))\p{Ll}{2,}(?![\p{L}\p{N}-])/gu, 'afbreekstreep'],
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
      what: 'Zoekt in alle tekst naar HTML-tags (`<br>`, `<span>`), lege links (`[tekst](#)`), paginakoppen (`PAGINA 12 VAN 30`), woorden die met een afbreekstreep zijn gesplitst (`samen- werking`; niet bij een gedachtestreepje, `in- en uitstroom` of `zorg- welzijns- en onderwijsinstellingen`) en ontbrekende spaties (`inwoners,bijvoorbeeld`, `visie“Samen`). Per alinea (of tabelcel) en soort één melding, op de eerste plek, met het aantal. Lege links herstelt `kapstok check --fix` door de linktekst te laten staan zonder link: het doel was al verloren.',
      why: 'Een tekst die uit Word of een PDF is overgenomen, houdt vaak tags, lege links en afgebroken woorden over; in een gegenereerd document horen die niet thuis. Eén melding per alinea houdt de lijst leesbaar: de schrijver past de alinea in één keer aan.',
      ok: [
        { title: 'Gedachtestreepjes en een weggelaten deel van een woord', text: example(['# Werkwijze', '', 'De aanpak is blijvend; bij een vraag starten we direct - zo snel mogelijk - met in- en uitstroom.']) },
        { title: 'Een reeks samenstellingen met streepjes', text: example(['# Partners', '', 'We werken met zorg- welzijns- en onderwijsinstellingen, en met sport- of cultuurverenigingen.']) },
        { title: 'Een opmerking tussen streepjes zonder spatie', text: example(['# Werkwijze', '', 'In de crisis hebben we - gedwongen- geleerd om op afstand te werken.']) },
        { title: 'Een link met een doel en een getal met een komma', text: example(['# Bronnen', '', 'Zie de [monitor](https://www.beekdal.nl/monitor): 12,5 procent van de jongeren sport niet.']) }
      ],
      notOk: [
        {
          title: 'Vijf soorten restanten in één alinea',
          text: example(['# Werkwijze', '', 'De samen- werking;<br> met inwoners,bijvoorbeeld via [buurtapps](#) en de [wijkteams](#). PAGINA 12 VAN 30']),
          expected: [
            'Opmaakrestant `samen- werking` (afbreekstreep); herstel de tekst',
            'Opmaakrestant `<br>` (HTML-code); herstel de tekst',
            'Opmaakrestant `inwoners,bijvoorbeeld` (ontbrekende spatie); herstel de tekst',
            'Opmaakrestant `[buurtapps](#)` (lege link, 2× in deze alinea); herstel de tekst',
            'Opmaakrestant `PAGINA 12 VAN 30` (paginanummer); herstel de tekst'
          ]
        },
        {
          title: 'Een aanhalingsteken tegen het vorige woord',
          text: example(['# Visie', '', 'Dit is onze visie“Samen sterk” voor de komende jaren.']),
          expected: ['Opmaakrestant `visie“Samen` (ontbrekende spatie); herstel de tekst']
        },
        {
          title: 'HTML-code in een tabelcel',
          text: example(['# Financiën', '', '| Maatregel | Toelichting |', '|---|---|', '| Buurtteams | <span>Uitbreiding</span> |']),
          expected: ['Opmaakrestant `<span>` (HTML-code, 2× in deze alinea); herstel de tekst']
        }
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
