import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 12: list items the reader makes into the inspanningen or doelen of a thema (under `Wat
// gaan we doen`, `Doelen`) were never read for staleness, though they are sentences like any
// other. The same futures about past dates, in such items; look-alikes: the same items with a
// date still ahead or in the perfect, and doelen for a later year.
const front = { titel: 'Uitvoeringsprogramma Samen Verder 2027-2030', periode: '2027-2030', datum: '2026-11-20' }
const thema = (...acts: string[]): string[] => [
  '# Thema\'s', '', '## Thema 1: Iedereen doet mee {#t1}', '', 'We willen dat alle inwoners meedoen.', '',
  '### Doelen', '', '- Doel 1.1: In 2030 sport 70 procent van de jongeren wekelijks.', '',
  '### Wat gaan we doen', '', '- We breiden de inzet van de buurtcoaches uit.', ...acts, '- We evalueren de aanpak in 2029.'
]

const defects: BatteryWording[] = [
  ['zal worden ingevoerd in an action', thema('- Vanaf 1 maart 2026 zal een nieuwe ledenpas worden ingevoerd waarmee leden korting krijgen.')],
  ['zullen with a month', thema('- In juni 2026 zullen alle scholen een sportdag organiseren.')],
  ['gaat with a past season', thema('- In het voorjaar van 2026 gaat de gemeente met de clubs in gesprek over de tarieven.')],
  ['a past deadline still ahead', thema('- Voor 1 oktober 2026 wordt een nieuw beheerplan voor de velden opgesteld.')]
]

const clean: BatteryWording[] = [
  ['a date still ahead', thema('- Vanaf 1 maart 2027 zal een nieuwe ledenpas worden ingevoerd.')],
  ['the perfect', thema('- Sinds 1 maart 2026 is er een ledenpas; die breiden we uit naar de zwemclub.')],
  ['a past date as reference', thema('- We zetten de proef voort die in 2025 is gestart.')],
  ['a future about a later month', thema('- In december 2026 zullen alle scholen een sportdag organiseren.')]
]

describeBattery(staleStatement, defects, clean, 4, front)
