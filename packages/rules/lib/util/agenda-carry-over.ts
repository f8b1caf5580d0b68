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
 * The last day an end after the period may have as an evaluation that follows the plan, or
 * `undefined`. Only a row that is an evaluation or account, and only where the plan says in words
 * that the evaluation comes after the period ("na afloop van het programma volgt een evaluatie"):
 * then it may run half a year on. An evaluation row alone that ends after the period, even in its
 * first quarter, is a date outside it, as authors mean it: the plan's own evaluation belongs in it.
 *
 * @param actie The row.
 * @param plan The model.
 * @param year The last year of the period.
 * @returns An ISO date, or `undefined`.
 */
export function followUpEnd(actie: Actie, plan: Plan, year: number): string | undefined {
  if (!rowTexts(actie).some((text) => followUp.test(text))) return undefined
  return proseTexts(plan).some(({ text }) => followUpAfter.test(text) && followUp.test(text)) ? `${year + 1}-06-30` : undefined
}

function rowTexts(actie: Actie): string[] {
  const cells = [actie.activiteit, actie.doel, actie.bijzonderheden, ...Object.values(actie.overig ?? {})]
  return cells.filter((c): c is string => typeof c === 'string')
}
