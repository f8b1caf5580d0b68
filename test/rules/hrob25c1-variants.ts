import type { Base } from './hrob25c1-cases.js'

// Transformations that keep the meaning of a claim, applied to a base's template. A transformation
// that does not apply to a base (no slot for it) yields nothing for that base.

export interface Options {
  open?: string
  close?: string
  adjA?: string
  adjB?: string
  adjC?: string
  pre?: string
  hedge?: string
  order?: 'inv' | 'sub' | 'flip' | 'passive'
  notation?: 'plain' | 'word' | 'duizend' | 'words'
  split?: number
  list?: boolean
  trail?: string
  footnote?: boolean
  markup?: 'bold' | 'italic' | 'item' | 'cell'
  noun?: 'none' | 'all'
}

const dots = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
const words = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig']

function amount(n: number, base: Base, o: Options): string {
  const nt = o.notation
  if (base.euro) {
    if (n >= 1_000_000 && n % 100_000 === 0 && (nt === 'duizend' || nt === 'plain')) return `€ ${String(n / 1_000_000).replace('.', ',')} miljoen`
    if (nt === 'word') return `${dots(n)} euro`
    if (nt === 'plain' && n >= 1000) return `€ ${n}`
    if (nt === 'duizend' && n >= 1000 && n % 100 === 0 && n < 1_000_000) return `€ ${String(n / 1000).replace('.', ',')} duizend`
    return `€ ${dots(n)}`
  }
  if (nt === 'plain') return String(n)
  if (nt === 'words' && n <= 20) return words[n]!
  return dots(n)
}

/** A rounded form of the result that a hedge keeps true. */
function hedged(n: number, hedge: string): number {
  const step = n >= 10_000 ? 1000 : n >= 1000 ? 100 : n >= 100 ? 10 : 1
  if (hedge === 'ruim') return Math.floor(n / step) * step
  if (hedge === 'bijna') return Math.ceil(n / step) * step
  return Math.round(n / step) * step
}

const lower = (s: string): string => (/^[A-Z][a-z]/.test(s) && !/^(Noord|Zuid|Veldhoorn|Fase|Het Rijk)/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s)
const upper = (s: string): string => s[0]!.toUpperCase() + s.slice(1)

const splits: Record<Base['kind'], string[]> = {
  sum: ['Samen is dat {C}.', 'Dat is in totaal {C}.', 'Daarmee komt het totaal op {C}.'],
  change: ['Dat is een {word} van {C}.', 'Het verschil is {C}.', 'Daarmee is de {word} {C}.'],
  diff: ['Het verschil is {C}.', 'Dat is een verschil van {C}.', 'Daarmee scheelt het {C}.'],
  rest: ['Er blijft dus {C} over.', 'Daarmee resteert {C}.', 'Dat laat {C} over.']
}

