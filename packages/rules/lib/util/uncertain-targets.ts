import { collectTexts, normalizeTitle, type Plan, type PlanFile } from '@kapstok/core'
import type { Targets } from './targets.js'

// "zie bijlage 3", "(bijlage 3)", "in bijlage 3 staat", "opgenomen als bijlage 3", "naar bijlage 3",
// "uit bijlage 3": the plan points at an appendix of its own (one of another paper is told by
// what follows: "bij dit raadsvoorstel").
const ownAnnexBefore = /(?:\bzie(?:\s+ook)?|\bin|\bvolgens|\bals|\bnaar|\buit|\bonder|\()\s*$/iu
// "Bijlage 3 bevat …", "Bijlage 3 geeft per wijk …": an appendix that opens a sentence as the subject of
// a verb of showing points into the plan as well ("Bijlage 3 bij de verordening …" names another paper).
const sentenceStart = /(?:^|[.!?:]\s+|\n\s*(?:[-*+]\s+)?)$/u
const showsAfter = /^\s+(?:geeft|bevat|toont|beschrijft|laat|noemt|somt|vat|biedt|schetst|bevatten|geven|tonen)\b/iu
// "bijlage 3 (apart bijgevoegd)", "bijlage 3, een separaat stuk": the appendix travels on its own.
const separateAfter = /^[\s,(]*(?:\p{L}+\s+){0,3}(?:apart|afzonderlijk|separaat|los)/iu

/** Whether the text right after a bijlage reference says it travels on its own (`bijlage 3 (apart bijgevoegd)`). */
export const travelsApart = (text: string, end: number): boolean => separateAfter.test(text.slice(end, end + 40))

/**
 * Why `bijlage number` has no target in a plan without any bijlage, or `undefined` when the
 * plan may have it. Only a reference that clearly points into the plan (`zie bijlage 3`,
 * `(bijlage 3)`, `in bijlage 3`) counts; an uitvoeringsagenda may become the first appendix.
 * The plan does not prove the appendix is missing (it may be sent along), hence a warning.
 *
 * @param number The bijlage number as written.
 * @param text The text the reference is in.
 * @param end Offset just after the reference.
 * @param targets The plan's numbered places.
 * @param plan The model.
 * @returns The reason, or `undefined`.
 */
export function missingAnnex(number: string, text: string, end: number, targets: Targets, plan: Plan): string | undefined {
  if (targets.annexes.size > 0 || (plan.bijlagen?.length ?? 0) > 0 || plan.volgorde?.includes('bijlagen')) return undefined
  const start = end - `bijlage ${number}`.length - 1
  const before = text.slice(Math.max(0, start - 12), start + 1)
  const subject = sentenceStart.test(before) && showsAfter.test(text.slice(end, end + 20))
  if (!(ownAnnexBefore.test(before) || subject) || travelsApart(text, end)) return undefined
  // The agenda may be sent as the first appendix: `bijlage 1` names it when its sentence is about
  // what an agenda holds (`De acties staan in bijlage 1`), not about other content (`De opslagen …`).
  if ((plan.acties?.length ?? 0) > 0 && number === '1' && agendaWords.test(sentenceAround(text, start, end))) return undefined
  return 'het plan heeft geen bijlagen; voeg de bijlage toe of verwijs naar het stuk zelf'
}

// Words for what an uitvoeringsagenda holds.
const agendaWords = /\b(?:\p{L}*agenda|planning|acties?|activiteiten|maatregelen|uitvoering\p{L}*|projecten|tijdpad|mijlpalen)\b/iu

// The sentence a reference stands in.
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1
  const stops = ['. ', '\n'].map((stop) => text.indexOf(stop, end)).filter((at) => at >= 0)
  return text.slice(from, stops.length > 0 ? Math.min(...stops) : text.length)
}

/**
 * The titles of all headings of the plan, normalised: the sources' headings without their
 * numbers and attributes, and the titles in the model (for a plan read from JSON or YAML).
 *
 * @param file The plan file.
 * @param plan The model.
 * @returns Normalised titles.
 */
export function headingTitles(file: PlanFile, plan: Plan): Set<string> {
  const titles = new Set<string>()
  for (const source of file.sources) {
    for (const m of String(source.value ?? '').matchAll(/^#{1,6}[ \t]+(.*)$/gm)) {
      const title = (m[1] ?? '')
        .replace(/\s*\{[^{}]*\}\s*$/, '')
        .replace(/^(?:(?:hoofdstuk|paragraaf|bijlage|thema)\s+)?\d+(?:\.\d+)*[a-z]?\.?\s*[:.–-]?\s*/iu, '')
      titles.add(normalizeTitle(title))
    }
  }
  for (const { pointer, text } of collectTexts(plan)) if (/\/(?:titel|korteTitel)$/.test(pointer)) titles.add(normalizeTitle(text))
  return titles
}

/**
 * Why a quoted title (`het hoofdstuk ‘Wonen’`) names no heading, or `undefined` when a heading
 * has that title, starts with it or holds it as whole words (a shortened title).
 *
 * @param title The title as written.
 * @param titles Normalised heading titles (`headingTitles`).
 * @returns The reason, or `undefined`.
 */
export function titleMissing(title: string, titles: ReadonlySet<string>): string | undefined {
  const wanted = normalizeTitle(title)
  if (!wanted) return undefined
  for (const t of titles) if (t === wanted || ` ${t} `.includes(` ${wanted} `)) return undefined
  return `geen kop heet \`${title}\`; noem de titel zoals die boven het hoofdstuk staat`
}
