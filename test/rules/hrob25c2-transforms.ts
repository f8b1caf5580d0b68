import type { Base } from './hrob25c2-cases.js'

// Rewrites of a base calculation that keep its meaning (helper hrob25c2): each gives the body
// lines for a stated result, or undefined where it does not apply to the base.

export type Transform = [group: string, name: string, apply: (b: Base, result: string) => string[] | undefined]

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
const squeeze = (s: string): string => s.replace(/ {2,}/g, ' ').replace(/ ([,.;:)])/g, '$1').trim()

/** A part of a base with its result, adjunct and optional nouns filled in. */
function fill(s: string, result: string, adjunct = '', noun = true): string {
  return squeeze(s.replace('#', result).replace('^', adjunct).replace(/\{([^}]*)\}/g, noun ? '$1' : ''))
}

const claim = (b: Base, r: string, adjunct = '', noun = true): string => fill(`${b.cue} # ${b.tail}`, r, adjunct, noun)
/** The cue without its pointer (`dat is`, `ofwel`), for a sentence that points back. */
const inner = (b: Base): string => (['samen', 'in totaal', 'gemiddeld'].includes(b.cue) ? b.cue : '')
const plain = (b: Base, r: string, adjunct = '', noun = true): string => `${cap(fill(b.lead, r, adjunct))}, ${claim(b, r, '', noun)}.`
const headed = (b: Base, r: string, glue: string, close = '.'): string => `${cap(fill(b.head, r))}${glue}${fill(b.ops, r)}${close}`
const notation = (re: RegExp, to: string | ((...m: string[]) => string)) => (b: Base, r: string): string[] | undefined => {
  const before = plain(b, r)
  const after = before.replace(re, to as string)
  return after === before ? undefined : [after]
}

const HEDGED = /^(?:ruim|bijna|circa|ongeveer|zo’n) /u
const words = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig']
const wordRe = new RegExp(`\\b(${words.slice(2).join('|')})\\b`, 'gi')
const smallRe = /(?<![€\d.,] ?)\b([2-9]|1\d|20)\b(?![.,]\d| ?%| procent| m²| fte)/g
const million = (euro: string): string => `€ ${(Number(euro.replace(/\./g, '')) / 1e6).toLocaleString('nl-NL', { maximumFractionDigits: 3 })} miljoen`

