import { lintRule, textLocation } from '../rule.js'
import { example } from '../util/examples.js'
import { normalizeTitle, proseTexts, short } from '../util/text.js'

// `leidend principe 4: van maatwerk naar voorliggend`, `principe 3 ('…')`
const mention = /\b(?:leidend\s+)?principe\s+(\d+)\s*(?::|\(|–|-)\s*['"‘“]?([^'"’”)\n.;]{3,80})/gi

/** Rule: "principe n: label" matches the title of principe n. */
export const principleRefConsistency = lintRule(
  {
    id: 'principle-ref-consistency',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Een verwijzing als "principe 4: …" noemt de titel van principe 4.',
    docs: {
      what: 'Zoekt in lopende tekst naar `principe n: omschrijving` (ook `leidend principe n (…)`) en vergelijkt de omschrijving met de titel van het principe met nummer `n` (of het n-de principe). Een omschrijving die het begin van de titel is, mag.',
      why: 'In de bron verwijst "4: duurzame oplossingen" naar een principe dat "Van maatwerk naar voorliggend" heet; wie terugbladert, vindt een ander principe dan bedoeld.',
      ok: example(['# Leidende principes', '', '## 1. Eén loket {#p1}', '', '## 2. Van maatwerk naar voorliggend {#p2}', '', '# Werkwijze', '', 'Dit volgt uit principe 2: van maatwerk naar voorliggend.']),
      notOk: example(['# Leidende principes', '', '## 1. Eén loket {#p1}', '', '## 2. Van maatwerk naar voorliggend {#p2}', '', '# Werkwijze', '', 'Dit volgt uit principe 2: duurzame oplossingen.']),
      expected: ['Principe `2` heet hier `duurzame oplossingen`, vastgesteld is `Van maatwerk naar voorliggend`; gebruik de vastgestelde titel of een link `[…](#p2)`']
    }
  },
  (model, context) => {
    const principes = model.principes ?? []
    if (principes.length === 0) return
    for (const { pointer, text } of proseTexts(model)) {
      for (const match of text.matchAll(mention)) {
        const n = Number(match[1])
        const principe = principes.find((p) => p.nummer?.replace(/\.$/, '') === String(n)) ?? principes[n - 1]
        const label = (match[2] ?? '').split(/\s+(?:leidend\s+)?principe\s+\d/i)[0]?.trim() ?? ''
        if (!principe || !label) continue
        const written = normalizeTitle(label)
        const titel = normalizeTitle(principe.titel)
        if (titel.startsWith(written) || written.startsWith(titel) || titel.includes(written)) continue
        const index = match.index + match[0].lastIndexOf(label)
        const location = textLocation(context.file, pointer, text, index, label.length)
        context.report(
          `Principe \`${n}\` heet hier \`${short(label)}\`, vastgesteld is \`${principe.titel}\`; gebruik de vastgestelde titel of een link \`[…](#${principe.id})\``,
          { pointer, ...(location ? { location } : {}), actual: label, expected: [principe.titel] }
        )
      }
    }
  }
)
