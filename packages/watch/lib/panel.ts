import type { DiagnosticJson } from '@kapstok/core'

/** What the preview shows about the last build. */
export interface PreviewState {
  /** Number of builds so far. */
  build: number
  /** Whether the last build had no errors (if not, the page shows the last good document). */
  ok: boolean
  /** Messages of the last build (paths as they should be shown). */
  messages: DiagnosticJson[]
  /** HTML documents that can be shown, e.g. `programmaplan.html`. */
  documents: string[]
}

const severityWord = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const

/**
 * The check results as an HTML panel shown above the document, with the script that reloads
 * the page when the server announces a new build.
 *
 * @param state The last build.
 * @returns HTML to insert at the start of `<body>`.
 */
export function previewPanel(state: PreviewState): string {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const m of state.messages) counts[m.severity]++
  const summary = state.ok
    ? `Bouw ${state.build}: ${counts.error} fouten, ${counts.warning} waarschuwingen, ${counts.info} meldingen`
    : `Bouw ${state.build} mislukt: ${counts.error} fouten. U ziet de laatste goede versie; los de fouten op en sla op.`
  const items = state.messages
    .map((m) => {
      const place = `${m.file}${m.line !== null ? `:${m.line}:${m.column ?? 1}` : ''}`
      return `<li class="kapstok-${m.severity}"><code>${escape(place)}</code> ${severityWord[m.severity]}: ${escape(m.message)}${m.ruleId ? ` <small>(${escape(m.ruleId)})</small>` : ''}</li>`
    })
    .join('')
  const style =
    'font:14px system-ui,sans-serif;background:#fffbe6;border-bottom:2px solid #b58900;padding:.5em 1em;max-height:40vh;overflow:auto;position:relative;z-index:1000'
  return (
    `<aside id="kapstok-preview" role="status" style="${style}${state.ok ? '' : ';background:#fdecea;border-color:#c0392b'}">` +
    `<details${state.ok ? '' : ' open'}><summary>${escape(summary)}</summary><ul>${items}</ul></details></aside>` +
    `<script>new EventSource('/__kapstok/events').addEventListener('reload', () => location.reload())</script>`
  )
}

/**
 * The start page: the documents of the plan, with the panel.
 *
 * @param state The last build.
 * @returns A complete HTML page.
 */
export function indexPage(state: PreviewState): string {
  const links = state.documents.map((d) => `<li><a href="/${encodeURI(d)}">${escape(d.replace(/\.html$/, ''))}</a></li>`).join('')
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>kapstok voorbeeld</title></head><body>${previewPanel(state)}<main><h1>Documenten</h1><ul>${links || '<li>Nog geen documenten</li>'}</ul></main></body></html>`
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
