import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 21 battery (hmisc21), written before changing the rule: a paragraph without its mark that
// stops inside a bijzin (`dat`, `omdat`, `zodat`) whose subject has a relative clause with its own
// verb, while the bijzin's verb never comes; and a clause that stops on its transitive verb and the
// subject after a fronted part that cannot be the object (`Voor …, kiezen we`). Look-alikes: a main
// clause whose verb came before the relative clause, a complete bijzin, a fronted object (`Dat kiezen
// we`), an intransitive verb after a fronted phrase, a closing mark.
const p = (...lines: string[]): string[] => ['# Aanpak', '', 'We werken samen met de scholen. Dat doen we al jaren.', '', ...lines, '', 'De kosten staan in hoofdstuk 4.']

const defects: BatteryWording[] = [
  ['dat and a relative clause with a modal', p('Daarnaast willen we dat ouders die zelf niet kunnen zwemmen'), 'zwemmen'],
  ['omdat and a relative clause', p('We houden de pas gratis, omdat gezinnen die een laag inkomen hebben'), 'hebben'],
  ['zodat and a relative clause with waar', p('We leggen extra paden aan zodat bewoners die verderop in de wijk wonen'), 'wonen'],
  ['het is belangrijk dat with die', p('Het is belangrijk dat kinderen die in armoede opgroeien'), 'opgroeien'],
  ['a transitive verb and we after a bijzin', p('Waar de stoep te smal is voor een bankje, plaatsen we'), 'we'],
  ['a transitive verb and ze after a phrase', p('Voor de nieuwe sporthal in het centrum kiezen ze'), 'ze']
]

const clean: CleanWording[] = [
  ['a main clause before the relative clause', p('We helpen ouders die zelf niet kunnen zwemmen.')],
  ['a complete bijzin with a relative clause', p('We willen dat ouders die zelf niet kunnen zwemmen ook les nemen.')],
  ['a bijzin that goes on to its verb after the relative clause, without a mark', p('Verder vragen we dat scholen die een eigen bad hebben hun lessen uitbreiden')],
  ['a fronted object', p('Dat kiezen we.')],
  ['an intransitive verb after a phrase', p('Na de zomer verhuizen we.')],
  ['a transitive verb with its object', p('Waar de stoep te smal is, plaatsen we een bankje.')],
  ['a relative clause after a comma without opener', p('We geven zwemles aan kinderen, zeker aan kinderen die nog niet kunnen zwemmen.')]
]

describeBattery(unfinishedSentence, defects, clean, 6)
