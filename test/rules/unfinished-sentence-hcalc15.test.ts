import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hcalc15 battery, written before reading the rule's code: a paragraph that stops without a stop on a
// modal verb after a reflexive `zich`. A modal takes no reflexive, so the reflexive verb itself is missing
// (`zodat bewoners zich op tijd kunnen`). Start code: 2 of 12.
const prose = [
  '# Aanpak', '',
  'De gemeente wil dat inwoners sneller hulp vinden bij vragen over wonen en zorg. Daarvoor werken we samen met de bibliotheek en het buurtteam.', '',
  'In het eerste jaar richten we drie inlooppunten in. Daar kunnen inwoners zonder afspraak terecht.', ''
]
const ending = (last: string): string[] => [...prose, last, '', '# Financiën', '', 'De kosten staan in de tabel hieronder.', '']

const defects: BatteryWording[] = [
  ['zodat … zich nog kunnen', ending('We sturen een brief aan alle huurders, zodat zij zich nog kunnen')],
  ['waar … zich kunnen', ending('In elke wijk komt een loket waar bewoners zich kunnen')],
  ['om … zich te laten weg', ending('De buurtcoach belt iedereen die zich vorig jaar heeft aangemeld, zodat niemand zich hoeft')],
  ['zich moeten', ending('Aanbieders die subsidie willen, zullen zich uiterlijk in maart moeten')],
  ['zich mogen', ending('Verenigingen die in de sporthal trainen, krijgen een brief zodat zij zich ook dit jaar weer mogen')],
  ['zich willen, relative clause', ending('Het loket is er voor ouderen die zich beter willen')],
  ['zich zullen', ending('We verwachten dat de meeste scholen zich in het najaar zullen')],
  ['zich kan, singular', ending('Het inlooppunt blijft open tot acht uur, zodat ook wie overdag werkt zich daar kan')],
  ['zich gaan', ending('We gaan ervan uit dat de nieuwe bewoners zich snel gaan')],
  ['zich moet, after als', ending('Als een inwoner zich twee keer per jaar moet')],
  ['zich wil, after omdat', ending('De vrijwilligerscentrale krijgt extra uren, omdat een groeiend aantal jongeren zich wil')],
  ['zich mag, after zodra', ending('De huurder krijgt een sleutel zodra hij zich bij de beheerder mag')]
]

const clean: CleanWording[] = [
  ['the infinitive present', ending('We sturen een brief aan alle huurders, zodat zij zich nog kunnen aanmelden.')],
  ['the infinitive, no stop on a list item', ending('- een loket waar bewoners zich kunnen melden')],
  ['a modal used as main verb with a stop', ending('We sturen een brief aan alle huurders, zodat zij dat kunnen.')],
  ['zich with its verb before the modal', ending('We verwachten dat de meeste scholen zich in het najaar aanmelden, zoals ze dat elk jaar doen.')],
  ['zichtbaar is no reflexive', ending('De borden worden groter en beter zichtbaar, zodat iedereen ze kan lezen.')],
  ['zich in a former clause', ending('Wie zich heeft aangemeld, krijgt een brief. Daarna kan het inlooppunt verder.')],
  ['a question', ending('Hoe zorgen we dat inwoners zich thuis voelen?')],
  ['a title line', ending('Inwoners die zich willen melden')],
  ['a modal at the end with a stop', ending('Ouderen bepalen zelf wanneer en hoe vaak zij dat willen.')],
  ['zich with the infinitive first', ending('We gaan ervan uit dat de nieuwe bewoners zich snel thuis gaan voelen.')]
]

describeBattery(unfinishedSentence, defects, clean, 12)
