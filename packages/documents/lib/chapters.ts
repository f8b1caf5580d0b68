import type { Opgave, Plan, Tekstblok } from '@kapstok/core'
import type { Anchors } from './anchors.js'
import { financeBlocks } from './finance.js'
import { inlineCell } from './inline.js'
import type { Labels } from './labels.js'
import { opgaveList, sectieSection } from './parts.js'
import { hasContent, prose, section } from './section.js'
import type { Block, SectionView, TableColumn } from './types.js'

/** What every chapter builder receives. */
export interface ChapterContext {
  /** The model. */
  plan: Plan
  /** Labels. */
  labels: Labels
  /** Anchor allocator. */
  anchors: Anchors
  /** Column headers the pack or configuration sets; they win over the plan's own headers (optional). */
  columnLabels?: Record<string, string | undefined>
  /** Where the uitvoeringsagenda goes: where the source has it (`bron`, default) or always as the last appendix (`bijlage`). */
  agenda?: AgendaPlacement
}

/** Where a document puts the uitvoeringsagenda (see `ChapterContext.agenda`). */
export type AgendaPlacement = 'bron' | 'bijlage'

type Intro = keyof NonNullable<Plan['inleidingen']>

/**
 * A chapter, or `undefined` when it would be empty.
 *
 * @param ctx Context.
 * @param init Id base, title, role, intro key and content.
 * @returns The section.
 */
function chapter(
  ctx: ChapterContext,
  init: { id: string; title: string; role: SectionView['role']; intro?: Intro; blocks?: Array<Block | undefined>; sections?: Array<SectionView | undefined> }
): SectionView | undefined {
  const view = section({
    id: ctx.anchors.create(init.id),
    title: init.title,
    role: init.role,
    blocks: [init.intro ? prose(ctx.plan.inleidingen?.[init.intro]) : undefined, ...(init.blocks ?? [])],
    sections: init.sections ?? []
  })
  return hasContent(view) ? view : undefined
}

/**
 * The koers: one chapter per ambitie/visie/missie when there is one, else a chapter `Koers`
 * with each as a paragraph.
 *
 * @param ctx Context.
 * @returns The chapter.
 */
export function koersChapter(ctx: ChapterContext): SectionView | undefined {
  const koers = ctx.plan.koers ?? {}
  const parts = (['ambitie', 'visie', 'missie'] as const)
    .map((key) => ({ key, block: koers[key] }))
    .filter((p): p is { key: 'ambitie' | 'visie' | 'missie'; block: Tekstblok } => p.block !== undefined)
  const blocksOf = (block: Tekstblok): Array<Block | undefined> => [
    block.samenvatting ? { type: 'quote', text: block.samenvatting } : undefined,
    prose(block.tekst)
  ]
  const [only] = parts
  if (parts.length === 1 && only) {
    return chapter(ctx, { id: only.key, title: only.block.titel ?? ctx.labels[only.key], role: 'koers', blocks: blocksOf(only.block) })
  }
  return chapter(ctx, {
    id: 'koers',
    title: ctx.labels.koers,
    role: 'koers',
    sections: parts.map((p) =>
      section({ id: ctx.anchors.create(p.key), title: p.block.titel ?? ctx.labels[p.key], role: 'koers', blocks: blocksOf(p.block) })
    )
  })
}

/**
 * Opgaven or effecten: each item a paragraph.
 *
 * @param ctx Context.
 * @param key `opgaven` or `effecten`.
 * @returns The chapter.
 */
export function opgavenChapter(ctx: ChapterContext, key: 'opgaven' | 'effecten'): SectionView | undefined {
  const items: Opgave[] = ctx.plan[key] ?? []
  return chapter(ctx, {
    id: key,
    title: ctx.labels[key],
    role: 'opgaven',
    intro: key,
    sections: items.map((o) => section({ id: o.id, title: o.titel, role: 'opgave', blocks: [prose(o.tekst)] }))
  })
}

/**
 * The leidende principes, each with toelichting and voorbeelden.
 *
 * @param ctx Context.
 * @returns The chapter.
 */
export function principesChapter(ctx: ChapterContext): SectionView | undefined {
  return chapter(ctx, {
    id: 'principes',
    title: ctx.labels.principes,
    role: 'principes',
    intro: 'principes',
    sections: (ctx.plan.principes ?? []).map((p) =>
      section({
        id: p.id,
        title: p.titel,
        role: 'principe',
        blocks: [prose(p.toelichting)],
        sections: [
          p.voorbeelden?.length
            ? section({
                id: ctx.anchors.create(`${p.id}-voorbeelden`),
                title: ctx.labels.voorbeelden,
                role: 'part',
                unnumbered: true,
                blocks: [{ type: 'list', ordered: false, items: p.voorbeelden.map((markdown) => ({ markdown })) }]
              })
            : undefined
        ]
      })
    )
  })
}

/**
 * The finances: toelichting, tables with computed totals, taakstellingen.
 *
 * @param ctx Context.
 * @returns The chapter.
 */
export function financienChapter(ctx: ChapterContext): SectionView | undefined {
  return chapter(ctx, {
    id: 'financien',
    // A programma of a begroting asks its three questions; its money chapter is the third.
    title: ctx.plan.document.soort === 'begroting' ? ctx.labels.kosten : ctx.labels.financien,
    role: 'financien',
    intro: 'financien',
    blocks: financeBlocks(ctx.plan.financien, ctx.labels),
    sections: (ctx.plan.financien?.secties ?? []).map((s) => sectieSection(s, ctx.anchors))
  })
}

/**
 * Risico's as a table (empty columns left out).
 *
 * @param ctx Context.
 * @returns The chapter.
 */
