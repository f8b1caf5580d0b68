/**
 * Working notes: what a writer leaves for a colleague or for themselves. Shared by
 * `internal-note-leak` (which reports them) and `date-format-prose` (which leaves the date of
 * such a note to it, so one note gives one message).
 *
 * Every pattern is linear: the text after a note word is bounded.
 */

/** Words that make a date without year the heading of a note (`17/11 gesprek …`). */
export const noteWords = String.raw`(?:gesprek|overleg|afspraak|mail|belafspraak|telefoon|call|meeting|notitie|actie)`

const notes: RegExp[] = [
  // A dated note without year: `17/11 gesprek thuiscoaches …`.
  new RegExp(String.raw`(?<![\d/-])\d{1,2}\/\d{1,2}(?![\d/])[ \t]{1,3}${noteWords}\b[^.|\n]{0,120}`, 'giu'),
  // A reminder as a note of its own, at the start of a sentence, cell or bracket:
  // `Nog navragen bij financiën.`, `(checken bij team)`.
  /(?<=^|[.:;!?(\[|*-][ \t]{0,3})(?:nog[ \t]{1,3})?(?:navragen|nachecken|nakijken|checken|dubbelchecken|uitzoeken|natrekken|verifiëren)\b[^.|\n)\]]{0,120}/gimu,
  // A reminder inside a sentence: `dit moeten we nog navragen`.
  /\bnog[ \t]{1,3}(?:navragen|nachecken|checken|dubbelchecken)\b/giu,
  // A question to a colleague: `Klopt dit?`, `Is dit nog actueel?`, `??`, `(?)`.
  /\b(?:klopt[ \t]{1,3}(?:dit|dat|deze|het)(?:[ \t]{1,3}\p{L}+){0,3}|is[ \t]{1,3}(?:dit|dat)[ \t]{1,3}(?:nog[ \t]{1,3})?(?:juist|correct|actueel))[ \t]{0,2}\?/giu,
  /\?{2,}|\(\?\)/g,
  // A comment in brackets: `[JvD: …]`, `(opm: …)`, `[vraag: …]`.
  /[[(][ \t]{0,2}(?:\p{Lu}\p{Ll}{1,3}\p{Lu}{1,2}|[Oo]pm\.?|[Oo]pmerking|[Vv]raag|[Nn]oot\s{1,2}redactie)[ \t]{0,2}:[^\])\n]{0,120}[\])]?/gu
]

/** A working note found in a text. */
export interface Note {
  /** Offset in the text. */
  index: number
  /** The note as written (trimmed). */
  text: string
}

/**
 * Working notes in a text, in order, without overlaps.
 *
 * @param text The text.
 * @returns The notes.
 */
export function findNotes(text: string): Note[] {
  const hits = notes.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0].trim() })))
  hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
  let end = -1
  return hits.filter((hit) => {
    if (hit.index < end || hit.text === '') return false
    end = hit.index + hit.text.length
    return true
  })
}
