import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx'

/** A table to render, cells already turned into runs. */
export interface DataTable {
  /** Header cells. */
  header: ParagraphChild[][]
  /** Body rows; `group` rows have one cell spanning the table. */
  rows: Array<{ kind: 'row' | 'group' | 'subgroup' | 'total'; cells: ParagraphChild[][] }>
  /** Alignment per column (default: left). */
  align?: Array<'left' | 'right'>
}

/**
 * A Word table whose header row repeats on every page (`tableHeader`), with group rows as one
 * merged cell and amounts right-aligned.
 *
 * @param table Header, rows and alignment.
 * @returns The table.
 */
export function dataTable(table: DataTable): Table {
  const width = Math.max(1, table.header.length, ...table.rows.map((r) => r.cells.length))
  const cell = (runs: ParagraphChild[], column: number, span = 1) =>
    new TableCell({
      children: [new Paragraph({ children: runs, alignment: table.align?.[column] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT })],
      ...(span > 1 ? { columnSpan: span } : {})
    })
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: pad(table.header, width).map((runs, i) => cell(runs, i)) })
  const rows = table.rows.map((row) =>
    row.kind === 'group' || row.kind === 'subgroup'
      ? new TableRow({ cantSplit: true, children: [cell(row.cells[0] ?? [], 0, width)] })
      : new TableRow({ cantSplit: true, children: pad(row.cells, width).map((runs, i) => cell(runs, i)) })
  )
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } })
}

function pad(cells: ParagraphChild[][], width: number): ParagraphChild[][] {
  return [...cells, ...Array.from({ length: Math.max(0, width - cells.length) }, () => [] as ParagraphChild[])]
}
