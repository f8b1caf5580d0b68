/**
 * Word lists used to read agenda date cells.
 */

/** Words that mean the activity has no end, or recurs without one (`jaarlijks`): normalised to `doorlopend`. */
export const ongoingPattern =
  /^(?:doorlopend|continu|continue|structureel|permanent|voortdurend|blijvend|lopend|doorlopende? (?:activiteit|inzet|proces)|jaarlijks(?: terugkerend)?|(?:elk|ieder) (?:jaar|kwartaal|half jaar)|(?:half)?jaarlijks|maandelijks|wekelijks|periodiek|terugkerend|cyclisch)$/i

/** Placeholders for "not decided yet": normalised to `ntb`. */
export const tbdPattern =
  /^(?:n\.?\s?t\.?\s?b\.?|nader te bepalen|nog te bepalen|n\.?\s?n\.?\s?b\.?|nog niet bekend|onbekend|tbd|tba|p\.?\s?m\.?|\?+)$/i

/** Dashes that stand for "nothing filled in". */
export const dashPattern = /^[-‐‑–—−]+$/

/** Placeholders meaning "none" or "not applicable". */
export const nonePattern = /^(?:geen|n\.?\s?v\.?\s?t\.?|niet van toepassing|x)$/i

/** "As soon as possible" and "now". */
export const asapPattern = /^(?:z\.?\s?s\.?\s?m\.?|zo snel mogelijk|asap|direct|per direct|nu|heden|per heden|z\.?s\.?m\.?)$/i

/** Seasons: first and last month (a winter ends in the next year). */
export const seasons: Record<string, { from: number; to: number }> = {
  voorjaar: { from: 3, to: 5 },
  lente: { from: 3, to: 5 },
  zomer: { from: 6, to: 8 },
  najaar: { from: 9, to: 11 },
  herfst: { from: 9, to: 11 },
  winter: { from: 12, to: 2 }
}

/** Ordinal words for quarters and halves. */
export const ordinals: Record<string, number> = {
  eerste: 1,
  '1e': 1,
  '1ste': 1,
  tweede: 2,
  '2e': 2,
  '2de': 2,
  derde: 3,
  '3e': 3,
  '3de': 3,
  vierde: 4,
  '4e': 4,
  '4de': 4
}

/**
 * Words before a date that qualify it, with the factor they lower the
 * confidence by.
 */
export const qualifiers: ReadonlyArray<[RegExp, number]> = [
  [/^(?:in de loop van|in het|in|per|gedurende|start|vanaf|v\.a\.|sinds|uiterlijk|tegen|deadline|gereed|klaar)\s+/i, 0.9],
  [/^(?:rond|rondom|circa|ca\.?|ongeveer|omstreeks|naar verwachting|verwacht|waarschijnlijk|vermoedelijk)\s+/i, 0.8],
  [/^(?:voor|vóór|na|niet voor|niet vóór|niet eerder dan|later dan)\s+/i, 0.6]
]

/** Words that say what happened or will happen: status text in a date cell. */
export const statusPattern =
  /\b(?:gestart|start|starten|begonnen|begint|afgerond|afronding|vastgesteld|opgeleverd|gereed|klaar|loopt|lopend|uitgevoerd|besloten|gepland|verwacht|akkoord|ingediend|in uitvoering|uitgesteld|vertraagd|geëvalueerd|ge[eë]valueerd|opgestart|gerealiseerd|geïmplementeerd|geimplementeerd|ingevoerd|in werking|herstart|stopgezet|gestopt|voltooid)\b/i

/** Words naming a recurring event in the municipal planning cycle. */
export const eventPattern =
  /\b(?:jaarrekening|begroting|begrotingsbehandeling|voorjaarsnota|kadernota|najaarsnota|zomernota|perspectiefnota|bestuursrapportage|burap|jaarverslag|verkiezingen|gemeenteraadsverkiezingen|raadsvergadering|raadsperiode|collegeperiode|schooljaar|evaluatie|herijking|aanbesteding|inkoop|contractperiode)\b/i

/** Labels of another column: their text in a date cell means shifted columns. */
export const columnLabelPattern = /^(?:doel|activiteit|resultaat|toelichting|bijzonderheden|actie)\s*:/i
