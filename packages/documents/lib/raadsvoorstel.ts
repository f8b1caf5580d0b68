import type { Plan } from '@kapstok/core'
import { groupAgenda } from './agenda.js'
import type { Anchors } from './anchors.js'
import { buildBesluit } from './besluit.js'
import type { ChapterContext } from './chapters.js'
import { computeTotals, taakstellingSums } from './finance.js'
import { capitalize, dateText, euro } from './format.js'
import type { Labels } from './labels.js'
import type { DocumentParts } from './programmaplan.js'
import { prose, section } from './section.js'
import type { Block, ListItem, MetaItem, SectionView } from './types.js'

/** The parts of a raadsvoorstel, in the default order. */
export const raadsvoorstelParts = [
  'kopgegevens',
  'samenvatting',
  'beslispunten',
  'inleiding',
  'beoogdEffect',
  'argumenten',
  'kanttekeningen',
  'financien',
  'communicatie',
  'vervolg',
  'bijlagen',
  'ondertekening',
  'besluit'
] as const

/** One part of a raadsvoorstel. */
export type RaadsvoorstelPart = (typeof raadsvoorstelParts)[number]

/**
 * The raadsvoorstel: kopgegevens, beslispunten, the texts of `plan.raadsvoorstel`, derived
 * financiën, planning and bijlagen, the college's signature and the ontwerp-raadsbesluit.
 * Empty parts are left out.
 *
 * @param ctx Context.
 * @param order Parts in the order of the gemeente's template (default: `raadsvoorstelParts`).
 * @returns The parts as unnumbered chapters.
 */
export function raadsvoorstelDocumentParts(ctx: ChapterContext, order: readonly RaadsvoorstelPart[] = raadsvoorstelParts): DocumentParts {
  const { plan, labels, anchors } = ctx
  const rv = plan.raadsvoorstel ?? {}
  const t = labels.raadsvoorstel
  const part = (key: RaadsvoorstelPart, blocks: Array<Block | undefined>, title = t[key] ?? key): SectionView | undefined => {
    const present = blocks.filter((b): b is Block => b !== undefined)
    return present.length ? section({ id: anchors.create(key), title, role: 'raadsvoorstel', blocks: present }) : undefined
  }
  const builders: Record<RaadsvoorstelPart, () => SectionView | undefined> = {
    kopgegevens: () => part('kopgegevens', [{ type: 'meta', items: kopgegevens(plan, labels) }]),
    samenvatting: () => part('samenvatting', [prose(rv.samenvatting)]),
    beslispunten: () =>
      part('beslispunten', [{ type: 'list', ordered: true, items: beslispunten(plan, labels).map((title) => ({ title })) }]),
    inleiding: () => part('inleiding', [prose(rv.inleiding)]),
    beoogdEffect: () =>
      part('beoogdEffect', [
        prose(rv.beoogdEffect) ?? (plan.koers?.ambitie?.samenvatting ? { type: 'text', text: plan.koers.ambitie.samenvatting } : undefined)
      ]),
    argumenten: () => part('argumenten', [prose(rv.argumenten)]),
    kanttekeningen: () => part('kanttekeningen', [prose(rv.kanttekeningen) ?? risicoList(plan)]),
    financien: () => part('financien', [prose(rv.financien), financeSummary(plan)]),
    communicatie: () => part('communicatie', [prose(rv.communicatie)]),
    vervolg: () => part('vervolg', [prose(rv.vervolg), planning(plan, labels, anchors)]),
    bijlagen: () => part('bijlagen', [{ type: 'list', ordered: true, items: bijlagen(plan, labels) }]),
    ondertekening: () =>
      part('ondertekening', [
        {
          type: 'signatures',
          intro: `Burgemeester en wethouders van ${plan.document.gemeente},`,
          items: [
            { rol: t.secretaris ?? 'De secretaris', naam: rv.secretaris ?? '' },
            { rol: t.burgemeester ?? 'De burgemeester', naam: rv.burgemeester ?? '' }
          ]
        }
      ]),
    besluit: () =>
      part('besluit', [buildBesluit(plan, labels)], plan.document.status === 'vastgesteld' ? labels.raadsbesluit : labels.ontwerpRaadsbesluit)
  }
  const chapters = order.map((key) => builders[key]()).filter((s): s is SectionView => s !== undefined)
  return { chapters, appendices: [] }
}

