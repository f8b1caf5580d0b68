import type { SectionView } from './types.js'

/**
 * Chapters in the order the source had them (`plan.volgorde`); chapters the order does not
 * name follow in the canonical order, so nothing is ever dropped.
 *
 * @param volgorde Keys such as `secties/0`, `koers/ambitie`, `principes`.
 * @param canonical Chapters by key, in canonical order.
 * @param secties Free chapters by their index in `plan.secties`.
 * @returns Chapters in order.
 */
export function inSourceOrder(volgorde: string[], canonical: Array<[string, SectionView | undefined]>, secties: SectionView[]): SectionView[] {
  const byKey = new Map(canonical)
  const placed = new Set<string>()
  const out: SectionView[] = []
  const place = (key: string, view: SectionView | undefined): void => {
    if (placed.has(key)) return
    placed.add(key)
    if (view) out.push(view)
  }
  for (const entry of volgorde) {
    const sectie = /^secties\/(\d+)$/.exec(entry)
    if (sectie) place(entry, secties[Number(sectie[1])])
    else {
      const key = entry.startsWith('koers/') ? 'koers' : entry
      if (byKey.has(key)) place(key, byKey.get(key))
    }
  }
  for (const [key, view] of canonical) place(key, view)
  secties.forEach((view, index) => place(`secties/${index}`, view))
  return out
}

/**
 * Chapters in source order when the plan has one, else free chapters that open a document
 * (inleiding, samenvatting, …) first, then the canonical chapters, then the other free ones.
 *
 * @param volgorde The plan's `volgorde` (optional).
 * @param canonical Chapters by key, in canonical order.
 * @param free Free chapters: opening ones, the rest, and all by index.
 * @returns Chapters in order.
 */
export function orderChapters(
  volgorde: string[] | undefined,
  canonical: Array<[string, SectionView | undefined]>,
  free: { first: SectionView[]; last: SectionView[]; byIndex: SectionView[] }
): SectionView[] {
  if (volgorde?.length) return inSourceOrder(volgorde, canonical, free.byIndex)
  return [...free.first, ...canonical.map(([, view]) => view), ...free.last].filter((s): s is SectionView => s !== undefined)
}
