import { foldKey } from './text.js'

/** A heading's text split into its parts. */
export interface HeadingParts {
  /** Title without numbering and attributes. */
  title: string
  /** Number as written, e.g. `3.2` or `1` (optional). */
  number?: string
  /** Word before the number, e.g. `Thema` in `Thema 1: Sociale basis` (optional). */
  prefix?: string
  /** `{#id}` attribute (optional). */
  id?: string
  /** `{.kind}` classes. */
  classes: string[]
  /** `{key="value"}` attributes. */
  attributes: Record<string, string>
}

const attributePattern = /\s*\{([^{}]*)\}\s*$/
const numberedPrefix =
  /^(?:(thema|route|opgave|resultaatgebied|ontwikkelopdracht|programma|speerpunt|bijlage|hoofdstuk|principe|doel|doelstelling)\s+([0-9]+[a-z]?|[ivxlc]+)\s*[:.–—-]?\s+)/i
const bareNumber = /^(?:(\d+(?:\.\d+)*[a-z]?)\.?|([a-z])[.)])\s+/i

/** Text with its trailing `{#id .class key="value"}` block taken off. */
export interface Attributed {
  /** Text without the attribute block. */
  text: string
  /** `{#id}` (optional). */
  id?: string
  /** `{.kind}` classes. */
  classes: string[]
  /** `{key="value"}` attributes. */
  attributes: Record<string, string>
}

/**
 * Take a trailing pandoc-style attribute block off a text.
 *
 * @param text Heading or list item text.
 * @returns Text and attributes.
 */
export function parseAttributes(text: string): Attributed {
  const out: Attributed = { text: text.trim(), classes: [], attributes: {} }
  const match = attributePattern.exec(out.text)
  if (!match) return out
  out.text = out.text.slice(0, match.index).trim()
  for (const token of (match[1] ?? '').match(/[#.]?[\w.-]+(?:="[^"]*")?/g) ?? []) {
    if (token.startsWith('#')) out.id = token.slice(1)
    else if (token.startsWith('.')) out.classes.push(token.slice(1))
    else {
      const [key, value] = token.split('=')
      if (key) out.attributes[key] = (value ?? '').replace(/^"|"$/g, '')
    }
  }
  return out
}

/**
 * Split heading text into numbering, title and attributes: `Thema 1: Sociale basis {#t1}`
 * → prefix `Thema`, number `1`, title `Sociale basis`, id `t1`.
 *
 * @param text Heading text as written.
 * @returns Its parts.
 */
export function parseHeading(text: string): HeadingParts {
  const attributed = parseAttributes(text)
  const parts: HeadingParts = {
    title: attributed.text,
    classes: attributed.classes,
    attributes: attributed.attributes,
    ...(attributed.id !== undefined ? { id: attributed.id } : {})
  }
  const prefixed = numberedPrefix.exec(parts.title)
  if (prefixed) {
    parts.prefix = prefixed[1] as string
    parts.number = prefixed[2] as string
    parts.title = parts.title.slice(prefixed[0].length).trim()
  } else {
    const numbered = bareNumber.exec(parts.title)
    if (numbered) {
      parts.number = (numbered[1] ?? numbered[2]) as string
      parts.title = parts.title.slice(numbered[0].length).trim()
    }
  }
  return parts
}

/**
 * Key of a heading for the section map: folded title, also tried without the part after a colon.
 *
 * @param title Title without numbering.
 * @returns Candidate keys, most specific first.
 */
export function headingKeys(title: string): string[] {
  const keys = [foldKey(title)]
  const colon = title.indexOf(':')
  if (colon > 0) keys.push(foldKey(title.slice(0, colon)))
  return keys
}

/**
 * The chapter or paragraph number a heading carries in the source (`3.2` for `## 3.2. Wonen`
 * or `Hoofdstuk 3: Wonen`), or `undefined` for an unnumbered heading and for item numbers
 * (`Thema 2`, `a.`): those name a pijler or list item, not a place in the document.
 *
 * @param parts The heading's parts.
 * @returns The number as written, without a trailing dot.
 */
export function sourceNumber(parts: HeadingParts): string | undefined {
  if (!parts.number || !/^\d+(?:\.\d+)*$/.test(parts.number)) return undefined
  return parts.prefix === undefined || /^hoofdstuk$/i.test(parts.prefix) ? parts.number : undefined
}
