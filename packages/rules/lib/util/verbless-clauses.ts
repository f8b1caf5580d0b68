/**
 * Clauses that stop before their verb, read where a text stops without its mark.
 *
 * A list item that is a bijzin by itself, after a lead line that asks the questions (`We kijken
 * naar twee vragen:` / `- of de pont vaker vaart;` / `- hoe de wijkraad meedenkt.`): such an item
 * is a clause, so it has a verb at its end. One that stops without a verb and without its mark
 * (`- of de huurders van de nieuwe flats aan de Kade`) broke off.
 */
import { readsAsVerb } from './clause-gaps.js'

// The words of a text that stops without its mark, as written and in lower case without a
// trailing comma, semicolon or colon; undefined when the text ends on a mark.
function openWords(text: string): { raw: string[]; words: string[] } | undefined {
  const trimmed = text.trim()
  if (/[.!?;:,)]$/u.test(trimmed)) return undefined
  const raw = trimmed.split(/\s+/u).filter(Boolean)
  return { raw, words: raw.map((w) => w.replace(/[,;:]$/u, '').toLowerCase()) }
}

// Words that open an item as a bijzin or an indirect question.
const itemOpener = /^(?:of|dat|hoe|wie|wat|waar|wanneer|waarom|welke|welk|hoeveel|hoelang|hoeverre|omdat|zodat)$/u

/**
 * Whether a list item opens as a bijzin in lower case and stops without a verb, without a mark
 * or on the semicolon that separates it from the next item.
 *
 * @param content The item's text without its bullet.
 * @returns Whether the item broke off.
 */
export function verblessItemBijzin(content: string): boolean {
  // A semicolon closes the item within its list, not the clause: a bijzin before it still owes its verb.
  const read = openWords(content.replace(/;\s*$/u, ''))
  if (!read) return false
  const { raw, words } = read
  if (words.length < 4 || !itemOpener.test(words[0] ?? '') || !/^\p{Ll}/u.test(raw[0] ?? '')) return false
  for (let i = 1; i < words.length; i++) if (readsAsVerb(words, raw, i, i === words.length - 1)) return false
  return true
}

// Subordinators: the bijzin they open ends on its verb.
const subordinator = /^(?:omdat|doordat|zodat|dat|nadat|voordat|zodra|terwijl|hoewel|als|wanneer|indien|tenzij)$/u
const article = /^(?:de|het|een|onze|hun|alle|elke|iedere)$/u

/**
 * Whether a text without its mark ends on a new conjunct after a whole bijzin: the bijzin closed on
 * its verb (`omdat de school pas in 2029 verhuist`), and `en`, `maar` or `of` with an article and a
 * noun follows (`en de ouders`) with no verb after it. After the bijzin's verb its conjuncts are
 * clauses, so this one lacks its verb.
 *
 * @param text A paragraph or item without its closing mark.
 * @returns Whether the last conjunct lacks its verb.
 */
export function verblessConjunct(text: string): boolean {
  const read = openWords(text)
  if (!read) return false
  const { raw, words } = read
  const n = words.length
  // The conjunction three or four words from the end: `en` + article + (adjective) noun.
  const c = words.findLastIndex((w, i) => i >= n - 4 && i <= n - 3 && /^(?:en|maar|of)$/u.test(w))
  if (c < 2 || !article.test(words[c + 1] ?? '')) return false
  for (let i = c + 2; i < n; i++) if (readsAsVerb(words, raw, i, i === n - 1)) return false
  // The bijzin before it, closed by its verb right before the conjunction.
  const s = words.slice(0, c).findLastIndex((w) => subordinator.test(w))
  return s >= 0 && c - s >= 3 && readsAsVerb(words, raw, c - 1, false) && !/,$/u.test(raw[c - 1] ?? '')
}
