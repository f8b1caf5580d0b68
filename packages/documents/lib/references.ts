import { findWordReferences, normalizeTitle, titleWords, type Plan, type WordReference } from '@kapstok/core'
import type { Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { markdownSlots } from './markdown-slots.js'
import type { SectionView } from './types.js'

const parser = unified().use(remarkParse).use(remarkGfm)
const mentions = /bijlage\s+\d|hoofdstuk|paragraaf|§/i

/** Where references in words of a document lead: the numbered sections by source number and title. */
export interface ReferenceTargets {
  /** Bijlagen by their source number (`5a`). */
  bijlagen: Map<string, SectionView>
  /** Chapters and paragraphs of the main text by their source number (`3.2`); a number two sections share is left out. */
  sections: Map<string, SectionView>
  /** Chapters and paragraphs of the main text by normalised title; a title two sections share is left out. */
  titles: Map<string, SectionView>
}

/**
 * Make references in words survive renumbering. A document numbers its chapters and appendices
 * itself, so the source's `zie hoofdstuk 6`, `§ 3.2` or `bijlage 5a` would name another place.
 * Each reference the checker's recogniser (`findWordReferences`) finds whose target is in this
 * document becomes a link to it with the number the document gives it: `[hoofdstuk 4](#financien)`,
 * `[§ 2.3](#wonen)`, `[bijlage 2](#b5a)`. A reference by title (`het hoofdstuk ‘Financiën’`,
 * `de paragraaf Wonen`) gains the number: `[hoofdstuk 4 ‘Financiën’](#financien)`.
 *
 * Source numbers are the numbers in the source's headings (`Sectie.nummer`,
 * `hoofdstuknummers`, a pijler's or opgave's `nummer` when it is a paragraph number like `6.6`); in a plan whose chapter headings carry none, a chapter's number is its
 * position in the source. A reference whose target is not in the document (the raadsvoorstel
 * leaves most chapters out), has no number here or is ambiguous keeps its text without a link;
 * the checker reports one that names nothing. References to chapters and paragraphs inside
 * appendices and the inspraak are left alone: they point into the documents those came from.
 * References inside links, code and headings are not touched.
 *
 * @param sections The numbered document (changed in place).
 * @param plan The model (bijlagen with their source numbers).
 */
export function resolveReferences(sections: SectionView[], plan: Plan): void {
  const targets = referenceTargets(sections, plan)
  const titles = new Set(targets.titles.keys())
  for (const top of sections) {
    const ownText = !top.appendix && top.role !== 'inspraak'
    for (const slot of markdownSlots([top])) {
      const text = slot.get()
      if (!mentions.test(text)) continue
      const edits = referenceEdits(text, (ref) => (ref.kind === 'bijlage' ? bijlageLink(ref, targets) : ownText ? sectionLink(ref, targets, titles) : undefined))
      if (edits.length === 0) continue
      let out = text
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
      slot.set(out)
    }
  }
}

/**
 * The targets of references in a numbered document.
 *
 * @param sections The numbered document.
 * @param plan The model.
 * @returns Bijlagen, sections and titles.
 */
export function referenceTargets(sections: SectionView[], plan: Plan): ReferenceTargets {
  const bijlageViews = new Map<string, SectionView>()
  const bySource = new Map<string, SectionView | null>()
  const byTitle = new Map<string, SectionView | null>()
  const add = <K>(map: Map<K, SectionView | null>, key: K, view: SectionView): void => {
    map.set(key, map.has(key) && map.get(key) !== view ? null : view)
  }
  // A pijler or opgave numbered like a paragraph in the source (`## 6.6 Strategisch partnerschap`) is that paragraph.
  const itemNumbers = new Map<string, string>()
  for (const item of [...(plan.pijlers ?? []), ...(plan.opgaven ?? [])]) if (item.nummer && /^\d+(?:\.\d+)+$/.test(item.nummer)) itemNumbers.set(item.id, item.nummer)
  const walk = (list: SectionView[]): void => {
    for (const s of list) {
      if (s.role === 'bijlage') bijlageViews.set(s.id, s)
      if (!s.appendix && s.role !== 'inspraak' && s.number) {
        const source = s.sourceNumber ?? itemNumbers.get(s.id)
        if (source) add(bySource, source, s)
        if (s.title.trim()) add(byTitle, normalizeTitle(s.title), s)
      }
      if (s.role !== 'inspraak') walk(s.sections)
    }
  }
  walk(sections)
  const bijlagen = new Map<string, SectionView>()
  for (const b of plan.bijlagen ?? []) {
    const view = bijlageViews.get(b.id)
    if (b.nummer && view?.number) bijlagen.set(b.nummer.toLowerCase(), view)
  }
  const unique = (map: Map<string, SectionView | null>): Map<string, SectionView> =>
    new Map([...map].filter((entry): entry is [string, SectionView] => entry[1] !== null))
  return { bijlagen, sections: unique(bySource), titles: unique(byTitle) }
}

function bijlageLink(ref: WordReference, targets: ReferenceTargets): Edit | undefined {
  const target = ref.number && !ref.list ? targets.bijlagen.get(ref.number) : undefined
  if (!target) return undefined
  const word = ref.text.slice(0, ref.text.length - (ref.number ?? '').length).trimEnd()
  return { start: 0, end: ref.text.length, text: `[${word} ${target.number}](#${target.id})` }
}

function sectionLink(ref: WordReference, targets: ReferenceTargets, titles: ReadonlySet<string>): Edit | undefined {
  if (ref.kind !== 'hoofdstuk' && ref.kind !== 'paragraaf') return undefined
  if (ref.number !== undefined) {
    const target = ref.list ? undefined : targets.sections.get(ref.number)
    if (!target?.number) return undefined
    const word = ref.text.slice(0, ref.text.length - ref.number.length).trimEnd()
    return { start: 0, end: ref.text.length, text: `[${word} ${target.number}](#${target.id})` }
  }
  const written = ref.quoted ? ref.title : titleWords(ref.title ?? '', titles)
  const target = written ? targets.titles.get(normalizeTitle(written)) : undefined
  if (!written || !target?.number) return undefined
  // "hoofdstuk ‘Wonen’" → "hoofdstuk 4 ‘Wonen’"; an unquoted title ends where the matched words end.
  // The word stays as written (its article goes with it), even when the document makes a paragraph a chapter.
  const word = /^\S+/u.exec(ref.text)?.[0] ?? ref.kind
  const rest = ref.quoted ? ref.text.slice(ref.text.search(/\s/)).trimStart() : written
  const end = ref.quoted ? ref.text.length : ref.text.indexOf(written) + written.length
  return { start: 0, end, text: `[${word} ${target.number} ${rest}](#${target.id})` }
}

/** A replacement of part of a Markdown text (offsets relative to a reference until placed). */
interface Edit {
  start: number
  end: number
  text: string
}

function referenceEdits(text: string, link: (ref: WordReference) => Edit | undefined): Edit[] {
  const edits: Edit[] = []
  visit(parser.parse(text) as Root, (node) => {
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode' || node.type === 'code' || node.type === 'heading') return SKIP
    if (node.type !== 'text' || node.position?.start.offset === undefined) return undefined
    const base = node.position.start.offset
    // Only text nodes whose source is their value (no escapes or entities) can be edited by offset.
    if (text.slice(base, node.position.end.offset) !== node.value) return undefined
    for (const ref of findWordReferences(node.value)) {
      const edit = link(ref)
      if (edit) edits.push({ start: base + ref.index + edit.start, end: base + ref.index + edit.end, text: edit.text })
    }
    return undefined
  })
  return edits
}
