// hrob25p: transformations that keep a claim's meaning, applied to every base and its look-alike.
// A form returns the body lines of a plan, or undefined where it does not apply to the base.
import type { Base, Claim, ShareBase, ChangeBase } from './percentage-claim-check-hrob25p-bases.js'

/** How numbers and the claim are written. */
interface Notation { dots: boolean; euro: 'sign' | 'suffix' | 'duizend'; percent: 'procent' | 'sign' | 'spaced'; decimal: boolean; words: boolean; bold: boolean; italic: boolean }
const PLAIN: Notation = { dots: true, euro: 'sign', percent: 'procent', decimal: false, words: false, bold: false, italic: false }

const SMALL = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig']
const TENS: Record<number, string> = { 10: 'tien', 20: 'twintig', 30: 'dertig', 40: 'veertig', 50: 'vijftig', 60: 'zestig', 70: 'zeventig', 80: 'tachtig', 90: 'negentig' }

const grouped = (n: number, dots: boolean): string => (dots ? n.toLocaleString('de-DE') : String(n))
const decimal = (n: number): string => n.toFixed(1).replace('.', ',')

/** A count or amount in the notation. */
function num(n: number, euro: boolean, o: Notation): string {
  const text = o.words && n <= 20 ? SMALL[n]! : (() => {
    if (!euro) return grouped(n, o.dots)
    if (n >= 1_000_000) return o.euro === 'suffix' ? `${decimal(n / 1e6)} miljoen euro` : `€ ${decimal(n / 1e6)} miljoen`
    if (o.euro === 'suffix') return `${grouped(n, o.dots)} euro`
    if (o.euro === 'duizend' && n % 1000 === 0) return `€ ${n / 1000} duizend`
    return `€ ${grouped(n, o.dots)}`
  })()
  return o.bold ? `**${text}**` : text
}

/** The claim in the notation; with `decimal` a digit claim gets a decimal (kept as wrong or made exact). */
function claim(c: Claim, o: Notation, actual: number, bad: boolean): string {
  let core: string
  if (c.words) core = c.words
  else {
    const value = o.decimal ? (bad ? `${c.pct},5` : decimal(actual)) : o.words && TENS[c.pct!] ? TENS[c.pct!]! : String(c.pct)
    const unit = o.percent === 'sign' || (o.words && TENS[c.pct!] === undefined) ? '%' : o.percent === 'spaced' ? ' %' : ' procent'
    core = `${value}${unit === '%' && o.percent !== 'spaced' ? '%' : unit}`
  }
  const text = (o.decimal && !c.words) ? core : c.hedge ? `${c.hedge} ${core}` : core
  return o.italic ? `*${text}*` : text
}

const cap = (s: string): string => s.replace(/^(\*{0,2})(.)/u, (_m, star: string, c: string) => star + c.toUpperCase())
const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

/** The pieces of a base in one notation. */
interface Parts { base: Base; A: string; B: string; P: string }
type Form = (p: Parts) => string[] | undefined

const isShare = (b: Base): b is ShareBase => b.kind === 'share'
const grows = (b: ChangeBase): boolean => b.b > b.a
const verb = (b: ChangeBase): string => (grows(b) ? 'steeg' : 'daalde')
const delta = (b: ChangeBase): string => (grows(b) ? 'toename' : 'afname')
const took = (b: ChangeBase): string => (grows(b) ? 'toe' : 'af')

