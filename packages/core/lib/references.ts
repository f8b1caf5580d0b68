import type { Plan } from './model.generated.js'
import type { PlanFile } from './plan-file.js'
import { collectIdLinks, collectIds, headingIds } from './ids.js'
import { getAtPointer } from './pointer.js'
import { checkedOffsetLocation } from './text-location.js'

const source = '@kapstok/core'

/**
 * Validator: ids are unique across the whole plan (all files), and every reference (an
 * actie's `pijler`, `verwijzingen`, a `[tekst](#id)` link in prose) points at an existing id.
 *
 * @param model The model.
 * @param file The plan file to report on.
 */
export function validateReferences(model: Plan, file: PlanFile): void {
  const targets = collectIds(model)
  const first = new Map<string, (typeof targets)[number]>()
  for (const target of targets) {
    const earlier = first.get(target.id)
    if (!earlier) {
      first.set(target.id, target)
      continue
    }
    const related = file.locate(earlier.pointer)
    file.message(`Dubbele id \`${target.id}\`; een id mag maar één keer voorkomen in het plan`, {
      ruleId: 'id-duplicate',
      source,
      pointer: `${target.pointer}/id`,
      ...(related ? { related: { reason: `Id \`${target.id}\` is hier al gebruikt`, location: related } } : {})
    })
  }

  const pijlers = new Set((model.pijlers ?? []).map((p) => p.id))
  ;(model.acties ?? []).forEach((actie, index) => {
    if (actie.pijler !== undefined && !pijlers.has(actie.pijler)) {
      const known = [...pijlers].map((id) => '`' + id + '`').join(', ') || 'geen'
      file.message(`Onbekende pijler \`${actie.pijler}\` in rij ${index + 1} van de uitvoeringsagenda; bekende pijlers: ${known}`, {
        ruleId: 'ref-missing',
        source,
        pointer: `/acties/${index}/pijler`
      })
    }
    ;(actie.verwijzingen ?? []).forEach((id, i) => {
      if (!first.has(id)) {
        file.message(`Verwijzing naar onbekende id \`${id}\` in rij ${index + 1} van de uitvoeringsagenda`, {
          ruleId: 'ref-missing',
          source,
          pointer: `/acties/${index}/verwijzingen/${i}`
        })
      }
    })
  })

  const written = headingIds(file)
  for (const link of collectIdLinks(model)) {
    if (link.id === '' || first.has(link.id) || written.has(link.id)) continue
    const base = file.locate(link.pointer)
    const value = getAtPointer(model, link.pointer)
    const text = typeof value === 'string' ? value : undefined
    const sourceValue = base ? file.sources.find((f) => f.path === base.file)?.value : undefined
    const location = base && text !== undefined && file.sourceMap.get(link.pointer) ? checkedOffsetLocation(base, sourceValue === undefined ? undefined : String(sourceValue), text, link.index, link.length) : base
    file.message(missingLinkReason(link.id, link.label), {
      ruleId: 'ref-missing',
      source,
      pointer: link.pointer,
      ...(location ? { location } : {})
    })
  }
}

/**
 * The message for a `[tekst](#id)` link to an id no part of the plan has: the same wherever the
 * link is found (in the model's prose, or in text the Markdown reader keeps plain).
 *
 * @param id The id after `#`.
 * @param label The link text.
 * @returns The Dutch reason.
 */
export function missingLinkReason(id: string, label: string): string {
  return `Verwijzing \`#${id}\` in \`[${label}]\` heeft geen doel; er is geen onderdeel met die id`
}
