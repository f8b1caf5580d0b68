import type { SectionView } from './types.js'

/**
 * Chapters in the order the source had them (`plan.volgorde`); chapters the order does not
 * name follow in the canonical order, so nothing is ever dropped.
 *
 * @param volgorde Keys such as `secties/0`, `koers/ambitie`, `principes`.
 * @param canonical Chapters by key, in canonical order.
 * @param secties Free chapters by their index in `plan.secties`.
 * @param numbers The source's numbers of chapters with a role, by the same keys (`hoofdstuknummers`); chapters get them as `sourceNumber`.
 * @returns Chapters in order.
 */
export function inSourceOrder(
  volgorde: string[],
  canonical: Array<[string, SectionView | undefined]>,
  secties: SectionView[],
  numbers: Record<string, string | undefined> = {}
): SectionView[] {
  const byKey = new Map(canonical)
  const placed = new Set<string>()
  const out: SectionView[] = []
  const place = (key: string, view: SectionView | undefined, number: string | undefined): void => {
    if (placed.has(key)) return
    placed.add(key)
    if (view && number && !view.sourceNumber) view.sourceNumber = number
    if (view) out.push(view)
  }
  // Without a number on any chapter heading, a chapter's source number is its position ("hoofdstuk 3" = the third).
  const titled = volgorde.filter((entry) => !/^secties\/\d+$/.test(entry) || secties[Number(entry.slice(8))]?.title.trim())
  const positional = Object.keys(numbers).length === 0 && titled.every((entry) => !/^secties\//.test(entry) || !secties[Number(entry.slice(8))]?.sourceNumber)
  for (const entry of volgorde) {
    const number = positional ? (titled.includes(entry) ? String(titled.indexOf(entry) + 1) : undefined) : numbers[entry]
    const sectie = /^secties\/(\d+)$/.exec(entry)
    if (sectie) place(entry, secties[Number(sectie[1])], number)
    else {
      const key = entry.startsWith('koers/') ? 'koers' : entry
      if (byKey.has(key)) place(key, byKey.get(key), number)
    }
  }
  for (const [key, view] of canonical) place(key, view, undefined)
  secties.forEach((view, index) => place(`secties/${index}`, view, undefined))
  return out
}

/**
 * Chapters in source order when the plan has one, else free chapters that open a document
 * (inleiding, samenvatting, …) first, then the canonical chapters, then the other free ones.
 *
 * @param volgorde The plan's `volgorde` (optional).
 * @param canonical Chapters by key, in canonical order.
 * @param free Free chapters: opening ones, the rest, and all by index.
 * @param numbers Source numbers of chapters with a role (`hoofdstuknummers`, optional).
 * @returns Chapters in order.
 */
export function orderChapters(
  volgorde: string[] | undefined,
  canonical: Array<[string, SectionView | undefined]>,
  free: { first: SectionView[]; last: SectionView[]; byIndex: SectionView[] },
  numbers?: Record<string, string | undefined>
): SectionView[] {
  if (volgorde?.length) return inSourceOrder(volgorde, canonical, free.byIndex, numbers)
  return [...free.first, ...canonical.map(([, view]) => view), ...free.last].filter((s): s is SectionView => s !== undefined)
}
