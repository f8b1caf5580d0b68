import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc18 battery, written before changing the rule. Two shapes:
// 1. A lead-in that counts the list it announces, whose clause runs on into a relative clause about
//    another noun before the colon (`Voor de volgende vijf X is … een Y nodig die …:`), over a list of another size.
// 2. A count in a perfect or passive clause that a participle closes before the colon, over an inline
//    list of things with `een` that carry their own phrases and counts (`twee pilots gedraaid: een
//    spreekuur op …, een avond op vier scholen en een loket …`).
// Look-alikes: the right size, a count that includes a later group (`drie pilots, waarvan twee nieuw`),
// a relative clause whose noun the list may be of, a list of what the participle takes as object, a part.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const list = (lead: string, items: string[]): string[] => p(lead, '', ...items.map((i) => `- ${i}`))
const wijken = ['Noord: een nieuw speelveld;', 'Oost: herinrichting van het plein;', 'Zuid: groen op de schoolpleinen.']

const defects: BatteryWording[] = [
  ['a relative clause about another noun before a bulleted list', list('Voor de volgende vier wijken maken we in 2027 een plan dat verder gaat dan het gewone onderhoud:', wijken), 'vier wijken'],
  ['a relative clause with waarvoor', list('Met de volgende zes partners sluiten we deze periode een convenant waarvoor de raad nog geld moet vrijmaken:', ['de woningcorporatie;', 'de GGD;', 'het welzijnswerk;', 'de politie.']), 'zes partners'],
  ['a perfect with een-items and phrases', p('In 2025 hebben we drie proeven gedaan: een inloopochtend in de bibliotheek en een spreekuur op twee scholen.'), 'drie proeven'],
  ['a passive with een-items and numbers', p('Vorig jaar zijn vier buurtbussen aangeschaft: een elektrische bus voor de kernen, een rolstoelbus met zes plaatsen en een kleine bus voor het buitengebied.', 'Alle drie rijden op werkdagen.'), 'vier buurtbussen'],
  ['a perfect with one item too many', p('Sinds de zomer heeft het team twee cursussen gegeven: een training over schulden, een avond over digitale zaken en een cursus voor mantelzorgers in drie kernen.'), 'twee cursussen']
]

const clean: CleanWording[] = [
  ['the right size with a relative clause', list('Voor de volgende drie wijken maken we in 2027 een plan dat verder gaat dan het gewone onderhoud:', wijken)],
  ['a relative clause naming the other noun as the list', list('In vijf wijken nemen we maatregelen die verder gaan dan het gewone onderhoud:', wijken)],
  ['the right size with een-items', p('In 2025 hebben we twee proeven gedaan: een inloopochtend in de bibliotheek en een spreekuur op vier scholen.')],
  ['a count that includes a later group', p('In 2025 hebben we drie pilots gedraaid, waarvan twee nieuw: een spreekuur op het college en een ouderavond op vier scholen.')],
  ['a list of what the participle takes', p('In 2025 hebben we voor twee scholen aangevraagd: een nieuw dak, een schoolplein en een gymzaal.')],
  ['alle drie about another list', p('We hebben twee pilots gedraaid: een spreekuur en een ouderavond.', '', 'Drie partners doen mee: de GGD, de politie en de school. Alle drie betalen mee.')],
  ['a part with onder meer', p('Vorig jaar zijn vijf buurtbussen aangeschaft, onder meer een elektrische bus en een rolstoelbus.')]
]

describeBattery(countClaimMismatch, defects, clean, 5)