export const transforms: Transform[] = [
  ['base', 'plain', (b, r) => [plain(b, r)]],
  ['a punctuation', 'result first (…)', (b, r) => [headed(b, r, ' (', ').')]],
  ['a punctuation', 'result first: …', (b, r) => [headed(b, r, ': ')]],
  ['a punctuation', 'result first; …', (b, r) => [headed(b, r, '; ')]],
  ['a punctuation', 'result first – …', (b, r) => [headed(b, r, ' – ')]],
  ['a punctuation', 'result first, namelijk …', (b, r) => [headed(b, r, ', namelijk ')]],
  ['a punctuation', 'result first, …', (b, r) => [headed(b, r, ', ')]],
  ['a punctuation', 'lead: claim', (b, r) => [`${cap(fill(b.lead, r))}: ${claim(b, r)}.`]],
  ['a punctuation', 'lead; claim', (b, r) => [`${cap(fill(b.lead, r))}; ${claim(b, r)}.`]],
  ['a punctuation', 'lead – claim', (b, r) => [`${cap(fill(b.lead, r))} – ${claim(b, r)}.`]],
  ['a punctuation', 'lead (claim)', (b, r) => [`${cap(fill(b.lead, r))} (${claim(b, r)}).`]],
  ['b adjunct', 'a year', (b, r) => [plain(b, r, ' in 2028')]],
  ['b adjunct', 'a place', (b, r) => [plain(b, r, ' in de wijk Noord')]],
  ['b adjunct', 'structureel', (b, r) => [plain(b, r, ' structureel')]],
  ...['ruim', 'bijna', 'circa', 'ongeveer', 'zo’n'].map((hedge): Transform => ['b adjunct', `hedge ${hedge}`, (b, r) => (HEDGED.test(r) ? undefined : [plain(b, `${hedge} ${r}`)])]),
  ['c order', 'inversion', (b, r) => (b.inv ? [`${cap(fill(b.inv, r))}, ${claim(b, r)}.`] : undefined)],
  ...['omdat', 'doordat', 'terwijl'].map((conj): Transform => ['c order', `result, ${conj} …`, (b, r) => (b.sub ? [`${cap(fill(b.head, r))}, ${conj} ${fill(b.sub, r)}.`] : undefined)]),
  ['c order', 'passive', (b, r) => (b.passive ? [`${cap(fill(b.passive, r))}, ${claim(b, r)}.`] : undefined)],
  ['d notation', '4.650 → 4650', notation(/(?<![\d.,])(\d)\.(\d{3})(?![.,]?\d)/g, '$1$2')],
  ['d notation', '€ 25.000 → 25.000 euro', notation(/€ (\d[\d.,]*\d|\d)( miljoen)?/g, '$1$2 euro')],
  ['d notation', '€ 25.000 → € 25 duizend', notation(/€ (\d+)\.000(?![.,]?\d)/g, '€ $1 duizend')],
  ['d notation', '% ↔ procent', (b, r) => {
    const before = plain(b, r)
    const after = before.includes('%') ? before.replace(/ ?%/g, ' procent') : before.replace(/ procent\b/g, '%')
    return after === before ? undefined : [after]
  }],
  ['d notation', 'miljoen ↔ digits', (b, r) => {
    const before = plain(b, r)
    const after = / miljoen/.test(before)
      ? before.replace(/€ (\d+)(?:,(\d+))? miljoen/g, (_m, i: string, d = '') => `€ ${Number(`${i}.${d || '0'}`) * 1e6}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.'))
      : before.replace(/€ \d{1,3}(?:\.\d{3}){2}(?![.,]?\d)/g, (m) => million(m.slice(2)))
    return after === before ? undefined : [after]
  }],
  ['d notation', 'small numbers words ↔ digits', (b, r) => {
    const before = plain(b, r)
    const after = wordRe.test(before)
      ? before.replace(wordRe, (w) => String(words.indexOf(w.toLowerCase())))
      : before.replace(smallRe, (d) => words[Number(d)])
    return after === before ? undefined : [cap(after)]
  }],
  ['e split', 'Dat is …', (b, r) => [`${cap(fill(b.lead, r))}. Dat is ${claim({ ...b, cue: inner(b) }, r)}.`]],
  ['e split', 'Daarmee komen we op …', (b, r) => [`${cap(fill(b.lead, r))}. Daarmee komen we ${squeeze(`${inner(b)} op ${fill(`# ${b.tail}`, r)}`)}.`]],
  ['e split', 'Samen is dat …', (b, r) => (['samen', 'in totaal'].includes(b.cue) ? [`${cap(fill(b.lead, r))}. Samen is dat ${fill(`# ${b.tail}`, r)}.`] : undefined)],
  ['e split', 'list item under a lead-in', (b, r) => ['We rekenen met:', '', `- ${fill(b.ops, r)}.`, '', `Dat is ${claim({ ...b, cue: inner(b) }, r)}.`]],
  ['f trailing', ', zo blijkt uit …', (b, r) => [`${plain(b, r).slice(0, -1)}, zo blijkt uit de begroting.`]],
  ['f trailing', '(bron: …)', (b, r) => [`${plain(b, r).slice(0, -1)} (bron: begroting 2026).`]],
  ['f trailing', 'footnote marker', (b, r) => [`${plain(b, r).slice(0, -1)}.[^1]`, '', '[^1]: Zie de begroting 2026.']],
  ['g markup', 'bold result', (b, r) => [plain(b, `**${r}**`)]],
  ['g markup', 'italic operand', (b, r) => [plain(b, r).replace(/(?<![\d.,])((?:€ )?(?:\d[\d.,]*\d|\d)(?: ?%| procent| miljoen)?)/, '*$1*')]],
  ['g markup', 'list item', (b, r) => ['Voor de uitvoering geldt het volgende:', '', `- ${plain(b, r)}`, '- De uitvoering start in 2027.']],
  ['g markup', 'table cell', (b, r) => ['| Onderdeel | Toelichting |', '|---|---|', `| Uitvoering | ${plain(b, r)} |`, '| Evaluatie | In 2029. |']],
  ['h noun', 'noun dropped', (b, r) => (/\{/.test(b.lead + b.tail + b.head) ? [plain(b, r, '', false)] : undefined)]
]