/**
 * The beslispunten: `plan.raadsvoorstel.beslispunten`, else the besluit's dicta, else
 * `Het <soort> <titel> vast te stellen.`
 *
 * @param plan The model.
 * @param labels Labels.
 * @returns The points, capitalised.
 */
export function beslispunten(plan: Plan, labels: Labels): string[] {
  const soort = `${labels.lidwoord[plan.document.soort]} ${labels.soort[plan.document.soort].toLowerCase()}`
  const points = plan.raadsvoorstel?.beslispunten?.length
    ? plan.raadsvoorstel.beslispunten
    : plan.besluit?.besluitpunten?.length
      ? plan.besluit.besluitpunten
      : [`${soort} ${plan.document.titel} vast te stellen.`]
  return points.map((p) => capitalize(p.trim().replace(/^\d+[.)]\s+/, '')))
}

function kopgegevens(plan: Plan, labels: Labels): MetaItem[] {
  const rv = plan.raadsvoorstel ?? {}
  const d = plan.document
  const rows: Array<[string, string | undefined]> = [
    ['onderwerp', rv.onderwerp ?? d.titel],
    ['registratienummer', rv.registratienummer],
    ['datumCollege', dateText(rv.datumCollege)],
    ['portefeuillehouder', rv.portefeuillehouder ?? d.portefeuillehouder],
    ['commissie', rv.commissie],
    ['periode', d.periode ? `${d.periode.start}-${d.periode.eind}` : undefined]
  ]
  return rows.filter((r): r is [string, string] => Boolean(r[1])).map(([k, value]) => ({ label: labels.meta[k] ?? k, value }))
}

function risicoList(plan: Plan): Block | undefined {
  const risicos = plan.risicos ?? []
  if (risicos.length === 0) return undefined
  return {
    type: 'list',
    ordered: false,
    items: risicos.map((r) => {
      const item: ListItem = { id: `${r.id}-kanttekening`, title: r.risico }
      if (r.beheersmaatregel) item.text = `Beheersmaatregel: ${r.beheersmaatregel}`
      return item
    })
  }
}

// The computed totals of each finance table and taakstelling, one row each.
function financeSummary(plan: Plan): Block | undefined {
  const items: MetaItem[] = []
  for (const tabel of plan.financien?.tabellen ?? []) {
    const last = computeTotals(tabel).at(-1)
    if (!last) continue
    const value = last.shown
      .map((cents, i) => (tabel.kolommen.length > 1 ? `${tabel.kolommen[i] ?? ''}: ${euro(cents)}` : euro(cents)))
      .filter((v) => v.trim() && !v.endsWith(': '))
      .join('; ')
    items.push({ label: `${tabel.titel} (${last.label.toLowerCase()})`, value })
  }
  for (const taakstelling of plan.financien?.taakstellingen ?? []) {
    items.push({ label: taakstelling.titel, value: euro(taakstellingSums(taakstelling).bedrag) })
  }
  return items.length ? { type: 'meta', items } : undefined
}

function planning(plan: Plan, labels: Labels, anchors: Anchors): Block | undefined {
  const acties = plan.acties ?? []
  if (acties.length === 0) return undefined
  const groups = groupAgenda(plan, anchors)
  const [singular, plural] = labels.actie
  const periode = plan.document.periode ? ` voor de periode ${plan.document.periode.start}-${plan.document.periode.eind}` : ''
  const count = `${acties.length} ${acties.length === 1 ? singular : plural}`
  const pijlers = groups.filter((g) => g.pijler).length
  return {
    type: 'text',
    text: `De uitvoeringsagenda${periode} telt ${count}${pijlers > 1 ? `, verdeeld over ${pijlers} ${labels.pijler[groups[0]?.pijler?.label ?? 'thema'][1].toLowerCase()}` : ''}.`
  }
}

function bijlagen(plan: Plan, labels: Labels): ListItem[] {
  const d = plan.document
  const items: ListItem[] = [{ title: `${labels.soort[d.soort]} ${d.titel}` }]
  for (const b of plan.bijlagen ?? []) items.push(b.extern ? { title: b.titel, text: b.extern } : { title: b.titel })
  items.push({ title: d.status === 'vastgesteld' ? labels.raadsbesluit : labels.ontwerpRaadsbesluit })
  return items
}
