import type { Plan } from '@kapstok/core'
import { dateText } from './format.js'
import type { Labels } from './labels.js'
import type { DocumentKind, DocumentMeta, MetaItem } from './types.js'

/**
 * Title-page data of a document.
 *
 * @param plan The model.
 * @param kind The document kind.
 * @param labels Labels.
 * @returns The meta data, with `items` ready to print.
 */
export function buildMeta(plan: Plan, kind: DocumentKind, labels: Labels): DocumentMeta {
  const d = plan.document
  const meta: DocumentMeta = {
    gemeente: d.gemeente,
    titel: d.titel,
    soort: d.soort,
    soortLabel: labels.soort[d.soort],
    documentLabel: kind === 'programmaplan' ? labels.soort[d.soort] : labels.soort[kind],
    status: d.status,
    statusLabel: d.statusToelichting ?? labels.status[d.status],
    concept: d.status === 'concept',
    conceptLabel: labels.concept,
    lang: 'nl',
    items: []
  }
  if (d.ondertitel) meta.ondertitel = d.ondertitel
  if (d.periode) meta.periode = { ...d.periode, tekst: `${d.periode.start}-${d.periode.eind}` }
  if (d.versie) meta.versie = d.versie
  if (d.datum) {
    meta.datum = d.datum
    meta.datumTekst = dateText(d.datum) ?? d.datum
  }
  if (d.eigenaar) meta.eigenaar = d.eigenaar
  if (d.portefeuillehouder) meta.portefeuillehouder = d.portefeuillehouder
  if (d.contact) meta.contact = d.contact

  const items: MetaItem[] = []
  const add = (key: string, value: string | undefined): void => {
    if (value) items.push({ label: labels.meta[key] ?? key, value })
  }
  add('gemeente', d.gemeente)
  add('soort', meta.documentLabel)
  add('periode', meta.periode?.tekst)
  add('status', meta.statusLabel)
  add('versie', meta.versie)
  add('datum', meta.datumTekst)
  add('eigenaar', meta.eigenaar)
  add('portefeuillehouder', meta.portefeuillehouder)
  add('contact', meta.contact)
  meta.items = items
  return meta
}

/**
 * The publication metadata (Gemeenteblad) as label/value rows.
 *
 * @param plan The model.
 * @param labels Labels.
 * @returns Rows in the order of the Gemeenteblad; empty without `publicatie`.
 */
export function publicationItems(plan: Plan, labels: Labels): MetaItem[] {
  const p = plan.document.publicatie
  if (!p) return []
  const rows: Array<[string, string | undefined]> = [
    ['organisatie', p.organisatie],
    ['organisatietype', p.organisatietype],
    ['officieleNaam', p.officieleNaam],
    ['citeertitel', p.citeertitel],
    ['vastgesteldDoor', p.vastgesteldDoor],
    ['onderwerp', p.onderwerp],
    ['eigenOnderwerp', p.eigenOnderwerp],
    ['opmerkingen', p.opmerkingen],
    ['grondslagen', p.grondslagen?.join('; ')],
    ['inwerkingtreding', dateText(p.inwerkingtreding)],
    ['terugwerkendeKracht', p.terugwerkendeKracht],
    ['uitwerkingtreding', dateText(p.uitwerkingtreding)],
    ['betreft', p.betreft],
    ['ondertekening', dateText(p.ondertekening)],
    ['bronBekendmaking', p.bronBekendmaking],
    ['kenmerkVoorstel', p.kenmerkVoorstel]
  ]
  return rows
    .filter((row): row is [string, string] => Boolean(row[1]))
    .map(([key, value]) => ({ label: labels.meta[key] ?? key, value }))
}
