/**
 * How many sub-headings each numbered chapter has in the Markdown sources (`# 5. Aanpak` with
 * four `##` headings: 5 → 4). A chapter whose sub-headings carry no numbers is numbered by
 * their order at most, so a paragraph number beyond that count has no target.
 */
import type { PlanFile } from '@kapstok/core'

/**
 * Sub-heading counts per chapter number, over the sources in order (a file that starts with a
 * sub-heading continues the chapter of the file before).
 *
 * @param file The plan file.
 * @returns Chapter number → number of headings one level below it.
 */
export function chapterParagraphs(file: PlanFile): Map<string, number> {
  const counts = new Map<string, number>()
  let chapter: string | undefined
  for (const source of file.sources) {
    if (!/\.(?:md|markdown)$/i.test(source.path)) continue
    for (const m of String(source.value ?? '').matchAll(/^(#{1,6})[ \t]+(.*)$/gm)) {
      const level = (m[1] ?? '').length
      if (level === 1) {
        chapter = /^(?:hoofdstuk\s+)?(\d+)\.?(?=[\s:]|$)/iu.exec(m[2] ?? '')?.[1]
        if (chapter) counts.set(chapter, counts.get(chapter) ?? 0)
      } else if (level === 2 && chapter) counts.set(chapter, (counts.get(chapter) ?? 0) + 1)
    }
  }
  return counts
}

/**
 * Why `c.p` has no target in a chapter with unnumbered sub-headings: `p` beyond their count.
 *
 * @param number The paragraph number as written (`5.7`).
 * @param counts The sub-heading counts of `chapterParagraphs`.
 * @param numbers The chapter and paragraph numbers the headings carry.
 * @returns The reason, or `undefined` when the paragraph may exist.
 */
export function beyondParagraphs(number: string, counts: Map<string, number>, numbers: Set<string>): string | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(number)
  if (!m) return undefined
  const [, chapter = '', paragraph = ''] = m
  const count = counts.get(chapter)
  // A written number beyond the count (`2.1`, `2.5` and one more) shows the order is not the numbering.
  const written = [...numbers].filter((n) => n.startsWith(`${chapter}.`)).map((n) => Number(n.split('.')[1]))
  if (count === undefined || count === 0 || Number(paragraph) <= count || written.some((n) => n > count)) return undefined
  return `hoofdstuk ${chapter} heeft \`${count}\` paragrafen; verwijs naar een kop die bestaat`
}
