import { parseDutchPeriod, type DutchPeriod } from '@kapstok/nl'
import type { Actie, Plan, Tijdvak } from '../model.generated.js'
import type { Processor } from '../processor.js'

/**
 * Transform plugin: give every actie a computed `planning` — its start and eind read as
 * periods (`medio 2022` → 2022-05-01 … 2022-08-31, confidence 0.7) — so exports and
 * renderers can sort, filter and compare dates without parsing Dutch again. The original text
 * stays in `start` and `eind`; cells that cannot be read get no period (the rules report them).
 */
export function agendaPlanning(this: Processor): void {
  this.transformer('agenda-planning', (model: Plan): Plan => {
    if (!model.acties?.length) return model
    return { ...model, acties: model.acties.map(withPlanning) }
  })
}

/**
 * An actie with its computed planning (an existing `planning` is recomputed).
 *
 * @param actie The actie.
 * @returns A copy with `planning`, or without it when neither date can be read.
 */
export function withPlanning(actie: Actie): Actie {
  const { planning: _old, ...rest } = actie
  const start = actie.start ? parseDutchPeriod(actie.start) : undefined
  const eind = actie.eind ? parseDutchPeriod(actie.eind) : undefined
  const planning: NonNullable<Actie['planning']> = {}
  const startVak = tijdvak(start)
  const eindVak = tijdvak(eind)
  if (startVak) planning.start = startVak
  if (eindVak) planning.eind = eindVak
  if (eind?.kind === 'ongoing') planning.doorlopend = true
  return Object.keys(planning).length > 0 ? { ...rest, planning } : rest
}

function tijdvak(period: DutchPeriod | undefined): Tijdvak | undefined {
  if (!period?.start || !period.end || period.kind === 'invalid') return undefined
  return { van: period.start, tot: period.end, zekerheid: period.confidence }
}