export function risicosChapter(ctx: ChapterContext): SectionView | undefined {
  const risicos = ctx.plan.risicos ?? []
  const keys = (['risico', 'kans', 'impact', 'beheersmaatregel'] as const).filter(
    (k) => k === 'risico' || risicos.some((r) => r[k])
  )
  const columns: TableColumn[] = keys.map((k) => ({ key: k, label: ctx.labels.columns[k] ?? k, align: 'left' }))
  const id = ctx.anchors.create('risicos')
  const table: Block | undefined = risicos.length
    ? {
        type: 'table',
        id: `${id}-tabel`,
        caption: ctx.labels.risicos,
        columns,
        rows: risicos.map((r) => ({ kind: 'row', id: r.id, cells: keys.map((k) => inlineCell(r[k] ?? '')) })),
        notes: []
      }
    : undefined
  const view = section({ id, title: ctx.labels.risicos, role: 'risicos', blocks: [prose(ctx.plan.inleidingen?.risicos), table] })
  return hasContent(view) ? view : undefined
}

/**
 * Kansen as a list.
 *
 * @param ctx Context.
 * @returns The chapter.
 */
export function kansenChapter(ctx: ChapterContext): SectionView | undefined {
  return chapter(ctx, { id: 'kansen', title: ctx.labels.kansen, role: 'kansen', intro: 'kansen', blocks: [opgaveList(ctx.plan.kansen)] })
}

/**
 * The begrippenlijst.
 *
 * @param ctx Context.
 * @returns The chapter.
 */
export function begrippenChapter(ctx: ChapterContext): SectionView | undefined {
  const begrippen = ctx.plan.begrippen ?? []
  return chapter(ctx, {
    id: 'begrippen',
    title: ctx.labels.begrippen,
    role: 'begrippen',
    intro: 'begrippen',
    blocks: [
      begrippen.length
        ? {
            type: 'definitions',
            items: begrippen.map((b) => (b.id ? { id: b.id, term: b.term, definition: b.definitie } : { term: b.term, definition: b.definitie }))
          }
        : undefined
    ]
  })
}

/**
 * The inspraak: per indiener the reactie, beantwoording and aanpassing.
 *
 * @param ctx Context.
 * @returns The chapter.
 */
export function inspraakChapter(ctx: ChapterContext): SectionView | undefined {
  const c = ctx.labels.columns
  return chapter(ctx, {
    id: 'inspraak',
    title: ctx.labels.inspraak,
    role: 'inspraak',
    intro: 'inspraak',
    sections: (ctx.plan.inspraak ?? []).map((r) => {
      const part = (key: string, title: string, markdown: string | undefined): SectionView | undefined =>
        markdown?.trim()
          ? section({ id: ctx.anchors.create(`${r.id}-${key}`), title, role: 'part', unnumbered: true, blocks: [prose(markdown)] })
          : undefined
      return section({
        id: r.id,
        title: r.indiener,
        role: 'inspraakreactie',
        blocks: [
          r.aanpassing === undefined
            ? undefined
            : { type: 'meta', items: [{ label: c.aanpassing ?? 'Aanpassing', value: r.aanpassing ? 'Ja' : 'Nee' }] }
        ],
        sections: [
          part('reactie', c.reactie ?? 'Reactie', r.reactie),
          part('beantwoording', c.beantwoording ?? 'Beantwoording', r.beantwoording),
          part('aanpassing', c.aanpassing ?? 'Aanpassing', r.aanpassingTekst)
        ]
      })
    })
  })
}

/**
 * Free secties split in those that introduce the plan (inleiding, aanleiding, voorwoord,
 * samenvatting, leeswijzer) and the rest.
 *
 * @param ctx Context.
 * @returns Sections to put first and last.
 */
export function freeSections(ctx: ChapterContext): { first: SectionView[]; last: SectionView[]; byIndex: SectionView[] } {
  const intro = /^(inleiding|aanleiding|voorwoord|vooraf|samenvatting|leeswijzer|managementsamenvatting)\b/i
  const first: SectionView[] = []
  const last: SectionView[] = []
  const byIndex = (ctx.plan.secties ?? []).map((s) => sectieSection(s, ctx.anchors))
  byIndex.forEach((view, i) => (intro.test(ctx.plan.secties?.[i]?.titel ?? '') ? first : last).push(view))
  return { first, last, byIndex }
}

/**
 * The chapters every plan document is built from, by key (`koers`, `principes`, …) in their
 * canonical order: the koers, opgaven, effecten, principes and the given pijlers chapter, and —
 * for a full document — financiën, risico's, kansen, begrippen and inspraak.
 *
 * @param ctx Context.
 * @param pijlers The pijlers chapter (full or lean, built by the caller).
 * @param full Whether to add the chapters of a full plan.
 * @returns Chapters by key; empty ones are `undefined`.
 */
export function canonicalChapters(ctx: ChapterContext, pijlers: SectionView, full: boolean): Array<[string, SectionView | undefined]> {
  const chapters: Array<[string, SectionView | undefined]> = [
    ['koers', koersChapter(ctx)],
    ['opgaven', opgavenChapter(ctx, 'opgaven')],
    ['effecten', opgavenChapter(ctx, 'effecten')],
    ['principes', principesChapter(ctx)],
    ['pijlers', hasContent(pijlers) ? pijlers : undefined]
  ]
  if (!full) return chapters
  return [
    ...chapters,
    ['financien', financienChapter(ctx)],
    ['risicos', risicosChapter(ctx)],
    ['kansen', kansenChapter(ctx)],
    ['begrippen', begrippenChapter(ctx)],
    ['inspraak', inspraakChapter(ctx)]
  ]
}
