import { readFile } from 'node:fs/promises'
import type { Plan } from '@kapstok/core'
import { resolveLabels } from '@kapstok/documents'
import { templateConfig } from '@kapstok/packs'
import { loadHtmlPack, renderHtml, renderMarkdown } from '@kapstok/render-html'
import { loadPdfPack, renderPdf } from '@kapstok/render-pdf'
import { textReport } from './text.js'
import type { ChangeReport } from './types.js'
import { reportView } from './view.js'

/** The formats a change report can be written in. */
export const reportFormats = ['text', 'json', 'md', 'html', 'pdf'] as const

/** A format of the change report. */
export type ReportFormat = (typeof reportFormats)[number]

/** One file of a rendered report. */
export interface ReportOutput {
  /** Path relative to the output folder, e.g. `wijzigingen.html` or `assets/kapstok.css`. */
  path: string
  /** The contents. */
  contents: string | Uint8Array
}

/** Options for `renderReport`. */
export interface RenderReportOptions {
  /** The format. */
  format: ReportFormat
  /** File name without extension (default: `wijzigingen`). */
  name?: string
  /** The new version's configuration plus `configBase`, as the CLI puts it in `processor.settings`; its `template` chooses the pack (optional). */
  settings?: Record<string, unknown>
  /** The new version's path, the base for relative pack paths without `configBase` (default: the working directory). */
  planPath?: string
  /** Colour the text format for a terminal (default: `false`). */
  color?: boolean
}

/**
 * Write a change report in one format: a Dutch text summary, JSON for tools, or a renvooi
 * document in Markdown, HTML (with the pack's assets) or tagged PDF, laid out by the same
 * renderers and template pack as the plan's own documents.
 *
 * @param report The report.
 * @param newPlan The new version (title page of the documents).
 * @param options Format, file name and configuration (optional parts).
 * @returns The files; pack problems throw `PackError` (Dutch).
 */
export async function renderReport(report: ChangeReport, newPlan: Plan, options: RenderReportOptions): Promise<ReportOutput[]> {
  const name = options.name ?? 'wijzigingen'
  const template = templateConfig({ settings: options.settings }, options.planPath ?? '.')
  const packOptions = { ...(template.baseDir ? { baseDir: template.baseDir } : {}), ...(template.overrides ? { overrides: template.overrides } : {}) }
  switch (options.format) {
    case 'text':
      return [{ path: `${name}.txt`, contents: textReport(report, { color: options.color === true }) }]
    case 'json':
      return [{ path: `${name}.json`, contents: `${JSON.stringify(report, null, 2)}\n` }]
    case 'md': {
      const view = reportView(report, newPlan, { labels: template.overrides?.labels ?? {} })
      return [{ path: `${name}.md`, contents: renderMarkdown(view, { tocTitle: resolveLabels(template.overrides?.labels).inhoudsopgave }) }]
    }
    case 'html': {
      const pack = await loadHtmlPack(template.pack, packOptions)
      const view = reportView(report, newPlan, { labels: pack.labels })
      const assets = await Promise.all(pack.assets.map(async (a) => ({ path: a.path, contents: await readFile(a.source) })))
      return [{ path: `${name}.html`, contents: renderHtml(view, pack) }, ...assets]
    }
    case 'pdf': {
      const pack = await loadPdfPack(template.pack, packOptions)
      const view = reportView(report, newPlan, { labels: pack.labels ?? {} })
      // A short report reads as one flowing text, as a raadsvoorstel does.
      const layout = { ...pack.layout, compact: [...pack.layout.compact, 'wijzigingen'] }
      return [{ path: `${name}.pdf`, contents: await renderPdf(view, { layout }) }]
    }
  }
}
