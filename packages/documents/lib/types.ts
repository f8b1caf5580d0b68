import type { Document } from '@kapstok/core'

/**
 * The documents kapstok can derive from one plan, and `wijzigingen`: the change report
 * between two versions (made by `@kapstok/diff`, not by `buildDocument`).
 */
export type DocumentKind = 'programmaplan' | 'beleidskader' | 'raadsvoorstel' | 'wijzigingen'

/**
 * A renderer-neutral document: everything a renderer (HTML, Markdown, PDF) needs, with every
 * derived value (numbering, totals, summaries, the raadsbesluit) already computed.
 *
 * Text fields are plain text unless named `markdown`: renderers escape plain text and render
 * `markdown` through a sanitising Markdown pipeline.
 */
export interface DocumentView {
  /** Which document this is. */
  kind: DocumentKind
  /** Title of the document as shown on the title page and in `<title>`. */
  title: string
  /** Title-page and colophon data. */
  meta: DocumentMeta
  /** The chapters, in order; appendices come last and have `appendix: true`. */
  sections: SectionView[]
  /** The table of contents: the numbered sections to `tocDepth` levels deep. */
  toc: TocEntry[]
}

/** Title-page and colophon data of a document. */
export interface DocumentMeta {
  /** Name of the municipality, without "gemeente". */
  gemeente: string
  /** Title of the plan. */
  titel: string
  /** Subtitle or slogan (optional). */
  ondertitel?: string
  /** The plan's kind as in the model, e.g. `programmaplan`. */
  soort: Document['soort']
  /** The plan's kind as a word, e.g. `Programmaplan`. */
  soortLabel: string
  /** Name of this document kind, e.g. `Raadsvoorstel` (may differ from `soortLabel`). */
  documentLabel: string
  /** Period in years (optional). */
  periode?: { start: number; eind: number; tekst: string }
  /** Status in decision making. */
  status: Document['status']
  /** Status as shown: the plan's own `statusToelichting`, else the label of `status`. */
  statusLabel: string
  /** Version (optional). */
  versie?: string
  /** Date as ISO `YYYY-MM-DD` (optional). */
  datum?: string
  /** Date in Dutch, e.g. `18 januari 2022` (optional). */
  datumTekst?: string
  /** Author or owner (optional). */
  eigenaar?: string
  /** Responsible alderman (optional). */
  portefeuillehouder?: string
  /** Contact details (optional). */
  contact?: string
  /** Whether the document is a draft: renderers show a clear "CONCEPT" banner and watermark. */
  concept: boolean
  /** The word shown on drafts, e.g. `CONCEPT`. */
  conceptLabel: string
  /** Language of the document (BCP 47). */
  lang: 'nl'
  /**
   * Set when the document was built despite errors (`kapstok build --force`): the sentence
   * every format shows under the title and in its metadata, e.g. `Gebouwd met 3 openstaande fouten`.
   */
  openErrors?: string
  /**
   * Set when the document shows its changes against an earlier version (`kapstok build
   * --changes-since`): the line every format shows under the title, e.g.
   * `Met wijzigingen ten opzichte van versie 0.9 (14 januari 2025)`.
   */
  changesSince?: string
  /** Title-page rows in order (label/value), ready to print. */
  items: MetaItem[]
}

/** One chapter or paragraph. */
export interface SectionView {
  /** Anchor: the model id where the section is a model object, else a generated unique id. */
  id: string
  /** Number as in a municipal document, e.g. `3` or `3.2`; absent for unnumbered sections. */
  number?: string
  /** Number as shown before the title, e.g. `3.2` or `Bijlage 2` (optional). */
  numberLabel?: string
  /**
   * Number of the heading in the source, e.g. `2.6` (optional; never shown): references in
   * the text ("zie paragraaf 2.6") name this number, and resolve to this section.
   */
  sourceNumber?: string
  /** The heading text, exactly as in the model. */
  title: string
  /** Short label shown above the title, e.g. `Thema 1` (optional). */
  kicker?: string
  /** Heading depth: 1 for chapters, up to 6. */
  level: number
  /** What the section shows, for styling, e.g. `pijler`, `principe`, `agenda`, `besluit`. */
  role: SectionRole
  /** Whether the section is (inside) an appendix. */
  appendix: boolean
  /** Content before the subsections. */
  blocks: Block[]
  /** Subsections. */
  sections: SectionView[]
}

/** What a section shows. */
export type SectionRole =
  | 'koers'
  | 'opgaven'
  | 'opgave'
  | 'principes'
  | 'principe'
  | 'pijlers'
  | 'pijler'
  | 'financien'
  | 'risicos'
  | 'kansen'
  | 'begrippen'
  | 'inspraak'
  | 'inspraakreactie'
  | 'sectie'
  | 'bijlagen'
  | 'bijlage'
  | 'agenda'
  | 'agenda-pijler'
  | 'publicatie'
  | 'besluit'
  | 'raadsvoorstel'
  | 'part'

