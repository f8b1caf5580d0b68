import type { Actie, Plan } from '@kapstok/core'
import { agendaFields, inlineText } from '@kapstok/documents'

/** Options for `agendaCsv`. */
export interface AgendaCsvOptions {
  /** Field separator (default: `;`, what Dutch spreadsheet programs expect; use `,` for others). */
  separator?: ';' | ','
  /** Start with a UTF-8 byte order mark so spreadsheet programs read accents right (default: `true`). */
  bom?: boolean
}

/**
 * The uitvoeringsagenda as CSV (RFC 4180: CRLF line ends, fields with separator, quote or
 * line break quoted, quotes doubled). Columns: id, pijler, subkop, activiteit, doel, start,
 * eind, domein, eigenaar, status, bijzonderheden, and — when the transform stage computed a
 * planning — startdatum and einddatum (ISO: first day of start, last day of eind). Cells are
 * plain text: a link in the source (`zie [principe 9](#p9)`) is its link text. A cell starting with `=`, `+`, `-`, `@`, a tab or
 * carriage return gets a leading `'`, so spreadsheets do not run it as a formula (OWASP's CSV injection advice);
 * a negative number or a lone `-` runs nothing and is kept as written.
 *
 * @param plan The model.
 * @param options Separator and BOM (optional).
 * @returns The CSV text.
 */
export function agendaCsv(plan: Plan, options: AgendaCsvOptions = {}): string {
  const separator = options.separator ?? ';'
  // The computed planning (transform stage) adds sortable ISO dates beside the text as written.
  const planned = (plan.acties ?? []).some((a) => a.planning)
  const header = planned ? [...agendaFields, 'startdatum', 'einddatum'] : agendaFields
  const lines = [header.join(separator)]
  for (const actie of plan.acties ?? []) {
    const cells = agendaFields.map((field) => inlineText(String(actie[field as keyof Actie] ?? '')))
    if (planned) cells.push(actie.planning?.start?.van ?? '', actie.planning?.eind?.tot ?? '')
    lines.push(cells.map((cell) => csvField(cell, separator)).join(separator))
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`
}

/**
 * Quote one CSV field when needed (RFC 4180) and defuse formulas.
 *
 * @param value The cell text.
 * @param separator The field separator.
 * @returns The field as written in the file.
 */
export function csvField(value: string, separator: string): string {
  // A negative number (`-325000`, `-12,5`, Dutch `-1.234.567` and `-1.234,56`) or a lone `-`
  // (nil) runs nothing: a value of only a minus, digits, dots and commas is kept as written, so a
  // spreadsheet reads the number as a number.
  const defused = /^[=+\-@\t\r]/.test(value) && !/^-(?:\d[\d.,]*)?$/.test(value) ? `'${value}` : value
  return defused.includes(separator) || /["\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused
}
