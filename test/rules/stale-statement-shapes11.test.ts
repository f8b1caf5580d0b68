import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 11: a subject opened by an inflected past participle (`De vernieuwde …`, `Het verbeterde
// …`) hid the finite verb from the clause reader, which took the noun after it (`website`) for a
// past form in -te. Look-alikes: the same subjects with a past verb, a noun of that shape
// (`De gedachte achter …`), a window not yet past.
const front = { titel: 'Uitvoeringsprogramma Samen Verder 2027-2030', periode: '2027-2030', datum: '2026-11-20' }
const p = (...lines: string[]): string[] => ['# Planning', '', ...lines]

const defects: BatteryWording[] = [
  ['a participle subject before a noun in -te', p('De vernieuwde website gaat in september 2026 online.')],
  ['a participle subject before a noun in -de', p('De herziene verordening treedt in juli 2026 in werking.')],
  ['a participle with be- before a noun in -te', p('De beloofde subsidieronde opent in oktober 2026.')],
  ['a participle with ver- and a future gaat', p('Het verbouwde buurthuis gaat in augustus 2026 open.')]
]

const clean: BatteryWording[] = [
  ['the same subject with a past verb', p('De vernieuwde website ging in september 2026 online.')],
  ['a participle subject and a window not yet past', p('De vernieuwde website gaat in maart 2027 online.')],
  ['a noun of the participle shape', p('De gedachte achter de aanpak is dat inwoners zelf kiezen.')],
  ['a participle subject with a past participle clause', p('Het verbouwde buurthuis is in augustus 2026 geopend.')]
]

describeBattery(staleStatement, defects, clean, 3, front)