/** One entry of the table of contents. */
export interface TocEntry {
  /** Anchor of the section. */
  id: string
  /** Number as shown, e.g. `3.2` or `Bijlage 1` (optional). */
  numberLabel?: string
  /** Heading text. */
  title: string
  /** Heading depth. */
  level: number
  /** Nested entries. */
  entries: TocEntry[]
}

/** A piece of content inside a section. */
export type Block =
  | ProseBlock
  | QuoteBlock
  | TableBlock
  | ListBlock
  | DefinitionsBlock
  | MetaBlock
  | AgendaSummaryBlock
  | BesluitBlock
  | NoteBlock
  | TextBlock
  | SignaturesBlock
  | TimelineBlock
  | RenvooiBlock

/** Running text in Markdown (GFM) from the model; `[x](#id)` links point at section/row ids. */
export interface ProseBlock {
  /** Discriminant. */
  type: 'prose'
  /** The Markdown. */
  markdown: string
}

/** A one-sentence summary shown as a lead or quote (plain text). */
export interface QuoteBlock {
  /** Discriminant. */
  type: 'quote'
  /** The text. */
  text: string
}

/** A paragraph of plain text (derived sentences that mix model values with fixed words). */
export interface TextBlock {
  /** Discriminant. */
  type: 'text'
  /** The text. */
  text: string
}

/** Signatures, e.g. of the college under a raadsvoorstel. */
export interface SignaturesBlock {
  /** Discriminant. */
  type: 'signatures'
  /** Line above the signatures, e.g. `Burgemeester en wethouders van Hoogeveen,` (optional). */
  intro?: string
  /** Role and name (name may be empty for a blank line). */
  items: Signature[]
}

/** One signature. */
export interface Signature {
  /** Role, e.g. `De griffier`. */
  rol: string
  /** Name, or empty. */
  naam: string
}

/** A remark about derived values, e.g. a claimed total that differs from its parts. */
export interface NoteBlock {
  /** Discriminant. */
  type: 'note'
  /** The text (plain). */
  text: string
  /** `warning` when the source contradicts a derived value (default: `info`). */
  tone: 'info' | 'warning'
}

/** A data table. */
export interface TableBlock {
  /** Discriminant. */
  type: 'table'
  /** Anchor of the table. */
  id: string
  /** Caption (plain text); every table has one. */
  caption: string
  /** The columns; the first column holds the row headers. */
  columns: TableColumn[]
  /** The rows, group rows included, in display order. */
  rows: TableRow[]
  /** Notes shown under the table, e.g. about recomputed totals. */
  notes: string[]
}

/** A table column. */
export interface TableColumn {
  /** Stable key, e.g. `activiteit` or `kolom-2`. */
  key: string
  /** Header text. */
  label: string
  /** Alignment (default: `left`); amounts are `right`. */
  align: 'left' | 'right'
}

/** A table row. */
export interface TableRow {
  /** `group`/`subgroup` rows have one cell that spans all columns; `total` rows are computed. */
  kind: 'row' | 'group' | 'subgroup' | 'total'
  /** Anchor of the row, e.g. the actie id (optional). */
  id?: string
  /** The cells, one per column (one for group rows). */
  cells: TableCell[]
}

/** A table cell. */
export interface TableCell {
  /** The text as a reader sees it (plain: link text, no marks). */
  text: string
  /** The cell as inline Markdown, when the source cell has links or emphasis (optional). */
  markdown?: string
  /** Link target, e.g. `#agenda-t1` (optional). */
  href?: string
  /** The cell as a renvooi against an earlier version: shown instead of `text` (optional). */
  renvooi?: RenvooiPart[]
}

/** A list. */
export interface ListBlock {
  /** Discriminant. */
  type: 'list'
  /** Whether the list is numbered. */
  ordered: boolean
  /** The items. */
  items: ListItem[]
}

/** A list item: a plain-text title and/or Markdown body, optionally nested. */
export interface ListItem {
  /** Anchor (the model id) (optional). */
  id?: string
  /** Number as in the source, shown before the title (optional). */
  number?: string
  /** Plain-text title (optional). */
  title?: string
  /** Markdown body (optional). */
  markdown?: string
  /** Plain-text body, shown after the title (optional). */
  text?: string
  /** Extra blocks under the item, e.g. an indicator table (optional). */
  blocks?: Block[]
  /** Nested items (optional). */
  items?: ListItem[]
}

/** Terms and their definitions. */
export interface DefinitionsBlock {
  /** Discriminant. */
  type: 'definitions'
  /** The terms. */
  items: Array<{ id?: string; term: string; definition: string }>
}

