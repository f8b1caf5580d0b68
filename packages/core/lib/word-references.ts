/**
 * References in words to a place in the plan ("zie hoofdstuk 6", "§ 3.2", "bijlage 5a",
 * "principe 4", "het hoofdstuk ‘Financiën’"). One recogniser for the checker (which reports a
 * reference without a target) and the documents (which print the target's rendered number and
 * link to it), so both read the same references.
 */

/** One reference in words found in a text. */
export interface WordReference {
  /** Offset of the reference in the text. */
  index: number
  /** The reference as written (`hoofdstuk 6`, `§ 3.2`, `paragraaf ‘Wonen’`). */
  text: string
  /**
   * The word for what it names, lower case and singular: `hoofdstuk`, `paragraaf` (also for `§`),
   * `bijlage`, `principe` (also `leidend principe`), `thema`, `route`, `uitgangspunt`, ….
   */
  kind: string
  /** The number as written, lower case (`6`, `3.2`, `5a`); absent for a reference by title. */
  number?: string
  /** The title as written, for a reference by title (`Financiën`); absent for one by number. */
  title?: string
  /** Whether the title was quoted; an unquoted title is only the words that follow (see `titleWords`). */
  quoted?: boolean
  /** Whether the number opens a list (`bijlage 3 en 4`, `hoofdstuk 2 t/m 4`): it names more than one place. */
  list: boolean
}

// `§ 4.2`, `paragraaf 3.1`, `hoofdstuk 5`, `bijlage 5`, `principe 6`, `thema 4`, `route 2`.
// Principes are also called uitgangspunten, kernwaarden or bouwstenen; pijlers speerpunten, actielijnen, sporen.
const numbered =
  /(?:§\s?|\b(paragraaf|hoofdstuk|bijlage|(?:leidend\s+)?principe|thema|route|resultaatgebied|ontwikkelopdracht|opgave|uitgangspunt|kernwaarde|bouwsteen|speerpunt|ambitie|programmalijn|actielijn|spoor)\s+)(\d+(?:\.\d+)*)(?![\d.]*\d)([a-z]\b)?/giu
// "het hoofdstuk ‘Financiën’", "de paragraaf "Wonen"", "in paragraaf 'Zorg'".
const quotedTitle = /\b(hoofdstuk|paragraaf)\s+(?:[‘'"“„«]([^’'"”»\n]{2,100})[’'"”»])/giu
// "zie het hoofdstuk Financiën", "in het hoofdstuk sport en bewegen": the words after "het hoofdstuk"/"de paragraaf" may be a title (matched against the titles by `titleWords`).
const bareTitle = /\b(?:het\s+hoofdstuk|de\s+paragraaf)\s+(?=\p{L})/giu
// "hoofdstuk 3 van de Participatiewet", "bijlage 2 bij het Besluit": a place in another document.
const elsewhere = /^,?\s+(?:van|uit|bij|in)\s+(?:de|het)\s+(?!bijlage|hoofdstuk|paragraaf)\p{L}/iu
// "de Jeugdwet, hoofdstuk 2", "artikel 4 van de verordening, bijlage 1".
const lawBefore = /(?:wet|verordening|regeling|besluit|artikel\s+\d+\p{L}?)[,\s]*$/iu
const listAfter = /^\s*(?:en|of|t\/m|tot(?:\s+en\s+met)?|[-–])\s*\d/iu

/**
 * The references in `text` to places in this plan, in order. A place in another document
 * ("hoofdstuk 3 van de Participatiewet", "de Jeugdwet, hoofdstuk 2", "paragraaf 2.3 van de
 * Kadernota") is left out.
 *
 * @param text Plain text or Markdown.
 * @returns The references.
 */
export function findWordReferences(text: string): WordReference[] {
  const found: WordReference[] = []
  for (const match of text.matchAll(numbered)) {
    const written = match[0].trim()
    const end = match.index + match[0].length
    if (!inThisPlan(text, match.index, end)) continue
    found.push({
      index: match.index,
      text: written,
      kind: (match[1] ?? 'paragraaf').toLowerCase().replace(/^leidend\s+/, ''),
      number: (match[2] ?? '') + (match[3] ?? '').toLowerCase(),
      list: listAfter.test(text.slice(end, end + 12))
    })
  }
  // A title reference starts where its word does; a numbered reference there already has it (`hoofdstuk 5 ‘Wonen’`).
  const starts = new Set(found.map((f) => f.index))
  const taken = (index: number): boolean => starts.has(index)
  for (const match of text.matchAll(quotedTitle)) {
    if (taken(match.index) || !inThisPlan(text, match.index, match.index + match[0].length)) continue
    found.push({ index: match.index, text: match[0], kind: (match[1] ?? '').toLowerCase(), title: (match[2] ?? '').trim(), quoted: true, list: false })
  }
  for (const match of text.matchAll(bareTitle)) {
    const at = match.index + match[0].length - /(hoofdstuk|paragraaf)\s+$/iu.exec(match[0])![0].length
    if (taken(at)) continue
    const rest = /^[^.;:!?()\n]{1,100}/u.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 100))?.[0] ?? ''
    const kind = /hoofdstuk/i.test(match[0]) ? 'hoofdstuk' : 'paragraaf'
    found.push({ index: at, text: text.slice(at, match.index + match[0].length) + rest, kind, title: rest.trim(), quoted: false, list: false })
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * Whether the reference at `start`–`end` of `text` points into this plan, not at a place in
 * another document ("hoofdstuk 3 van de Participatiewet", "de Jeugdwet, hoofdstuk 2").
 *
 * @param text The text the reference is in.
 * @param start Offset of the reference.
 * @param end Offset just after it.
 * @returns Whether it may point into this plan.
 */
export function inThisPlan(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40)
  if (after.startsWith(',') && inAside(text, start)) return !lawBefore.test(text.slice(Math.max(0, start - 40), start))
  return !elsewhere.test(after) && !lawBefore.test(text.slice(Math.max(0, start - 40), start))
}

// An aside between commas that points the reader somewhere ("we dekken het, zoals uitgelegd in
// paragraaf 2.5, bij de najaarsnota"): the comma after the reference closes the aside, so what
// follows belongs to the main clause, not to the reference.
const asideOpener = /(?:^|[,(]|[.;:!?]\s)\s*(?:zoals|zie(?:\s+ook)?|als|conform|volgens|lees)\b[^,.;:!?()]{0,60}$/iu
const inAside = (text: string, start: number): boolean => asideOpener.test(text.slice(Math.max(0, start - 80), start))

/**
 * The leading words of an unquoted title reference that name a title of `titles`, longest
 * first: "zie het hoofdstuk Financiën en risico's voor …" names `Financiën en risico's` when
 * that is a title, else `Financiën` when that is one.
 *
 * @param written The words after "het hoofdstuk" (`WordReference.title`).
 * @param titles Known titles, normalised with `normalizeTitle`.
 * @returns The matched prefix as written, or `undefined`.
 */
export function titleWords(written: string, titles: ReadonlySet<string>): string | undefined {
  const words = written.split(/\s+/u).filter(Boolean)
  for (let n = Math.min(words.length, 12); n > 0; n--) {
    const candidate = words.slice(0, n).join(' ').replace(/[,’'"”]+$/u, '')
    if (titles.has(normalizeTitle(candidate))) return candidate
  }
  return undefined
}

/**
 * A title reduced for comparison: no accents, case, punctuation or repeated spaces.
 *
 * @param text A title.
 * @returns The normalised title.
 */
export function normalizeTitle(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[^\p{L}\p{N}/ ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}
