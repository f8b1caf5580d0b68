/** Something the import could not map onto kapstok's structure, to be listed in the report. */
export interface ImportNote {
  /** Permanent name, e.g. `import-merged-cells`. */
  ruleId: string
  /** Dutch text: what was found, then what to do. */
  reason: string
  /** Offset in the intermediate HTML of the element it is about (optional; default: the start of the document). */
  offset?: number
  /** Frontmatter field it is about, e.g. `gemeente` (optional). */
  field?: string
  /** `warning` for something to fix before the plan is right, `info` for a remark (default: `info`). */
  severity?: 'warning' | 'info'
}