// A share's plain sentence and its pieces.
const ofWhole = (b: ShareBase, B: string): string => (b.whole ? `${b.whole} van ${B}` : `de ${B} ${b.noun}`)
const shareNums = (b: ShareBase, A: string, B: string, noun = false): string => (b.whole ? `${A} van ${B}` : `${A} van de ${B}${noun ? ` ${b.noun}` : ''}`)
const shareFirst = (b: ShareBase, P: string): string => `${cap(P)} van ${b.whole ?? `de ${b.noun}`} ${b.verbSg} ${b.obj}`
const sharePlain = (p: Parts, between = '', after = ''): string => {
  const b = p.base as ShareBase
  return b.whole ? `Van ${b.whole} van ${between}${p.B} ${b.verbSg} ${p.A} ${b.obj}, ${p.P}${after}.` : `Van de ${between}${p.B} ${b.noun} ${b.verbPl} er ${p.A} ${b.obj}, ${p.P}${after}.`
}
const changePlain = (p: Parts, a = '', b = '', after = ''): string => {
  const c = p.base as ChangeBase
  return `${cap(c.subject)} ${verb(c)} van ${p.A}${a} naar ${p.B}${b}, een ${delta(c)} van ${p.P}${after}.`
}
const plain = (p: Parts, after = ''): string => (isShare(p.base) ? sharePlain(p, '', after) : changePlain(p, '', '', after))
const changeFirst = (c: ChangeBase, P: string): string => `${cap(c.subject)} nam ${took(c)} met ${P}`

/** A claim stated before its numbers, with punctuation between. */
const punct = (open: string, close = ''): Form => (p) => {
  const b = p.base
  if (isShare(b)) return body(`${shareFirst(b, p.P)}${open}${shareNums(b, p.A, p.B)}${close}.`)
  return body(`${changeFirst(b, p.P)}${open}van ${p.A} naar ${p.B}${close}.`)
}

/** A sentence with an adjunct between the operands (or before them). */
const adjunct = (share: (p: Parts, b: ShareBase) => string | undefined, chg: (p: Parts, c: ChangeBase) => string | undefined): Form => (p) => {
  const line = isShare(p.base) ? share(p, p.base) : chg(p, p.base)
  return line === undefined ? undefined : body(line)
}

const subordinate = (lead: string): Form => (p) => {
  const b = p.base
  if (isShare(b)) return body(`${lead}, ${lead.startsWith('Het') ? 'omdat' : lead.startsWith('De') ? 'doordat' : 'terwijl'} ${shareNums(b, p.A, b.whole ? ofWhole(b, p.B).replace(/ van .*/u, '') + ' van ' + p.B : p.B, !b.whole)} ${b.obj} ${b.verbPl}, ${p.P}.`.replace(/ van (het [^€]*?) van (€)/u, ' van $1 van $2'))
  return body(`${lead}, ${lead.startsWith('Het') ? 'omdat' : lead.startsWith('De') ? 'doordat' : 'terwijl'} ${b.subject} van ${p.A} naar ${p.B} ${verb(b)}, een ${delta(b)} van ${p.P}.`)
}

const shareOnly = (f: (p: Parts, b: ShareBase) => string[] | undefined): Form => (p) => (isShare(p.base) ? f(p, p.base) : undefined)
const countsOnly = (f: (p: Parts, b: ShareBase) => string[] | undefined): Form => shareOnly((p, b) => (b.whole ? undefined : f(p, b)))

