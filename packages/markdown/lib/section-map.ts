import { planSchema } from '@kapstok/core'
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
  pijlers: 'pijlers',
  sporen: 'pijlers',
  werksporen: 'pijlers',
  actielijnen: 'pijlers',
  programmalijnen: 'pijlers',
  prioriteiten: 'pijlers',
  uitvoeringsagenda: 'acties',
  // The usual names of an action agenda in plans that do not call it an uitvoeringsagenda.
  acties: 'acties',
  actiepunten: 'acties',
  actieagenda: 'acties',
  uitvoeringsplanning: 'acties',
  financien: 'financien',
  'financiele vertaling': 'financien',
  'financieel kader': 'financien',
  // The third question of every Dutch programme budget (BBV), and the usual names of a plan's
  // money chapter.
  'wat mag het kosten': 'financien',
  'financiele paragraaf': 'financien',
  'financiele middelen': 'financien',
  'financiele gevolgen': 'financien',
  'financiele consequenties': 'financien',
  'kosten en dekking': 'financien',
  financiering: 'financien',
  risicos: 'risicos',
  'risicos en kansen': 'risicos',
  kansen: 'kansen',
  begrippenlijst: 'begrippen',
  begrippen: 'begrippen',
  afkortingen: 'begrippen',
  afkortingenlijst: 'begrippen',
  'begrippen en afkortingen': 'begrippen',
  'afkortingen en begrippen': 'begrippen',
  'lijst van afkortingen': 'begrippen',
  woordenlijst: 'begrippen',
  'verklarende woordenlijst': 'begrippen',
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
  speerpunten: 'speerpunt',
  pijlers: 'pijler',
  sporen: 'spoor',
  werksporen: 'spoor',
  actielijnen: 'actielijn',
  programmalijnen: 'programmalijn',
  prioriteiten: 'prioriteit',
  bouwstenen: 'bouwsteen'
}

/** Every word the model knows for a pijler: the `label` values the plan schema allows, so the two cannot drift apart. */
export const pijlerLabelWords: ReadonlySet<string> = new Set(pijlerLabelEnum())

function pijlerLabelEnum(): string[] {
  const defs = planSchema.$defs as Record<string, { properties?: { label?: { enum?: string[] } } }>
  return defs.Pijler?.properties?.label?.enum ?? []
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
