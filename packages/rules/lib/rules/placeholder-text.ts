import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { writtenTexts } from '../util/text.js'

const patterns = [
  /\(\s*[*_]?\s*(?:nog\s+)?invullen\s*[*_]?\s*\)/gi,
  // Only as a note of its own (a cell, or after a colon or sentence end), not inside a sentence
  // such as "dit plan nader uit te werken in verordeningen".
  /(?<=^|[.:;(|]\s*)nader\s+(?:uitwerken|uit\s+te\s+werken|in\s+te\s+vullen|te\s+bepalen)(?=\s*(?:$|[.;()|]))/gi,
  /(?<=^|[.:;(|]\s*)(?:nog\s+)?in\s+te\s+vullen(?=\s*(?:$|[.;()|]))/gi,
  /\bnog\s+in\s+te\s+vullen\b/gi,
  /\bx{3,}\b/gi,
  /\[\s*(?:…|\.\.\.)\s*\]/g,
  /\bTODO\b/g
]

/** Rule: no template tokens or working placeholders left in the text. */
export const placeholderText = lintRule(
  {
    id: 'placeholder-text',
    severity: 'error',
    severityByStatus: { concept: 'warning' },
    group: 'tekst',
    description: 'Geen tijdelijke tekst zoals `(invullen)`, `xxx`, `[…]` of "Nader uitwerken".',
    docs: {
      what: 'Zoekt in alle tekst en tabelcellen naar plaatshouders: `(invullen)`, `xxx`, `[…]`, `TODO`, en `nader uitwerken` of `in te vullen` als losse notitie (een cel, of na een dubbele punt of punt), niet midden in een zin ("dit plan nader uit te werken in verordeningen"). `PM` in een bedragkolom is geen plaatshouder maar de gewone notatie voor pro memorie. In een concept is dit een waarschuwing, vanaf `ingediend` een fout.',
      why: 'In de bronnen staat "binnen (*invullen*) uur" in een vastgestelde norm en vier keer "Nader uitwerken" onder principes; in een concept mag dat, in een stuk voor de raad niet.',
      ok: example(['# Toegang', '', 'Een melding wordt binnen 24 uur opgepakt.']),
      notOk: example(['# Toegang', '', 'Een melding wordt binnen (*invullen*) uur opgepakt. Werkwijze: nader uitwerken.']),
      expected: [
        'Tijdelijke tekst `(*invullen*)`; vul de echte tekst in',
        'Tijdelijke tekst `nader uitwerken`; vul de echte tekst in'
      ]
    }
  },
  (model, context) => {
    for (const { pointer, text } of writtenTexts(model)) {
      const hits = patterns.flatMap((p) => [...text.matchAll(p)]).sort((a, b) => a.index - b.index)
      let end = -1
      for (const match of hits) {
        if (match.index < end) continue
        end = match.index + match[0].length
        const location = textLocation(context.file, pointer, text, match.index, match[0].length)
        context.report(`Tijdelijke tekst \`${match[0]}\`; vul de echte tekst in`, {
          pointer,
          ...(location ? { location } : {}),
          actual: match[0]
        })
      }
    }
  }
)
