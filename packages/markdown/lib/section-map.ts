import { foldKey } from './text.js'

/** What a chapter is, as far as the model is concerned. */
export type SectionKind =
  | 'ambitie'
  | 'visie'
  | 'missie'
  | 'opgaven'
  | 'effecten'
  | 'principes'
  | 'pijlers'
  | 'acties'
  | 'financien'
  | 'risicos'
  | 'kansen'
  | 'begrippen'
  | 'inspraak'
  | 'besluit'
  | 'raadsvoorstel'
  | 'bijlagen'
  | 'sectie'

/** All section kinds, for validating configuration. */
export const sectionKinds: SectionKind[] = [
  'ambitie', 'visie', 'missie', 'opgaven', 'effecten', 'principes', 'pijlers', 'acties', 'financien',
  'risicos', 'kansen', 'begrippen', 'inspraak', 'besluit', 'raadsvoorstel', 'bijlagen', 'sectie'
]

/** Heading → kind, Dutch words as real plans use them. Keys are folded (see `foldKey`). */
export const defaultSectionMap: Record<string, SectionKind> = {
  ambitie: 'ambitie',
  'onze ambitie': 'ambitie',
  visie: 'visie',
  'onze visie': 'visie',
  missie: 'missie',
  'onze missie': 'missie',
  opgaven: 'opgaven',
  'de opgaven': 'opgaven',
  effecten: 'effecten',
  'maatschappelijke effecten': 'effecten',
  'leidende principes': 'principes',
  principes: 'principes',
  uitgangspunten: 'principes',
  themas: 'pijlers',
  routes: 'pijlers',
  resultaatgebieden: 'pijlers',
  ontwikkelopdrachten: 'pijlers',
  programmas: 'pijlers',
  speerpunten: 'pijlers',
  uitvoeringsagenda: 'acties',
  financien: 'financien',
  'financiele vertaling': 'financien',
  'financieel kader': 'financien',
  risicos: 'risicos',
  'risicos en kansen': 'risicos',
  kansen: 'kansen',
  begrippenlijst: 'begrippen',
  begrippen: 'begrippen',
  afkortingen: 'begrippen',
  inspraak: 'inspraak',
  inspraaknota: 'inspraak',
  inspraakreacties: 'inspraak',
  raadsbesluit: 'besluit',
  'ontwerp raadsbesluit': 'besluit',
  besluit: 'besluit',
  raadsvoorstel: 'raadsvoorstel',
  bijlagen: 'bijlagen'
}

/** Pijler label from the chapter word: `Thema's` → `thema`. */
export const pijlerLabels: Record<string, string> = {
  themas: 'thema',
  thema: 'thema',
  routes: 'route',
  resultaatgebieden: 'resultaatgebied',
  ontwikkelopdrachten: 'ontwikkelopdracht',
  opgaven: 'opgave',
  programmas: 'programma',
  speerpunten: 'speerpunt'
}

/**
 * Merge user overrides (`sections` in the config, keys as written) into the default map.
 *
 * @param overrides Heading text → kind.
 * @returns The effective map.
 */
export function resolveSectionMap(overrides: Record<string, string> = {}): Record<string, SectionKind> {
  const map = { ...defaultSectionMap }
  for (const [heading, kind] of Object.entries(overrides)) map[foldKey(heading)] = kind as SectionKind
  return map
}
