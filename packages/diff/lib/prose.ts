import type { Opgave, Plan, Sectie } from '@kapstok/core'
import type { ProseChange } from './types.js'
import { renvooi } from './words.js'

/** A piece of running text of a plan, with a key that stays the same across versions. */
export interface ProseEntry {
  /** Stable key, e.g. `principes/p2/toelichting` or `secties/Inleiding/Aanleiding`. */
  key: string
  /** The section as the reader knows it. */
  section: string
  /** The Markdown. */
  text: string
}

/**
 * Compare the running text of two versions, section by section, as word-level renvooi.
 * Texts are paired by key: the model id where there is one, else the chain of headings.
 *
 * @param oldPlan The old version.
 * @param newPlan The new version.
 * @returns One change per text that was added, removed or edited, in the new version's order.
 */
export function compareProse(oldPlan: Plan, newPlan: Plan): ProseChange[] {
  const olds = new Map(proseEntries(oldPlan).map((e) => [e.key, e]))
  const news = proseEntries(newPlan)
  const out: ProseChange[] = []
  for (const entry of news) {
    const before = olds.get(entry.key)
    olds.delete(entry.key)
    if (!before) out.push({ key: entry.key, section: entry.section, kind: 'added', parts: [{ text: entry.text, change: 'added' }] })
    else if (normal(before.text) !== normal(entry.text)) {
      out.push({ key: entry.key, section: entry.section, kind: 'changed', parts: renvooi(before.text, entry.text) })
    }
  }
  for (const entry of olds.values()) out.push({ key: entry.key, section: entry.section, kind: 'removed', parts: [{ text: entry.text, change: 'removed' }] })
  return out
}

/**
 * Every piece of running text of a plan: koers, introductions, opgaven, principes, pijlers
 * (with their sections, doelen, kaders, inspanningen), free sections, finances, kansen,
 * bijlagen and inspraak. Agenda cells and amounts are compared on their own.
 *
 * @param plan The plan.
 * @returns The texts, in document order.
 */
export function proseEntries(plan: Plan): ProseEntry[] {
  const out: ProseEntry[] = []
  const add = (key: string, section: string, text: string | undefined) => {
    if (text?.trim()) out.push({ key, section, text })
  }
  for (const [name, block] of Object.entries(plan.koers ?? {})) {
    add(`koers/${name}`, block.titel ?? capital(name), [block.samenvatting, block.tekst].filter(Boolean).join('\n\n'))
  }
  for (const [name, text] of Object.entries(plan.inleidingen ?? {})) add(`inleidingen/${name}`, `Inleiding ${name}`, text)
  const items = (list: string, opgaven: Opgave[] | undefined) => opgaven?.forEach((o) => add(`${list}/${o.id}`, o.titel, o.tekst))
  items('opgaven', plan.opgaven)
  items('effecten', plan.effecten)
  for (const p of plan.principes ?? []) {
    add(`principes/${p.id}`, p.titel, [p.toelichting, ...(p.voorbeelden ?? []).map((v) => `- ${v}`)].filter(Boolean).join('\n\n'))
  }
  for (const p of plan.pijlers ?? []) {
    const key = `pijlers/${p.id}`
    add(`${key}/intro`, p.titel, [p.hoofddoel, p.intro].filter(Boolean).join('\n\n'))
    sections(`${key}/secties`, p.titel, p.secties, add)
    for (const d of p.doelen ?? []) add(`${key}/doelen/${d.id}`, `${p.titel} › ${d.titel}`, d.tekst)
    items(`${key}/kaders`, p.kaders)
    items(`${key}/inspanningen`, p.inspanningen)
    add(`${key}/financieleVertaling`, `${p.titel} › financiële vertaling`, p.financieleVertaling)
  }
  sections('secties', '', plan.secties, add)
  add('financien/toelichting', 'Financiën', plan.financien?.toelichting)
  for (const t of plan.financien?.tabellen ?? []) add(`financien/${t.id}`, t.titel, t.toelichting)
  sections('financien/secties', 'Financiën', plan.financien?.secties, add)
  items('kansen', plan.kansen)
  for (const b of plan.bijlagen ?? []) add(`bijlagen/${b.id}`, b.titel, b.tekst)
  for (const r of plan.inspraak ?? []) add(`inspraak/${r.id}`, `Inspraak: ${r.indiener}`, [r.reactie, r.beantwoording, r.aanpassingTekst].filter(Boolean).join('\n\n'))
  return out
}

// Free sections by the chain of their headings: their ids are mostly generated and shift.
function sections(prefix: string, parent: string, list: Sectie[] | undefined, add: (key: string, section: string, text: string | undefined) => void): void {
  for (const s of list ?? []) {
    const key = `${prefix}/${s.titel}`
    const section = parent ? `${parent} › ${s.titel}` : s.titel
    add(key, section, s.tekst)
    sections(key, section, s.secties, add)
  }
}

function normal(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
