import type { Plan } from '@kapstok/core'
import { Anchors } from './anchors.js'
import { beleidskaderParts } from './beleidskader.js'
import type { AgendaPlacement, ChapterContext } from './chapters.js'
import { numberFootnotes } from './footnotes.js'
import { resolveLabels, type LabelOverrides } from './labels.js'
import { buildMeta } from './meta.js'
import { numberSections, tableOfContents } from './numbering.js'
import { linkAgendaSummaries, programmaplanParts, type DocumentParts } from './programmaplan.js'
import { rawHtmlToText } from './raw-html.js'
import { raadsvoorstelDocumentParts, type RaadsvoorstelPart } from './raadsvoorstel.js'
import { resolveReferences } from './references.js'
import { documentKinds } from './supported.js'
import type { DocumentKind, DocumentView } from './types.js'

/** Options for `buildDocument`. */
export interface BuildDocumentOptions {
  /** Words to use instead of the defaults, e.g. from a template pack (optional). */
  labels?: LabelOverrides
  /** Order of the raadsvoorstel's parts; parts left out are not shown (default: `raadsvoorstelParts`). */
  raadsvoorstelParts?: readonly RaadsvoorstelPart[]
  /** Deepest level listed in `toc` (default: `2`). */
  tocDepth?: number
  /** Deepest level that gets a number (default: `3`; the raadsvoorstel is never numbered). */
  numberDepth?: number
  /** Draw a timeline of the uitvoeringsagenda (default: `true` for the programmaplan; only documents with the agenda have one). */
  timeline?: boolean
  /** Where the uitvoeringsagenda goes: where the source has it (`bron`, default) or always as the last appendix (`bijlage`). */
  agenda?: AgendaPlacement
  /** Errors the plan still has (a build with `--force`); above 0 the document is marked (default: `0`). */
  openErrors?: number
  /**
   * A last step on the finished view, e.g. marking the changes against an earlier version
   * (`changesSince` of `@kapstok/diff`). It gets these options without itself, to build the
   * earlier version's view the same way (optional).
   */
  afterBuild?: AfterBuild
}

/** A last step of `buildDocument` on the finished view. */
export type AfterBuild = (view: DocumentView, options: Omit<BuildDocumentOptions, 'afterBuild'>) => DocumentView

/**
 * The `afterBuild` step a render asks for in `RenderOptions.settings.afterBuild` (set by the
 * CLI's `build --changes-since`), as an option for `buildDocument`.
 *
 * @param settings The render's settings (optional).
 * @returns `{ afterBuild }`, or `{}` when there is none.
 */
export function afterBuildFrom(settings: Record<string, unknown> | undefined): Pick<BuildDocumentOptions, 'afterBuild'> {
  const step = settings?.afterBuild
  return typeof step === 'function' ? { afterBuild: step as AfterBuild } : {}
}

/**
 * Derive a document from the model: its sections with numbers and anchors, its tables with
 * computed totals, the agenda appendix and summaries, the raadsbesluit. Pure: the model is not
 * changed, and the same model always gives the same document.
 *
 * ```ts
 * const view = buildDocument(plan, 'programmaplan')
 * view.sections[0].numberLabel // '1'
 * ```
 *
 * @param plan The model (valid against the plan schema).
 * @param kind Which document.
 * @param allOptions Labels, layout options and a last step (optional).
 * @returns The document structure.
 */
export function buildDocument(plan: Plan, kind: DocumentKind, allOptions: BuildDocumentOptions = {}): DocumentView {
  const { afterBuild, ...options } = allOptions
  if (!documentKinds.includes(kind)) {
    throw new TypeError(`Unknown document \`${String(kind)}\` in \`buildDocument\`: use one of ${documentKinds.join(', ')}`)
  }
  const labels = resolveLabels(options.labels)
  const ctx: ChapterContext = {
    plan,
    labels,
    anchors: new Anchors(plan),
    ...(options.agenda ? { agenda: options.agenda } : {}),
    ...(options.labels?.columns ? { columnLabels: options.labels.columns } : {})
  }
  const parts: DocumentParts =
    kind === 'programmaplan'
      ? programmaplanParts(ctx, options.timeline === undefined ? {} : { timeline: options.timeline })
      : kind === 'beleidskader'
        ? beleidskaderParts(ctx)
        : raadsvoorstelDocumentParts(ctx, options.raadsvoorstelParts)
  numberSections(parts.chapters, parts.appendices, {
    appendixLabel: labels.bijlage,
    depth: kind === 'raadsvoorstel' ? 0 : (options.numberDepth ?? 3)
  })
  const sections = [...parts.chapters, ...parts.appendices]
  linkAgendaSummaries(sections, labels.hoofdstuk)
  resolveReferences(sections, plan)
  rawHtmlToText(sections)
  numberFootnotes(sections, labels.noot)
  const meta = buildMeta(plan, kind, labels)
  const errors = options.openErrors ?? 0
  if (errors > 0) meta.openErrors = labels.openstaandeFouten[errors === 1 ? 0 : 1].replace('{n}', String(errors))
  const title = kind === 'raadsvoorstel' ? (plan.raadsvoorstel?.onderwerp ?? plan.document.titel) : plan.document.titel
  const view: DocumentView = { kind, title, meta, sections, toc: tableOfContents(sections, options.tocDepth ?? 2) }
  return afterBuild ? afterBuild(view, options) : view
}
