import { fromPointer, readablePath, toPointer } from './pointer.js'

// Dutch names for the places in the model, so messages say "rij 12 van de
// uitvoeringsagenda" instead of "/acties/11".
const collections: Record<string, string> = {
  acties: 'rij {n} van de uitvoeringsagenda',
  principes: 'principe {n}',
  pijlers: 'pijler {n}',
  doelen: 'doel {n}',
  opgaven: 'opgave {n}',
  effecten: 'effect {n}',
  risicos: 'risico {n}',
  kansen: 'kans {n}',
  begrippen: 'begrip {n}',
  inspraak: 'inspraakreactie {n}',
  tabellen: 'tabel {n}',
  rijen: 'rij {n}',
  taakstellingen: 'taakstelling {n}',
  secties: 'sectie {n}',
  bijlagen: 'bijlage {n}',
  indicatoren: 'indicator {n}',
  kaders: 'kader {n}',
  inspanningen: 'inspanning {n}'
}

const objects: Record<string, string> = {
  document: 'de documentgegevens',
  publicatie: 'de publicatiegegevens',
  koers: 'de koers',
  ambitie: 'de ambitie',
  visie: 'de visie',
  missie: 'de missie',
  financien: 'de financiën',
  besluit: 'het raadsbesluit',
  raadsvoorstel: 'het raadsvoorstel',
  periode: 'de periode'
}

/**
 * Dutch description of the object at a pointer: `/acties/11` → "rij 12 van de
 * uitvoeringsagenda"; `/pijlers/0/doelen/2` → "doel 3 van pijler 1".
 *
 * @param pointer JSON Pointer of an object in the model.
 * @returns A phrase usable after "in".
 */
export function describeValue(pointer: string): string {
  const segments = fromPointer(pointer)
  const parts: string[] = []
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as string
    const next = segments[i + 1]
    if (collections[segment] && next !== undefined && /^\d+$/.test(next)) {
      parts.unshift(collections[segment].replace('{n}', String(Number(next) + 1)))
      i++
    } else if (objects[segment]) {
      parts.unshift(objects[segment])
    } else if (!/^\d+$/.test(segment)) {
      parts.unshift('`' + segment + '`')
    }
  }
  return parts.length === 0 ? 'het plan' : parts.join(' van ')
}

/**
 * Label of a field for messages: `` `eind` in rij 12 van de uitvoeringsagenda ``.
 *
 * @param pointer JSON Pointer of a field.
 * @returns The phrase.
 */
export function fieldLabel(pointer: string): string {
  const segments = fromPointer(pointer)
  const last = segments.at(-1)
  if (last === undefined) return 'het plan'
  const parentSegments = segments.slice(0, -1)
  const parent = toPointer(parentSegments)
  if (/^\d+$/.test(last)) return describeValue(pointer)
  return `\`${last}\` in ${describeValue(parentSegments.length ? parent : '')}`
}

export { readablePath }
