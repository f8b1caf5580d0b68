import type { Bedrag } from '@kapstok/core'
import type { RenvooiPart } from '@kapstok/documents'

/**
 * What changed between two versions of a plan, as councils and griffies need it for
 * amendments and for "wat is er veranderd sinds de inspraakversie". Plain JSON: the `json`
 * format writes it as it is.
 */
export interface ChangeReport {
  /** Which versions were compared. */
  versions: { old: VersionInfo; new: VersionInfo }
  /** Title-page data that changed (titel, versie, datum, status, …). */
  document: FieldChange[]
  /** Rows of the uitvoeringsagenda. */
  agenda: AgendaChanges
  /** Amounts in finance tables and taakstellingen, with the effect on totals. */
  amounts: AmountChanges
  /** Principes added, removed or renamed. */
  principes: NamedChanges
  /** Pijlers (thema's, routes, …) added, removed or renamed. */
  pijlers: NamedChanges
  /** Running text per section, as word-level renvooi. */
  prose: ProseChange[]
}

/** One version of the plan, as shown in the report. */
export interface VersionInfo {
  /** What the user gave: a folder, a file, or `<ref>:<path>` for a git revision. */
  label: string
  /** The plan's title. */
  titel: string
  /** The plan's version (optional). */
  versie?: string
  /** The plan's date, ISO (optional). */
  datum?: string
  /** The plan's status. */
  status: string
}

/** One value that changed. */
export interface FieldChange {
  /** Field name in the model, e.g. `eind` or `versie`. */
  field: string
  /** Old value as text (empty when there was none). */
  old: string
  /** New value as text (empty when there is none now). */
  new: string
}

/** Changes to the uitvoeringsagenda. */
export interface AgendaChanges {
  /** Rows only in the new version. */
  added: AgendaRowRef[]
  /** Rows only in the old version. */
  removed: AgendaRowRef[]
  /** Rows in both versions whose cells differ. */
  changed: AgendaRowChange[]
}

/** A row of the agenda, named for the reader. */
export interface AgendaRowRef {
  /** The actie's id in its version. */
  id: string
  /** The activiteit as written. */
  activiteit: string
  /** The pijler's title (optional). */
  pijler?: string
}

/** A row in both versions, with each changed cell. */
export interface AgendaRowChange {
  /** The row in the old version. */
  old: AgendaRowRef
  /** The row in the new version. */
  new: AgendaRowRef
  /** `id` when the rows share their id, `tekst` when only their activiteit pairs them. */
  matchedBy: 'id' | 'tekst'
  /** The changed cells, in agenda column order. */
  cells: FieldChange[]
  /** Start or end dates that moved, read as periods. */
  moved: DateMove[]
}

/** A start or end date that moved. */
export interface DateMove {
  /** `start` or `eind`. */
  field: 'start' | 'eind'
  /** The old text. */
  old: string
  /** The new text. */
  new: string
  /** Days the date moved (a start by its first day, an end by its last; positive is later); absent when either cannot be read. */
  days?: number
}

/** Changes to amounts. */
export interface AmountChanges {
  /** Amounts that changed, were added or were removed. */
  changed: AmountChange[]
  /** Totals (as kapstok computes them from the parts) that changed as a result. */
  totals: TotalChange[]
}

/** One amount in a table cell or taakstelling. */
export interface AmountChange {
  /** Where: the table or taakstelling title. */
  table: string
  /** The row label. */
  row: string
  /** The column, e.g. `2024` (empty for a taakstelling's own amount). */
  column: string
  /** The old amount (absent when it was added). */
  old?: Bedrag
  /** The new amount (absent when it was removed). */
  new?: Bedrag
  /** New minus old, in cents (a missing amount counts as 0). */
  delta: number
}

/** A computed total that changed. */
export interface TotalChange {
  /** The table title. */
  table: string
  /** The total row's label, or `Totaal` for the sum of a table without total rows. */
  row: string
  /** The column. */
  column: string
  /** Old total in cents. */
  old: number
  /** New total in cents. */
  new: number
  /** New minus old, in cents. */
  delta: number
}

/** Principes or pijlers added, removed or renamed. */
export interface NamedChanges {
  /** Only in the new version. */
  added: NamedRef[]
  /** Only in the old version. */
  removed: NamedRef[]
  /** In both, under another title. */
  renamed: Array<{ id: string; old: string; new: string }>
}

/** A principe or pijler. */
export interface NamedRef {
  /** Its id. */
  id: string
  /** Its title. */
  titel: string
}

/** One piece of a word-level renvooi (the type the document views use). */
export type { RenvooiPart } from '@kapstok/documents'

/** Running text that changed in one section. */
export interface ProseChange {
  /** Stable key of the text, e.g. `principes/principe-2/toelichting`. */
  key: string
  /** The section as the reader knows it, e.g. `Leidende principes › Samen doen`. */
  section: string
  /** Whether the text is new, gone, or edited. */
  kind: 'added' | 'removed' | 'changed'
  /** The renvooi: the whole text, with struck and inserted words. */
  parts: RenvooiPart[]
}
