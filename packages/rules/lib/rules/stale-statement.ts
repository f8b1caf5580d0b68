import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { proseTexts, short } from '../util/text.js'

// A pending state: "nog niet vastgesteld", "volgt binnenkort", "in voorbereiding".
const pending = /\b(?:nog\s+niet\s+(?:vastgesteld|besloten|bekend|afgerond|vastgelegd)|volgt\s+(?:nog|binnenkort)|(?:is|zijn)\s+in\s+voorbereiding|wordt\s+binnenkort\s+\p{L}+)\b/iu
const year = /\b(20\d{2}|19\d{2})\b/g

/** Rule: a pending statement with a date before the document is probably outdated. */
export const staleStatement = lintRule(
  {
    id: 'stale-statement',
    severity: 'warning',
    group: 'tekst',
    description: 'Geen verouderde uitspraken: "nog niet vastgesteld" bij een datum vóór het document.',
    docs: {
      what: 'Zoekt zinnen (en zinsdelen tussen haakjes) die iets als nog lopend beschrijven (`nog niet vastgesteld`, `volgt binnenkort`, `in voorbereiding`) en een jaar noemen dat vóór het jaar van het document ligt: de datum, anders het begin van de periode, anders het jaar in de titel.',
      why: 'In de bron staat "(februari 2020 raad – nog niet vastgesteld)" in een agenda voor 2021: is de visie inmiddels vastgesteld of niet? De lezer kan het niet weten.',
      ok: example(['# Kaders', '', 'De visie is in februari 2020 door de raad vastgesteld.']),
      notOk: example(['# Kaders', '', '- Strategische visie Focus 2035 (februari 2020 raad – nog niet vastgesteld)']),
      expected: ['Uitspraak `februari 2020 raad – nog niet vastgesteld` is mogelijk verouderd: 2020 ligt vóór 2022; werk de stand bij']
    }
  },
  (model, context) => {
    const doc = model.document
    const titled = [...(doc?.titel ?? '').matchAll(year)].map((m) => Number(m[1]))
    const start = doc?.periode?.start
    const now = doc?.datum ? Number(String(doc.datum).slice(0, 4)) : (start ?? (titled.length > 0 ? Math.max(...titled) : undefined))
    if (now === undefined || !Number.isFinite(now)) return
    for (const { pointer, text } of proseTexts(model)) {
      for (const part of text.matchAll(/\([^()\n]{5,200}\)|[^.!?\n(]{5,300}[.!?]?/g)) {
        if (!pending.test(part[0])) continue
        const years = [...part[0].matchAll(year)].map((m) => Number(m[1]))
        const old = years.find((y) => y < now)
        if (old === undefined || years.some((y) => y >= now)) continue
        const said = part[0].replace(/^\(|\)$/g, '').trim()
        const location = textLocation(context.file, pointer, text, part.index + part[0].indexOf(said), said.length)
        context.report(`Uitspraak \`${short(said, 70)}\` is mogelijk verouderd: ${old} ligt vóór ${now}; werk de stand bij`, {
          pointer,
          ...(location ? { location } : {}),
          actual: said
        })
      }
    }
  }
)
