/**
 * A count of things followed in its sentence by a list of as many numbers, one for each of them:
 * `De vier bibliotheken leenden 1.200, 950, 800 en 640 boeken uit`, `onze twee pontjes zetten
 * 31.000 en 27.500 fietsers over`. The count says how many items the list has: it is no term of
 * the list's sum, nor a factor of one of its items.
 */

// A number as the lists of a text write it: `1.200`, `27.500`, `2,5`, `€ 640`.
const NUM = String.raw`(?:€\s*)?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`
// A few words (the count's noun and a verb, no number), then a list of two numbers or more.
const LIST_AFTER = new RegExp(String.raw`^(?:\s+[\p{L}-]+){1,6}?\s+${NUM}((?:(?:,\s+en\s+|,\s+|\s+en\s+)${NUM})+)(?!\d|[.,]\d)`, 'u')
const SEPARATOR = /,\s+en\s+|,\s+|\s+en\s+/gu

/**
 * Whether the count ending at `end` counts the items of the list that follows it.
 *
 * @param text The text the count stands in.
 * @param end Where the count (with its sign or word) ends.
 * @param value The count's value.
 * @returns True when the next numbers form a list of exactly `value` items.
 */
export function countsListItems(text: string, end: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 2 || value > 12) return false
  const m = LIST_AFTER.exec(text.slice(end, end + 200))
  return m !== null && 1 + (m[1]?.match(SEPARATOR) ?? []).length === value
}
