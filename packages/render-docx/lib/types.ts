import type { Paragraph, Table, TableOfContents } from 'docx'

/** One top-level piece of a Word document body. */
export type DocxBlock = Paragraph | Table | TableOfContents
