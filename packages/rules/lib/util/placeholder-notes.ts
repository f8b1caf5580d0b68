/**
 * Placeholders that writers leave for each other in a concept plan, in the forms a shared draft
 * collects: a date or amount template of x's (`XX-XX-2026`, `€ xx.xxx`), a mention of a colleague
 * (`@Anne: graag checken`), `tbd` in lower case, "nader te bepalen" where a number belongs, and
 * square brackets that ask for work or raise a question (`[aanvullen door team Financiën]`,
 * `[klopt dit?]`), a blank amount (`€ -,--`) and a reference still to be filled in (`zie
 * hoofdstuk ?`). Used by `findPlaceholders`.
 *
 * Every pattern is linear: bounded repetitions, no nested quantifiers.
 */

// Count nouns and units after which "nader te bepalen" is a missing number, not a decision.
const countNoun = String.raw`procent|%|aantal|euro|inwoners|huishoudens|deelnemers|woningen|plekken|plaatsen|jongeren|ouderen|kinderen|gezinnen|mantelzorgers|uur|uren|weken|dagen|maanden|fte|keer`

/** Patterns of working placeholders, searched everywhere (tables included). */
export const notePlaceholders: RegExp[] = [
  // A template of x's with separators: `XX-XX-2026`, `xx-xx-xxxx`, `€ xx.xxx`, `x.xxx,-`; one
  // placeholder, not one per group of x's. Roman numerals (`XXIe`, `XXIV`) have letters after them.
  /(?<![\p{L}\p{N}])[xX]{1,4}(?:[-/.,][xX]{1,4}|[-/.,]\d{1,4})+(?:,-)?(?![\p{L}\p{N}])/gu,
  // A colleague addressed by name: `@Jan:` or `@Anne, …` (a handle after "via" or "volg" has no colon).
  /(?<![\p{L}\p{N}._%+-])@\p{Lu}[\p{L}-]{1,24}(?=[ \t]{0,2}[:,])/gu,
  // `tbd` and `todo` in lower case; not inside a word.
  /(?<![\p{L}\p{N}])(?:tbd|todo|t\.b\.d\.)(?![\p{L}\p{N}])/gu,
  // "nader te bepalen" where a number belongs: before a count ("nader te bepalen procent") or
  // after the value it stands for ("€ nader te bepalen", "stijgt naar nader te bepalen").
  new RegExp(String.raw`(?:(?<=€[ \t]{0,2})|(?<=\b(?:bedraagt|bedragen|naar|tot)[ \t]{1,3}))(?:nog\s{1,3})?nader\s{1,3}te\s{1,3}bepalen\b|\bnader\s{1,3}te\s{1,3}bepalen(?=\s{1,3}(?:${countNoun})(?![\p{L}]))`, 'giu'),
  // Square brackets that ask a colleague for work: `[aanvullen door team Financiën]`, `[nog checken]`.
  /\[[ \t]{0,2}(?:nog\s{1,3})?(?:aanvullen|invullen|in\s{1,3}te\s{1,3}vullen|aan\s{1,3}te\s{1,3}vullen|checken|controleren|navragen|nagaan|uitzoeken|toevoegen|bijwerken|actualiseren)\b[^[\]\n]{0,60}\](?![([:])/giu,
  // An amount of dashes, the form of a blank on a form: `€ -,--`, `€ ..,-`.
  /(?<=€[ \t]{0,2})(?:-{1,3}|\.{2,3}),-{1,2}(?![\p{N}])/gu,
  // Two dots for the figure after the euro sign: `€ ..` (three are an ellipsis, read elsewhere).
  /(?<=€[ \t]{0,2})\.\.(?![.,\p{N}])/gu,
  // A reference still to be filled in: "zie hoofdstuk ?", "in bijlage ??" (a number before the mark is a question).
  /(?<=\b(?:hoofdstuk|paragraaf|bijlage|tabel|figuur|pagina)[ \t]{1,2})\?{1,3}(?![\p{L}\p{N}])/giu,
  // A question in square brackets: `[klopt dit?]`, `[bron?]`, `[?]`; not a link `[Wat is …?](…)`.
  /\[[^[\]\n]{0,60}\?[ \t]{0,2}\](?![([:])/gu
]
