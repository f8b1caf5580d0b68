import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 10 probe, written after the fixes of the battery in `-shapes10` and run once before any
// further change: fresh counts in other shapes, to see whether the mended gates carry over (7 of 8;
// a count in a fronted phrase, `Met vijf partners werken we samen:`, stays quiet by design: such a
// list is mostly of something else).

const list = (n: number): string[] => ['', ...['de wijkraad', 'de scholen', 'de huisartsen', 'de corporatie', 'de politie', 'de bibliotheek'].slice(0, n).map((i) => `- ${i}`)]
const lead = (line: string): string[] => ['# Aanpak', '', line]

const defects: DefectWording[] = [
  ['a phrase, a comma and waarin', [...lead('We kennen zes vormen van overleg, waarin bewoners meepraten:'), ...list(4)]],
  ['ideeën', [...lead('Uit de avonden kwamen vier ideeën naar voren:'), ...list(3)]],
  ['gezondheidscentra', [...lead('In de gemeente zijn drie gezondheidscentra:'), ...list(2)]],
  ['a modal cluster in a phrase', [...lead('Voor de uitvoering zijn er vijf teams die snel kunnen worden opgeschaald:'), ...list(4)]],
  ['an italic count', [...lead('We zetten *vier* stappen:'), ...list(5)]],
  ['an inline list after a relative clause with waar', lead('We kozen drie wijken, waar de proef start: Noord, Oost, Zuid en West.')],
  ['a count with steeds in a phrase', [...lead('Met vijf partners werken we steeds samen:'), ...list(3)]],
  ['criteria in a phrase', [...lead('Aanvragen toetsen we aan vier criteria:'), ...list(3)]]
].map(([name, lines]) => [name, lines, ''] as DefectWording)

const clean: CleanWording[] = [
  ['ideeën, right', [...lead('Uit de avonden kwamen vier ideeën naar voren:'), ...list(4)]],
  ['a count of the items in a later part', [...lead('We kozen vijf wijken, waarvan er drie meedoen:'), ...list(3)]],
  ['a relative clause with elk', lead('We kozen drie scholen, die elk een eigen thema hebben: taal, rekenen, sport en muziek.')],
  ['a relative clause ending in a preposition', lead('Er zijn twee teams, die werken aan: veiligheid, groen en verkeer.')],
  ['an italic count, right', [...lead('We zetten *vier* stappen:'), ...list(4)]],
  ['criteria, right', [...lead('Aanvragen toetsen we aan vier criteria:'), ...list(4)]],
  ['a count of years in emphasis', [...lead('In **drie** jaar bereikten we:'), ...list(5)]],
  ['centra per district', [...lead('Er zijn twee wijkcentra per district, met deze taken:'), ...list(4)]]
]

describeBattery(countClaimMismatch, defects, clean, 7)