/** The lines of a variant, or undefined when the transformation does not apply. */
export function render(base: Base, o: Options, right: boolean): string[] | undefined {
  const c = right ? (o.hedge ? hedged(base.right, o.hedge) : base.right) : base.wrong
  const slot = (key: string, n: number, withNoun: boolean, adj = '', pre = ''): string => {
    const noun = base.noun && (o.noun === 'all' || (o.noun !== 'none' && withNoun)) ? ` ${base.noun}` : ''
    let text = amount(n, base, o) + noun
    if (o.markup === 'bold' && key === 'C') text = `**${text}**`
    if (o.markup === 'italic' && key === 'A') text = `*${text}*`
    if (o.footnote && key === 'C') text += '[^1]'
    return pre + text + adj
  }
  const fill = (s: string): string =>
    s.replace(/\{([ABC])(:n)?\}/g, (_m, k: string, n?: string) =>
      k === 'A' ? slot('A', base.a, !!n, o.adjA, o.pre) : k === 'B' ? slot('B', base.b, !!n, o.adjB) : `${o.hedge ? `${o.hedge} ` : ''}${slot('C', c, !!n, o.adjC)}`
    )
  const [subject, verb, rest] = base.head.split('|') as [string, string, string]
  let head = `${subject} ${verb}${rest ? ` ${rest}` : ''}`
  // (A year before a claim about table columns would name a column: an adverb of another kind there.)
  if (o.order === 'inv') head = `${base.context ? 'Volgens de telling' : 'In 2026'} ${verb} ${lower(subject)}${rest ? ` ${rest}` : ''}`
  if (o.order === 'sub') head = `Doordat de vraag toeneemt, ${verb} ${lower(subject)}${rest ? ` ${rest}` : ''}`
  if (o.notation && !base.euro && o.notation === 'words' && ![base.a, base.b, c].some((n) => n <= 20)) return undefined
  if (o.notation === 'duizend' && !base.euro) return undefined
  const trail = o.trail ?? ''
  let sentence: string
  const lines: string[] = [...(base.context ?? [])]
  if (o.order === 'flip' || o.order === 'passive') {
    const alt = o.order === 'flip' ? base.flip : base.passive
    if (!alt) return undefined
    sentence = `${fill(alt)}${trail}.`
  } else if (o.split !== undefined) {
    const second = splits[base.kind][o.split]!.replace('{word}', base.word ?? 'verandering').replace('{C}', '{C' + (base.tail.includes('{C:n}') ? ':n}' : '}'))
    // (The operands must all stand in the first sentence.)
    if (base.claimFirst || /\{[AB]/.test(base.tail)) return undefined
    sentence = `${fill(head)}. ${fill(second).replace(/\.$/, '')}${trail}.`
  } else if (o.list) {
    if (!base.items || !base.lead) return undefined
    lines.push(base.lead, '', ...base.items.map((i) => `- ${fill(i)}`), '', `${fill(splits[base.kind][0]!.replace('{C}', base.tail.includes('{C:n}') ? '{C:n}' : '{C}')).replace(/\.$/, '')}${trail}.`)
    return finish(lines, o)
  } else {
    const open = o.open ?? base.p
    const close = o.close ?? ''
    const tail = fill(base.tail)
    const joined = open.trim() === '.' ? `${fill(head)}. ${upper(tail)}` : `${fill(head)}${open}${tail}${close}`
    sentence = `${joined}${trail}.`
  }
  lines.push(upper(sentence))
  return finish(lines, o)
}

function finish(lines: string[], o: Options): string[] {
  let out = lines
  if (o.markup === 'item') out = out.map((l, i) => (i === out.length - 1 ? `- ${l}` : l))
  if (o.markup === 'cell') {
    const last = out[out.length - 1]!
    out = [...out.slice(0, -1), '| Onderdeel | Toelichting |', '|---|---|', `| Uitvoering | ${last} |`]
  }
  if (o.footnote) out = [...out, '', '[^1]: Bron: jaarrekening 2025.']
  return out
}

/** The transformations by group (the letters of the brief). */
export const transformations: Array<[string, string, Options]> = [
  ['-', 'plain', {}],
  ['a', 'comma', { open: ', ' }],
  ['a', 'colon', { open: ': ' }],
  ['a', 'semicolon', { open: '; ' }],
  ['a', 'dash', { open: ' – ' }],
  ['a', 'brackets', { open: ' (', close: ')' }],
  ['a', 'namelijk', { open: ', namelijk ' }],
  ['b', 'year', { adjA: ' in 2024', adjB: ' in 2027' }],
  ['b', 'place', { adjA: ' in Veldhoorn', adjB: ' in Oosterwijk' }],
  ['b', 'per jaar', { adjA: ' per jaar', adjB: ' per jaar', adjC: ' per jaar' }],
  ['b', 'structureel', { pre: 'structureel ' }],
  ['b', 'ruim', { hedge: 'ruim' }],
  ['b', 'bijna', { hedge: 'bijna' }],
  ['b', 'circa', { hedge: 'circa' }],
  ['b', 'ongeveer', { hedge: 'ongeveer' }],
  ['b', "zo'n", { hedge: "zo'n" }],
  ['c', 'inversion', { order: 'inv' }],
  ['c', 'subordinate', { order: 'sub' }],
  ['c', 'flip', { order: 'flip' }],
  ['c', 'passive', { order: 'passive' }],
  ['c', 'terwijl', { trail: ', terwijl het aantal inwoners gelijk blijft' }],
  ['d', 'no dots', { notation: 'plain' }],
  ['d', 'euro word', { notation: 'word' }],
  ['d', 'duizend', { notation: 'duizend' }],
  ['d', 'words', { notation: 'words' }],
  ['e', 'split samen/dat', { split: 0 }],
  ['e', 'split dat is', { split: 1 }],
  ['e', 'split daarmee', { split: 2 }],
  ['e', 'list', { list: true }],
  ['f', 'monitor', { trail: ', zo blijkt uit de monitor' }],
  ['f', 'bron', { trail: ' (bron: CBS)' }],
  ['f', 'footnote', { footnote: true }],
  ['g', 'bold', { markup: 'bold' }],
  ['g', 'italic', { markup: 'italic' }],
  ['g', 'list item', { markup: 'item' }],
  ['g', 'table cell', { markup: 'cell' }],
  ['h', 'no noun', { noun: 'none' }],
  ['h', 'all nouns', { noun: 'all' }]
]
