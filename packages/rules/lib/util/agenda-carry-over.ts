/**
 * Agenda rows that may lie partly outside the plan period on purpose: an activity that already
 * runs when the plan starts ("loopt sinds 2023", status `lopend`, "Voortzetten …"), and an
 * evaluation or account that follows just after the period. Used by `agenda-date-outside-period`.
 */
import type { Actie, Plan } from '@kapstok/core'
import { proseTexts } from './text.js'

// Words in a start cell or its header saying an activity already runs: "sinds 2023", "reeds
// gestart", "lopend", "loopt al".
const running = /\b(?:sinds|reeds|lopend|loopt|liep|gestart|begonnen|al\s{1,3}bezig)\b/iu
// An activity named as a continuation: "Voortzetten buurtsportcoaches", "Continuering van …".
const continued = /^\s*(?:voortzett\p{L}*|voortzetten|voortgezet|continu(?:eren|ering)|doorzetten|verlengen|verlenging)\b/iu

// An evaluation, account or final report: it follows the period by nature.
const followUp = /\b(?:\p{L}*evaluat\p{L}*|verantwoording|eindrapport\p{L}*|eindmeting|terugblik|slotrapport\p{L}*|effectmeting)\b/iu

// Prose saying an evaluation comes after the period: "na afloop van het programma volgt een evaluatie".
const followUpAfter = /\bna\s{1,3}(?:afloop|het\s{1,3}einde|de\s{1,3}looptijd|de\s{1,3}planperiode|het\s{1,3}laatste\s{1,3}jaar)\b/iu

/**
 * Whether the row says its activity already runs: its start cell (`loopt sinds 2023`), the
 * header of the start column (`Gestart in`, `Loopt sinds`), or an activity named as a
 * continuation (`Voortzetten …`). A status such as `lopend` is not enough: a new plan's agenda
 * with a start before its period stays worth a warning.
 *
 * @param actie The row.
 * @param plan The model.
 * @returns Whether the row is a carry-over.
 */
export function alreadyRunning(actie: Actie, plan: Plan): boolean {
  if (continued.test(actie.activiteit)) return true
  return [actie.start, plan.agendaKolommen?.start].some((text) => typeof text === 'string' && running.test(text))
}

/**
 * Whether an end shortly after the period is an evaluation that follows the plan: the row is
 * an evaluation or account, or the plan says an evaluation follows after the period.
 *
 * @param actie The row.
 * @param plan The model.
 * @returns Whether the late end is expected.
 */
export function followsThePeriod(actie: Actie, plan: Plan): boolean {
  if (rowTexts(actie).some((text) => followUp.test(text))) return true
  return proseTexts(plan).some(({ text }) => followUpAfter.test(text) && followUp.test(text))
}

/**
 * The last day an end may have to count as "just after" a period that ends in `year`: half a year.
 *
 * @param year The last year of the period.
 * @returns An ISO date.
 */
export function graceEnd(year: number): string {
  return `${year + 1}-06-30`
}

function rowTexts(actie: Actie): string[] {
  const cells = [actie.activiteit, actie.doel, actie.bijzonderheden, ...Object.values(actie.overig ?? {})]
  return cells.filter((c): c is string => typeof c === 'string')
}
