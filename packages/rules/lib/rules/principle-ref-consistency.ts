import { lintRule, textLocation } from '../rule.js'
import { fictionalProgramme } from '../util/fictional-plan.js'
import { partList } from '../util/part-lists.js'
import { normalizeTitle, proseTexts, short } from '../util/text.js'

const principes = ['# Leidende principes', '', '## 1. We werken samen met inwoners en partners {#p1}', '', '## 2. We zoeken duurzame oplossingen: eerst eigen kracht, dan hulp {#p2}']

// `leidend principe 2: meer maatwerk`, `principe 3 ('…')`; a label stops at a
// table cell border, a sentence end or the next `principe n`.
// Principes are also called uitgangspunten, kernwaarden or bouwstenen (when the plan's chapter of principes says so).
const mention = /\b(?:leidend\s+)?(principe|uitgangspunt|kernwaarde|bouwsteen)\s+(\d+)\s*(?::|\(|–|-)\s*['"‘“]?([^'"’”)\n.;|]{3,80})/giu
const stopwords = new Set(['de', 'het', 'een', 'en', 'van', 'naar', 'in', 'op', 'aan', 'met', 'voor', 'bij', 'wie', 'wat', 'we', 'je', 'is', 'zijn', 'heeft', 'kun', 'wel', 'zo', 'die', 'dat', 'te', 'om', 'onze', 'ons'])

/** Rule: "principe n: label" matches the title of principe n. */
export const principleRefConsistency = lintRule(
  {
    id: 'principle-ref-consistency',
    severity: 'warning',
    group: 'verwijzingen',
    description: 'Een verwijzing als "principe 4: …" noemt de titel van principe 4.',
    docs: {
      what: 'Zoekt in lopende tekst naar `principe n: omschrijving` (ook `leidend principe n (…)`, en `uitgangspunt n`, `kernwaarde n` of `bouwsteen n` als het hoofdstuk met de principes zo heet: een hoofdstuk met dat woord in de kop en evenveel onderdelen als er principes zijn) en vergelijkt de omschrijving met de titel van het principe met nummer `n` (of het n-de principe). Titels van principes zijn vaak lange zinnen; daarom telt alleen het deel vóór een dubbele punt, en is de omschrijving goed als elk inhoudswoord erin (of in de korte titel, `{kort="…"}` achter de kop) (ook als deel van een samenstelling: `samenwerken` ~ `werken we samen`, `duidelijkheid` ~ `duidelijk`) in dat deel van de titel staat. Dezelfde afwijkende omschrijving wordt één keer gemeld.',
      why: 'Noemt de financiële paragraaf principe 2 "meer maatwerk" terwijl het vastgestelde principe 2 over eigen kracht gaat, dan vindt wie terugbladert een ander principe dan bedoeld.',
      ok: [
        {
          title: 'Omschrijvingen met woorden uit de titel',
          text: fictionalProgramme([...principes, '', '# Werkwijze', '', 'Dit volgt uit principe 2: duurzame oplossingen, en principe 1: samenwerken met inwoners.'])
        },
        {
          title: 'De korte titel van een principe',
          text: fictionalProgramme(['# Leidende principes', '', '## 1. De inwoner krijgt één aanspreekpunt voor alle vragen {#p1 kort="één aanspreekpunt"}', '', '# Werkwijze', '', "Zo werkt principe 1 ('één aanspreekpunt') in de wijk."])
        },
        {
          title: 'Een principe dat de lijst niet heeft',
          text: fictionalProgramme([...principes, '', '# Werkwijze', '', 'Principe 6: eenvoud staat in de landelijke code.'])
        },
        {
          title: 'Uitgangspunten die niet de principes zijn',
          text: fictionalProgramme([...principes, '', '# Werkwijze', '', 'Voor de begroting gelden drie uitgangspunten. Uitgangspunt 2: sluitend meerjarig.'])
        }
      ],
      notOk: [
        {
          title: 'Een andere omschrijving dan de titel',
          text: fictionalProgramme([...principes, '', '# Werkwijze', '', 'Dit volgt uit principe 2: van zorg naar welzijn.']),
          expected: ['Principe `2` heet hier `van zorg naar welzijn`, vastgesteld is `We zoeken duurzame oplossingen: eerst eigen kracht, dan hulp`; gebruik de vastgestelde titel of een link `[…](#p2)`']
        },
        {
          title: 'Dezelfde afwijking twee keer: één melding',
          text: fictionalProgramme([...principes, '', '# Werkwijze', '', 'Dit volgt uit principe 1: eenvoud voorop.', '', 'Zie ook principe 1: eenvoud voorop.']),
          expected: ['Principe `1` heet hier `eenvoud voorop`, vastgesteld is `We werken samen met inwoners en partners`; gebruik de vastgestelde titel of een link `[…](#p1)`']
        },
        {
          title: 'Een leidend principe tussen haakjes',
          text: fictionalProgramme([...principes, '', '# Financiën', '', "De besparing rust op leidend principe 2 ('meer maatwerk')."]),
          expected: ['Principe `2` heet hier `meer maatwerk`, vastgesteld is `We zoeken duurzame oplossingen: eerst eigen kracht, dan hulp`; gebruik de vastgestelde titel of een link `[…](#p2)`']
        },
        {
          title: 'Principes die de tekst uitgangspunten noemt',
          text: fictionalProgramme(['# Uitgangspunten', '', '## Dichtbij de inwoner {#p1}', '', '## Eenvoudig geregeld {#p2}', '', '# Werkwijze', '', 'Zo volgt de aanpak uitgangspunt 2: snelle hulp.']),
          expected: ['Principe `2` heet hier `snelle hulp`, vastgesteld is `Eenvoudig geregeld`; gebruik de vastgestelde titel of een link `[…](#p2)`']
        }
      ]
    }
  },
  (model, context) => {
    const principes = model.principes ?? []
    if (principes.length === 0) return
    const reported = new Set<string>()
    // Another word than `principe` names the principes when a chapter named after it lists as many items.
    const names = new Map<string, boolean>()
    const namesPrincipes = (word: string): boolean => {
      const key = word.toLowerCase()
      if (key === 'principe') return true
      if (!names.has(key)) {
        // The reader takes a closing heading without a number (`## Tot slot`) as a principe too.
        const list = partList(context.file, key)
        names.set(key, list.count === principes.length || list.withClosing === principes.length)
      }
      return names.get(key) ?? false
    }
    for (const { pointer, text } of proseTexts(model)) {
      for (const match of text.matchAll(mention)) {
        if (!namesPrincipes(match[1] ?? '')) continue
        const n = Number(match[2])
        const principe = principes.find((p) => p.nummer?.replace(/\.$/, '') === String(n)) ?? principes[n - 1]
        const label = (match[3] ?? '').split(/\s+(?:leidend\s+)?(?:principe|uitgangspunt|kernwaarde|bouwsteen)\s+\d/iu)[0]?.trim() ?? ''
        if (!principe || label.length < 3) continue
        const key = `${n} ${normalizeTitle(label)}`
        if (reported.has(key) || fits(label, principe.titel) || (principe.korteTitel !== undefined && fits(label, principe.korteTitel))) continue
        reported.add(key)
        const index = match.index + match[0].lastIndexOf(label)
        const location = textLocation(context.file, pointer, text, index, label.length)
        context.report(
          `Principe \`${n}\` heet hier \`${short(label)}\`, vastgesteld is \`${short(principe.titel, 90)}\`; gebruik de vastgestelde titel of een link \`[…](#${principe.id})\``,
          { pointer, ...(location ? { location } : {}), actual: label, expected: [principe.titel] }
        )
      }
    }
  }
)

// Every content word of the label occurs in the distinctive part of the title.
function fits(label: string, titel: string): boolean {
  const head = normalizeTitle(titel.split(':')[0] ?? titel)
  const words = head.split(' ')
  const glued = words.join('')
  return normalizeTitle(label)
    .split(' ')
    .filter((w) => w.length > 1 && !stopwords.has(w))
    .every((w) => glued.includes(w) || words.some((t) => t.length >= 5 && (w.startsWith(t) || t.startsWith(w))) || compound(w, words))
}

// `samenwerken` = `samen` + `werken`, both in the title.
function compound(word: string, words: string[]): boolean {
  for (let i = 3; i <= word.length - 3; i++) {
    if (words.includes(word.slice(0, i)) && words.includes(word.slice(i))) return true
  }
  return false
}