/** Label/value pairs, e.g. the kopgegevens of a raadsvoorstel. */
export interface MetaBlock {
  /** Discriminant. */
  type: 'meta'
  /** The rows. */
  items: MetaItem[]
}

/** One label/value pair (plain text). */
export interface MetaItem {
  /** The label. */
  label: string
  /** The value. */
  value: string
}

/** The summary of one pijler's part of the uitvoeringsagenda. */
export interface AgendaSummaryBlock {
  /** Discriminant. */
  type: 'agenda-summary'
  /** The pijler's id. */
  pijler: string
  /** Number of acties. */
  count: number
  /** Earliest start as written in the source (optional). */
  start?: string
  /** Latest end as written in the source (optional). */
  end?: string
  /** The sentence to show, e.g. `12 acties, van medio 2022 tot en met 12-2023.` */
  text: string
  /** Link text to the appendix part, e.g. `Bijlage 2: Uitvoeringsagenda, Sociale basis`. */
  linkText: string
  /** Anchor of the appendix part, e.g. `#agenda-t1`. */
  href: string
}

/** A raadsbesluit in its fixed legal form, every line ready to print. */
export interface BesluitBlock {
  /** Discriminant. */
  type: 'besluit'
  /** Intitulé, the decision's title (optional). */
  intitule?: string
  /** `De raad van de gemeente …;` */
  aanhef: string
  /** Considerations in order: `gelezen …;`, `gehoord …;`, `overwegende …;`, `gelet op …;`. */
  overwegingen: string[]
  /** `besluit:` */
  besluit: string
  /** The dicta, numbered 1, 2, … */
  dicta: Array<{ number: string; text: string }>
  /** `Aldus besloten in de openbare vergadering van ….` */
  slot: string
  /** Signatures: role and name (name may be empty for a blank line). */
  ondertekening: Signature[]
}

/**
 * A timeline (Gantt chart) of the uitvoeringsagenda, one row per dated actie, grouped by
 * pijler. A picture only: the agenda tables next to it hold the same data as text, so
 * renderers show it as one image with `description` as its text alternative.
 */
export interface TimelineBlock {
  /** Discriminant. */
  type: 'timeline'
  /** Anchor of the figure. */
  id: string
  /** Caption, e.g. `Tijdlijn van de uitvoeringsagenda`. */
  caption: string
  /** Text alternative of the picture: what it shows and where the same data is as text. */
  description: string
  /** First day of the axis, ISO `YYYY-MM-DD` (1 January of the first year). */
  start: string
  /** Last day of the axis, ISO `YYYY-MM-DD` (31 December of the last year). */
  end: string
  /** The years on the axis, in order. */
  years: number[]
  /** The rows per pijler, in agenda order; groups without dated acties are left out. */
  groups: TimelineGroup[]
  /** Notes shown under the picture, e.g. how many acties have no date to draw. */
  notes: string[]
}

/** One pijler's rows in a timeline. */
export interface TimelineGroup {
  /** The pijler's id, or empty for acties without (known) pijler. */
  pijler: string
  /** Title shown above the rows. */
  title: string
  /** Link to the pijler's agenda table, e.g. `#agenda-t1`. */
  href: string
  /** The bars. */
  rows: TimelineRow[]
}

/**
 * One bar of a timeline. Dates are ISO `YYYY-MM-DD`. An uncertain start (e.g. `medio 2022`)
 * is drawn fuzzy from `start` to `fuzzyStart`; an uncertain end from `fuzzyEnd` to `end`.
 */
export interface TimelineRow {
  /** The actie's id (its row in the agenda table). */
  id: string
  /** Short label: the activiteit, shortened to a line. */
  label: string
  /** The dates as written, e.g. `medio 2022 – 12-2023`. */
  period: string
  /** First day the bar can start. */
  start: string
  /** Last day the bar can end (for an open bar: the axis end). */
  end: string
  /** End of the uncertain start, when the start is uncertain (optional). */
  fuzzyStart?: string
  /** Start of the uncertain end, when the end is uncertain (optional). */
  fuzzyEnd?: string
  /** Whether the actie runs on (`doorlopend`): an open bar to the end of the axis. */
  open: boolean
}

/**
 * Text with its changes marked, as in a renvooi: removed words struck, added words inserted.
 * Plain text (Markdown characters in it are shown as written).
 */
export interface RenvooiBlock {
  /** Discriminant. */
  type: 'renvooi'
  /** The pieces in reading order; pieces of unchanged text may be shortened with `…`. */
  parts: RenvooiPart[]
}

/** One piece of a renvooi. */
export interface RenvooiPart {
  /** The text, whitespace included. */
  text: string
  /** `removed` is struck, `added` is inserted, `same` stays. */
  change: 'same' | 'removed' | 'added'
}
