import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc11 battery, written before reading the rule's code: a count of a plural noun whose members
// follow, with something between the count and its members that a reader may take as a gate: a
// clause after the noun before the colon (`…, elk met een eigen budget:`), a line break inside the
// count (`met drie` / `partners, die …:`), the members as an apposition between dashes or
// brackets, the noun behind `soorten` or `typen`. The members are another number. Look-alikes: the
// right count in the same forms, a part of the members (`drie van de vier`), a count of another
// noun, `onder meer` before a partial list, a count of years before the list.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const list = (n: number): string[] => ['- de bibliotheek aan de Markt;', '- het buurthuis in de Bloemenwijk;', '- de sporthal bij de Ringweg;', '- het wijkcentrum aan de Kade;', '- de muziekschool in het oude postkantoor.'].slice(0, n)

const defects: BatteryWording[] = [
  ['a clause after the noun before the colon', p('In 2028 openen we vier spreekuurlocaties, elk met een eigen openingstijd:', '', ...list(3)), 'vier'],
  ['a line break inside the count', p('Het inloopnetwerk is een samenwerking met drie', 'locaties, die elk een dagdeel open zijn:', '', ...list(4)), 'drie'],
  ['a count in digits, a relative clause before the colon', p('Er komen 5 leesplekken, die allemaal rolstoeltoegankelijk zijn:', '', ...list(4)), '5'],
  ['the noun behind `soorten`', p('We onderscheiden twee soorten locaties, ieder met een eigen huurprijs:', '', ...list(3)), 'twee'],
  ['an apposition between dashes', p('De zes buurtlocaties – de bibliotheek, het buurthuis, de sporthal, het wijkcentrum en de muziekschool – gaan op zaterdag open.'), 'zes'],
  ['an apposition between brackets', p('De drie gebouwen (de bibliotheek, het buurthuis, de sporthal en het wijkcentrum) krijgen zonnepanelen.'), 'drie'],
  ['a count, then the list after `namelijk`', p('We kiezen voor twee plekken, namelijk:', '', ...list(3)), 'twee'],
  ['a count of places spread over the town', p('Er zijn zeven ontmoetingsplekken, verspreid over de hele gemeente:', '', ...list(5)), 'zeven'],
  ['a count with an adjective and a clause', p('Voor de pilot kiezen we vier grote locaties, waar al veel bezoekers komen:', '', ...list(5)), 'vier'],
  ['a count after `met`, wrapped after the noun', p('We werken in de wijk samen met vijf locaties', 'die ieder een vaste contactpersoon hebben:', '', ...list(3)), 'vijf'],
  ['an apposition between dashes, digits', p('Alle 3 locaties – de bibliotheek, het buurthuis en de sporthal en het wijkcentrum – doen mee.'), '3'],
  ['a count with `typen`', p('Het plan kent drie typen locaties, elk met eigen regels voor gebruik:', '', ...list(2)), 'drie']
]

const clean: CleanWording[] = [
  ['the right count with a clause before the colon', p('In 2028 openen we drie spreekuurlocaties, elk met een eigen openingstijd:', '', ...list(3))],
  ['the right count across a line break', p('Het inloopnetwerk is een samenwerking met vier', 'locaties, die elk een dagdeel open zijn:', '', ...list(4))],
  ['the right apposition between dashes', p('De vijf buurtlocaties – de bibliotheek, het buurthuis, de sporthal, het wijkcentrum en de muziekschool – gaan op zaterdag open.')],
  ['a part of the members', p('Drie van de vier locaties, elk met een eigen beheerder, zijn op zondag dicht:', '', ...list(4))],
  ['a count of years before the list', p('We werken al zes jaar met deze locaties, elk met een vaste sleutelhouder:', '', ...list(3))],
  ['`onder meer` before a partial list', p('De gemeente heeft negen locaties, onder meer:', '', ...list(3))],
  ['a count of another noun, members of the list are places', p('Twee medewerkers, elk met een eigen wijk, bezoeken de volgende plekken:', '', ...list(4))],
  ['a count in brackets that explains', p('De gebouwen (drie in totaal) krijgen zonnepanelen: de bibliotheek, het buurthuis en de sporthal.')],
  ['an apposition of one member between dashes', p('Twee locaties – waaronder de bibliotheek – gaan op zaterdag open.')],
  ['the right count with `soorten`', p('We onderscheiden drie soorten locaties, ieder met een eigen huurprijs:', '', ...list(3))],
  ['a count that the list splits further', p('Er zijn twee soorten plekken: binnen en buiten. Binnen zijn dat:', '', ...list(4))]
]

describeBattery(countClaimMismatch, defects, clean, 11)
