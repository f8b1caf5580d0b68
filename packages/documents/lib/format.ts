import { formatDutchDate, formatEuro } from '@kapstok/nl'

/**
 * A date in Dutch, or the text as given when it is no ISO date.
 *
 * @param iso ISO date `YYYY-MM-DD` (optional).
 * @returns E.g. `18 januari 2022`, or `undefined` when absent.
 */
export function dateText(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDutchDate(iso) : iso
}

/**
 * An amount in euros, Dutch notation.
 *
 * @param cents Integer cents, or `null`/`undefined` for an empty cell.
 * @returns E.g. `€ 1.900.000`, or an empty string.
 */
export function euro(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : formatEuro(cents)
}

/**
 * The first letter in upper case.
 *
 * @param text Any text.
 * @returns The text with a capital.
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Join Dutch list items: `a, b en c`.
 *
 * @param items The items.
 * @returns The sentence part.
 */
export function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`
}
