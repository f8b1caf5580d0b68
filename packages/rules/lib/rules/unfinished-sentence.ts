import { lintRule, sourceText, textLocation } from '../rule.js'
import { collectTexts, fromPointer, type PlanFile, type SourceLocation } from '@kapstok/core'
import { example } from '../util/examples.js'
import { paragraphs, proseTexts, short } from '../util/text.js'

const dangling = new Set([
  'en', 'of', 'maar', 'tenzij', 'omdat', 'dat', 'die', 'als', 'zodat', 'want', 'wanneer', 'doordat', 'hoewel',
  'de', 'het', 'een', 'te', 'afhankelijk'
])
// Dutch may end a sentence in one of these ("daar sluiten we bij aan", "geef hier ruimte
// voor"): only reported when the sentence visibly continues in the next paragraph.
const particles = new Set(['van', 'voor', 'met', 'aan', 'op', 'naar', 'door', 'bij', 'om'])

/** Rule: sentences are finished. */
export const unfinishedSentence = lintRule(
  {
    id: 'unfinished-sentence',
    severity: 'error',
    severityByStatus: { concept: 'warning' },
    group: 'tekst',
    description: 'Zinnen zijn af: geen alinea die eindigt op een voegwoord, of op een dubbele punt zonder opsomming.',
    docs: {
      what: 'Meldt alinea\'s in lopende tekst die zonder leesteken eindigen op een woord dat iets aankondigt (`en`, `tenzij`, `omdat`, `van`, `afhankelijk`, …), en tekst die eindigt op een dubbele punt zonder dat er een opsomming volgt. Volgt er nog een alinea, dan is de zin meestal bij een paginaovergang in tweeën geknipt; de melding zegt dan dat de alinea\'s samen moeten. Opsommingstekens tellen ook, per item (tenzij er sub-items volgen). De inleiding van een lijsthoofdstuk ("… drie opgaven:") mag op een dubbele punt eindigen: de onderdelen volgen.',
      why: 'In de bronnen eindigt een voorwaarde op "…aangeboden, tenzij" en een opsomming op "gerealiseerd:" zonder lijst: de lezer mist precies het deel waar het om gaat.',
      ok: example(['# Toegang', '', 'Hulp wordt aangeboden, tenzij de inwoner die zelf kan regelen.', '', 'Dit is gerealiseerd:', '', '- een loket']),
      notOk: example(['# Toegang', '', 'Hulp wordt aangeboden, tenzij', '', '# Resultaat', '', 'Dit is gerealiseerd:', '', '# Bijlage', '', 'In 2018 ligt de piek in de', '', 'leeftijdsgroep van 15-17 jaar.']),
      expected: [
        'Zin eindigt op `tenzij`; maak de zin af',
        'Tekst eindigt op een dubbele punt zonder opsomming; voeg de opsomming toe of maak de zin af',
        "Zin eindigt op `de` en loopt door in de volgende alinea (`leeftijdsgroep van 15-17 jaar.`); voeg de alinea's samen"
      ]
    }
  },
  (model, context) => {
    const dangles = (text: string, continues = false): RegExpExecArray | null => {
      const last = /([\p{L}]+)\s*$/u.exec(text)
      const word = (last?.[1] ?? '').toLowerCase()
      return last && (dangling.has(word) || (continues && particles.has(word))) ? last : null
    }
    const report = (pointer: string, text: string, index: number, word: string, next?: string): void => {
      const location = textLocation(context.file, pointer, text, index, word.length)
      const reason = next === undefined
        ? `Zin eindigt op \`${word}\`; maak de zin af`
        : `Zin eindigt op \`${word}\` en loopt door in de volgende alinea (\`${short(next, 30)}\`); voeg de alinea's samen`
      context.report(reason, { pointer, ...(location ? { location } : {}) })
    }
    // List items the reader made into items (kaders, inspanningen, doelen): the title is the
    // item's first line; an item with sub-items (`tekst`) continues there.
    for (const { pointer, text } of collectTexts(model)) {
      if (!/\/\d+\/titel$/.test(pointer) || !/^\/(pijlers|principes|opgaven|effecten)\/\d+\/\w+\//.test(pointer)) continue
      const item = fromPointer(pointer).slice(0, -1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], model) as { tekst?: string } | undefined
      const last = dangles(text)
      if (last && !item?.tekst) report(pointer, text, last.index, last[1] ?? '')
    }
    for (const { pointer, text } of proseTexts(model)) {
      // The intro of a list chapter ends in a colon because the items follow.
      const intro = pointer.startsWith('/inleidingen/')
      const parts = paragraphs(text)
      parts.forEach((paragraph, i) => {
        const body = paragraph.text
        if (/^[|#>]/.test(body)) return
        if (isItem(body)) {
          // Each item of a list in prose, unless sub-items follow it.
          const lines = body.split('\n')
          let offset = paragraph.index
          const after = parts[i + 1]?.text
          const continued = after !== undefined && !/^[|#>]/.test(after) && !isItem(after) ? after : undefined
          lines.forEach((line, j) => {
            const next = j === lines.length - 1 ? continued : undefined
            const last = isItem(line.trim()) ? dangles(line, next !== undefined) : null
            const nextLine = lines[j + 1]
            const nested = nextLine !== undefined && (nextLine.length - nextLine.trimStart().length) > (line.length - line.trimStart().length)
            if (last && !nested) report(pointer, text, offset + last.index, last[1] ?? '', next)
            offset += line.length + 1
          })
          return
        }
        const after = parts[i + 1]?.text
        const next = after !== undefined && !/^[|#>]/.test(after) && !isItem(after) ? after : undefined
        const last = dangles(body, next !== undefined)
        if (last) {
          report(pointer, text, paragraph.index + last.index, last[1] ?? '', next)
        } else if (body.endsWith(':') && i === parts.length - 1 && !intro) {
          const index = paragraph.index + body.length - 1
          const location = textLocation(context.file, pointer, text, index, 1)
          // The reader may keep the lead-in apart from the items that follow it in the source.
          if (listFollows(context.file, location)) return
          context.report('Tekst eindigt op een dubbele punt zonder opsomming; voeg de opsomming toe of maak de zin af', {
            pointer,
            ...(location ? { location } : {})
          })
        }
      })
    }
  }
)

function isItem(text: string): boolean {
  return /^\s*(?:[-*+]|\d+[.)])\s/.test(text)
}

// Whether a list item comes next in the source, after the colon.
function listFollows(file: PlanFile, location: SourceLocation | undefined): boolean {
  const end = location?.end.offset
  if (!location || end === undefined) return false
  const rest = sourceText(file, location.file)?.slice(end, end + 200) ?? ''
  return /^\s*(?:[-*+]\s|\d+[.)]\s)/.test(rest)
}