/** The forms by transformation group; `notation` rewrites numbers and claim before the plain form. */
export const forms: Array<{ group: string; name: string; form: Form; notation?: Partial<Notation>; only?: (b: Base) => boolean }> = [
  { group: '0', name: 'plain', form: (p) => body(plain(p)) },
  { group: 'a', name: 'comma', form: punct(', ') },
  { group: 'a', name: 'colon', form: punct(': ') },
  { group: 'a', name: 'semicolon', form: punct('; ') },
  { group: 'a', name: 'dash', form: punct(' – ') },
  { group: 'a', name: 'brackets', form: punct(' (', ')') },
  { group: 'a', name: 'namelijk', form: punct(', namelijk ') },
  { group: 'a', name: 'bracket after number', form: (p) => (isShare(p.base)
    ? body(p.base.whole ? `Van ${p.base.whole} van ${p.B} ${p.base.verbSg} ${p.A} (${p.P}) ${p.base.obj}.` : `Van de ${p.B} ${p.base.noun} ${p.base.verbPl} er ${p.A} (${p.P}) ${p.base.obj}.`)
    : body(`${cap(p.base.subject)} ${verb(p.base)} van ${p.A} naar ${p.B} (een ${delta(p.base)} van ${p.P}).`)) },
  { group: 'b', name: 'year', form: adjunct((p, b) => (b.whole ? `Van ${b.whole} van ${p.B} ${b.verbSg} in 2025 ${p.A} ${b.obj}, ${p.P}.` : `Van de ${p.B} ${b.noun} in 2025 ${b.verbPl} er ${p.A} ${b.obj}, ${p.P}.`), (p) => changePlain(p, ' in 2023', ' in 2025')) },
  { group: 'b', name: 'place', form: adjunct((p, b) => (b.whole ? `Van ${b.whole} van ${p.B} ${b.verbSg} in Veldhoorn ${p.A} ${b.obj}, ${p.P}.` : `Van de ${p.B} ${b.noun} in Veldhoorn ${b.verbPl} er ${p.A} ${b.obj}, ${p.P}.`), (p) => changePlain(p, ' in de wijk Noord', ' in de wijk Noord')) },
  { group: 'b', name: 'per jaar', form: adjunct((p, b) => (b.whole ? `Van ${b.whole} van ${p.B} per jaar ${b.verbSg} ${p.A} per jaar ${b.obj}, ${p.P}.` : undefined), (p, c) => (c.euro ? changePlain(p, ' per jaar', ' per jaar') : undefined)) },
  { group: 'b', name: 'structureel', form: adjunct((p, b) => (b.whole ? `Van ${b.whole} van structureel ${p.B} ${b.verbSg} ${p.A} ${b.obj}, ${p.P}.` : undefined), (p, c) => (c.euro ? changePlain(p, ' structureel', ' structureel').replace(`van ${p.A} structureel`, `van structureel ${p.A}`).replace(`naar ${p.B} structureel`, `naar structureel ${p.B}`) : undefined)) },
  { group: 'b', name: 'hedged operands', form: adjunct((p) => sharePlain(p, 'circa '), (p) => changePlain(p).replace(` van ${p.A} naar ${p.B}`, ` van circa ${p.A} naar ongeveer ${p.B}`)) },
  { group: 'c', name: 'claim before, numbers inside', form: (p) => (isShare(p.base)
    ? body(`${cap(p.P)} van de ${p.base.whole ? p.base.whole.replace(/^het /u, '') : p.base.noun}, ${shareNums(p.base, p.A, p.B)}, ${p.base.verbSg} ${p.base.obj}.`.replace('van de het', 'van het'))
    : body(`Met ${p.P} ${verb(p.base)} ${p.base.subject} van ${p.A} naar ${p.B}.`)) },
  { group: 'c', name: 'inversion', form: (p) => (isShare(p.base)
    ? body(`In 2025 ${p.base.whole ? p.base.verbSg : p.base.verbPl} ${p.base.whole ? `${p.A} van ${p.base.whole} van ${p.B}` : shareNums(p.base, p.A, p.B, true)} ${p.base.obj}, ${p.P}.`)
    : body(`In 2025 was ${p.base.subject} ${p.B}, tegen ${p.A} in 2023, een ${delta(p.base)} van ${p.P}.`)) },
  { group: 'c', name: 'omdat', form: subordinate('Het college is tevreden') },
  { group: 'c', name: 'doordat', form: subordinate('De druk op het team veranderde') },
  { group: 'c', name: 'terwijl', form: subordinate('Dit was niet verwacht') },
  { group: 'c', name: 'passive', form: (p) => (isShare(p.base)
    ? (p.base.verbPl === 'werden' ? body(`${cap(shareNums(p.base, p.A, p.B, true))} werden door de gemeente ${p.base.obj}, ${p.P}.`) : undefined)
    : (p.base.euro ? undefined : body(`Er werden ${p.B} ${p.base.noun} geteld, tegen ${p.A} een jaar eerder: een ${delta(p.base)} van ${p.P}.`))) },
  { group: 'd', name: 'no thousands dots', form: (p) => body(plain(p)), notation: { dots: false }, only: (b) => b.b >= 1000 && b.b < 1e6 },
  { group: 'd', name: 'percent sign', form: (p) => body(plain(p)), notation: { percent: 'sign' }, only: (b) => b.bad.pct !== undefined },
  { group: 'd', name: 'spaced percent sign', form: (p) => body(plain(p)), notation: { percent: 'spaced' }, only: (b) => b.bad.pct !== undefined },
  { group: 'd', name: 'euro suffix', form: (p) => body(plain(p)), notation: { euro: 'suffix' }, only: (b) => (isShare(b) ? !!b.whole : !!b.euro) },
  { group: 'd', name: 'euro duizend', form: (p) => body(plain(p)), notation: { euro: 'duizend' }, only: (b) => (isShare(b) ? !!b.whole : !!b.euro) && b.b < 1e6 },
  { group: 'd', name: 'decimal comma', form: (p) => body(plain(p)), notation: { decimal: true }, only: (b) => b.bad.pct !== undefined },
  { group: 'd', name: 'numbers in words', form: (p) => body(plain(p)), notation: { words: true }, only: (b) => b.a <= 20 || (b.bad.pct !== undefined && (TENS[b.bad.pct] !== undefined || TENS[b.ok.pct!] !== undefined)) },
  { group: 'e', name: 'dat is', form: (p) => (isShare(p.base)
    ? body(sharePlain(p).replace(`, ${p.P}.`, `. Dat is ${p.P}.`))
    : body(`${cap(p.base.subject)} ${verb(p.base)} van ${p.A} naar ${p.B}. Dat is een ${delta(p.base)} van ${p.P}.`)) },
  { group: 'e', name: 'daarmee', form: (p) => (isShare(p.base)
    ? body(sharePlain(p).replace(`, ${p.P}.`, '.') + ` Daarmee ${p.base.verbSg} ${p.P} van ${p.base.whole ?? `de ${p.base.noun}`} ${p.base.obj}.`)
    : body(`${cap(p.base.subject)} ${verb(p.base)} van ${p.A} naar ${p.B}. Daarmee nam ${p.base.subject} met ${p.P} ${took(p.base)}.`)) },
  { group: 'e', name: 'samen', form: countsOnly((p, b) => {
    const first = Math.round(b.a * 0.4)
    return body(`Van de ${p.B} ${b.noun} ${b.verbPl} er ${grouped(first, true)} in het voorjaar en ${grouped(b.a - first, true)} in het najaar ${b.obj}. Samen is dat ${p.P}.`)
  }) },
  { group: 'e', name: 'list under a lead-in', form: (p) => (isShare(p.base)
    ? body(`Van ${ofWhole(p.base, p.B)}:`, '', `- ${p.base.whole ? p.base.verbSg : p.base.verbPl} ${p.base.whole ? '' : 'er '}${p.A} ${p.base.obj}, ${p.P};`, '- is de rest nog niet bekend.')
    : body(`${cap(p.base.subject)} in cijfers:`, '', `- 2023: ${p.A};`, `- 2025: ${p.B}, een ${delta(p.base)} van ${p.P}.`)) },
  { group: 'f', name: 'zo blijkt uit', form: (p) => body(plain(p, ', zo blijkt uit de monitor')) },
  { group: 'f', name: 'bron', form: (p) => body(plain(p, ' (bron: CBS)')) },
  { group: 'f', name: 'footnote', form: (p) => body(plain(p, '[^1]'), '', '[^1]: Gemeentelijke monitor 2025.') },
  { group: 'f', name: 'second clause', form: (p) => body(plain(p, ', en dat willen we de komende jaren vasthouden')) },
  { group: 'g', name: 'bold numbers', form: (p) => body(plain(p)), notation: { bold: true } },
  { group: 'g', name: 'italic claim', form: (p) => body(plain(p)), notation: { italic: true } },
  { group: 'g', name: 'list item', form: (p) => body('Enkele cijfers:', '', `- ${plain(p)}`, '- De rest volgt in de jaarrekening.') },
  { group: 'g', name: 'table cell', form: (p) => body('| Onderwerp | Toelichting |', '|---|---|', `| Cijfers | ${plain(p)} |`) },
  { group: 'g', name: 'table rows named', form: (p) => (isShare(p.base)
    ? body(`| Onderdeel | ${p.base.whole ? 'Bedrag' : cap(p.base.noun)} |`, '|---|---|', `| ${cap(p.base.obj)} | ${p.A} |`, `| Overig | ${num(p.base.b - p.base.a, !!p.base.whole, PLAIN)} |`, `| Totaal | ${p.B} |`, '', `${shareFirst(p.base, p.P)}.`)
    : body(`| Jaar | ${cap(p.base.noun)} |`, '|---|---|', `| 2023 | ${p.A} |`, `| 2025 | ${p.B} |`, '', `Tussen 2023 en 2025 ${verb(p.base)} ${p.base.subject} met ${p.P}.`)) },
  { group: 'h', name: 'noun after the numbers', form: (p) => (isShare(p.base)
    ? (p.base.whole ? undefined : body(`${shareFirst(p.base, p.P)} (${shareNums(p.base, p.A, p.B, true)}).`))
    : body(`${changeFirst(p.base, p.P)} (van ${p.A} naar ${p.B} ${p.base.noun}).`)) },
  { group: 'h', name: 'waarvan', form: shareOnly((p, b) => body(b.whole ? `${cap(b.whole)} bedroeg ${p.B}, waarvan ${p.A} ${b.obj} ${b.verbSg}, ${p.P}.` : `Er waren ${p.B} ${b.noun}, waarvan ${p.A} ${b.obj} ${b.verbPl}, ${p.P}.`)) },
  { group: 'h', name: 'op de', form: countsOnly((p, b) => body(`${p.A} op de ${p.B} ${b.noun} ${b.verbPl} ${b.obj}, ${p.P}.`)) },
  { group: 'h', name: 'daarvan', form: countsOnly((p, b) => body(`Er waren ${p.B} ${b.noun}. Daarvan ${b.verbPl} er ${p.A} ${b.obj}, ${p.P}.`)) },
  { group: 'h', name: 'remainder', form: shareOnly((p, b) => body(sharePlain(p).replace(`, ${p.P}.`, `; de overige ${p.P} niet.`))), only: (b) => b.bad.pct !== undefined }
]

const FLIP: Record<string, string> = { ruim: 'bijna', bijna: 'ruim' }

/** The body of a base in one form: the defect (`bad`) or its look-alike. */
export function render(base: Base, entry: (typeof forms)[number], bad: boolean, actual: number): string[] | undefined {
  if (entry.only && !entry.only(base)) return undefined
  const o = { ...PLAIN, ...entry.notation }
  const euro = isShare(base) ? !!base.whole : !!base.euro
  let c = bad ? base.bad : base.ok
  let value = actual
  // The rest of the whole: the stated share's complement, its hedge turned round.
  if (entry.name === 'remainder') {
    c = { ...c, pct: 100 - c.pct!, ...(c.hedge ? { hedge: FLIP[c.hedge] ?? c.hedge } : {}) }
    value = 100 - actual
  }
  const text = claim(c, o, value, bad)
  return entry.form({ base, A: num(base.a, euro, o), B: num(base.b, euro, o), P: text })
}
