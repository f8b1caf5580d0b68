import { createDiagnostic, type Severity } from '../../packages/core/dist/index.js'
import type { ReportInput, RuleMeta } from '../../packages/reporters/index.js'

/** Folder the fixture paths are relative to. */
export const cwd = '/werk/plan'

/**
 * A diagnostic at `line:column`-`line:endColumn` in `file` (under `cwd`).
 */
export function diagnostic(reason: string, ruleId: string, severity: Severity, file: string, line?: number, column = 1, endColumn = column + 5) {
  const location =
    line === undefined
      ? undefined
      : { file: `${cwd}/${file}`, start: { line, column }, end: { line, column: endColumn } }
  const message = createDiagnostic(reason, { ruleId, severity }, location)
  message.file = `${cwd}/${file}`
  return message
}

/** Rule metadata for the fixture rules. */
export const rules: RuleMeta[] = [
  {
    id: 'agenda-date-order',
    severity: 'error',
    description: 'Einddatum ligt niet vóór de startdatum',
    url: 'https://github.com/kapstok/kapstok/blob/main/docs/rules/agenda-date-order.md'
  },
  {
    id: 'heading-case',
    severity: 'warning',
    description: 'Koppen beginnen met een hoofdletter',
    url: 'https://github.com/kapstok/kapstok/blob/main/docs/rules/heading-case.md'
  }
]

/** Two files with problems (given out of order) and one clean file. */
export function sampleInput(): ReportInput {
  return {
    cwd,
    rules,
    toolVersion: '0.1.0',
    files: [
      {
        path: `${cwd}/agenda.md`,
        messages: [
          diagnostic('Onverwachte einddatum `01-2019`: ligt vóór de startdatum `medio 2022`', 'agenda-date-order', 'error', 'agenda.md', 12, 3, 10),
          diagnostic('Kop `inleiding` begint met een kleine letter: gebruik `Inleiding`', 'heading-case', 'warning', 'agenda.md', 3, 1, 10)
        ]
      },
      {
        path: `${cwd}/begroting.md`,
        messages: [diagnostic('Onbekend programma `P9`: gebruik een id uit `programmas`', 'reference-exists', 'error', 'begroting.md', 40, 15, 17)]
      },
      { path: `${cwd}/clean.md`, messages: [] }
    ]
  }
}
