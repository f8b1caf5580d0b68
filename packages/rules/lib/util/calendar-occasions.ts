/**
 * Occasions of the calendar that date a clause as precisely as a month, each with the last day it
 * can fall on in its year: school holidays and feast days (`de kerstvakantie van 2024`, `na Pasen
 * 2025`), fixed days and elections of public life (`Prinsjesdag 2027`, `Verantwoordingsdag`, `de
 * gemeenteraadsverkiezingen van 2026`), and the yearly papers of the budget cycle (`de meicirculaire
 * 2026`, `de voorjaarsnota 2026`). A paper is also a source (`De meicirculaire 2026 laat … zien`,
 * `In de voorjaarsnota 2026 staat …`): it dates a clause only after a preposition of time (`na`, `bij`,
 * `met`, `rond`, `vóór`, `tot`), or `in` after `zal`/`zullen`. Read by `dated-future` for `stale-statement`.
 */

const HOLIDAY = String.raw`(?:voorjaars|krokus|paas|mei|zomer|bouw|herfst|kerst)vakantie|kerst(?:mis)?|pasen|pinksteren|carnaval|koningsdag|hemelvaart(?:sdag)?`
const PUBLIC_DAY = String.raw`prinsjesdag|verantwoordingsdag|(?:gemeenteraads|provinciale[ -]?staten|waterschaps|statenverkiezingen|raads)verkiezingen`
const PAPER = String.raw`(?:mei|juni|september|december)circulaire|voorjaarsnota|kadernota|najaarsnota`

/** An occasion before its year, as a regex source (to be followed by the year). */
// `in` makes the paper a moment only after a future auxiliary a few words before (`Het college zal in
// de najaarsnota 2027 rapporteren`, `zullen we in de kadernota 2028 voorstellen`): what the paper
// says (`In de voorjaarsnota 2026 staat …`) is its content, not a time.
const PAPER_TIME = String.raw`(?:^|[\s(])(?:na|bij|met|rond|vóór|tot)|\b(?:zal|zullen)\s{1,3}(?:[\p{L}-]+\s{1,3}){0,3}in`
export const OCCASION_POINT = String.raw`(?:(?:(?:de|het)\s{1,3})?(?:${HOLIDAY}|${PUBLIC_DAY})|(?<=(?:${PAPER_TIME})\s{1,3}(?:de\s{1,3})?)(?:${PAPER}))\s{1,3}(?:van\s{1,3})?`

// The last day an occasion can reach in its year, as month and day (the kerstvakantie runs into
// January of the next year: month 13). Late dates on purpose: a moment is only past once it surely
// is (Prinsjesdag is the third Tuesday of September, the elections of the council fall in March, a
// voorjaarsnota is debated before the summer recess).
const occasionEnds: ReadonlyArray<[RegExp, number, number]> = [
  [/voorjaarsvakantie|krokus|carnaval/iu, 3, 15],
  [/verkiezingen/iu, 3, 31],
  [/paas|pasen|koningsdag/iu, 4, 30],
  [/meivakantie/iu, 5, 15],
  [/verantwoordingsdag/iu, 5, 21],
  [/meicirculaire|hemelvaart|pinksteren/iu, 6, 15],
  [/junicirculaire/iu, 6, 30],
  [/voorjaarsnota|kadernota/iu, 7, 15],
  [/zomer|bouw/iu, 9, 10],
  [/prinsjesdag/iu, 9, 21],
  [/septembercirculaire/iu, 9, 30],
  [/herfst/iu, 11, 5],
  [/kerstvakantie/iu, 13, 10],
  [/kerst|decembercirculaire|najaarsnota/iu, 12, 31]
]
// The occasion as matched (a paper without the preposition its place was checked by).
const occasionMoment = new RegExp(String.raw`^(?:(?:de|het)\s{1,3})?(?:${HOLIDAY}|${PUBLIC_DAY}|${PAPER})\s{1,3}(?:van\s{1,3})?((?:19|20)\d{2})$`, 'iu')

/**
 * The last day of an occasion with its year ("de herfstvakantie van 2024" → 2024-11-05).
 *
 * @param text A time expression.
 * @returns The day as `YYYY-MM-DD`, or undefined when the text is no occasion.
 */
export function occasionEnd(text: string): string | undefined {
  const m = occasionMoment.exec(text.trim())
  if (!m?.[1]) return undefined
  const found = occasionEnds.find(([word]) => word.test(text))
  if (!found) return undefined
  const [, month, day] = found
  const year = Number(m[1]) + (month > 12 ? 1 : 0)
  return `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
