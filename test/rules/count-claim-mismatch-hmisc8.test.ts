import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc8 battery, written before reading the rule's code: a sentence announces a count of a
// plural noun (`de vijf wijken`, `twee speerpunten`) and then names the members itself, with
// other words between count and list (a relative clause, `zijn`, a colon, `namelijk`, brackets,
// the next sentence), and the list holds another number of members. Look-alikes: the right
// count, a part of a whole (`twee van de vier`), a list of examples (`zoals`, `waaronder`), a
// count of something else than the list (years, money), a list that belongs to another noun.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['a relative clause between count and list', p('De vijf wijken waar we beginnen, zijn Noordhoek, Vlietzicht en De Akkers.'), 'vijf'],
  ['a colon after the counted noun', p('Het college kiest twee speerpunten: schone straten, veilige fietsroutes en groen op schoolpleinen.'), 'twee'],
  ['a count of categories with a colon', p('De verordening kent vier categorieën vergunningen: tijdelijk, permanent en seizoensgebonden.'), 'vier'],
  ['a count in digits and a list after a comma', p('In 2028 openen we 3 nieuwe buurthuizen, in Oosterwijk, Kerkbuurt, Het Veld en Molenpad.'), '3'],
  ['a count as subject with a colon', p('Drie partners leveren menskracht: de GGD, Veilig Thuis, het wijkteam en de politie.'), 'Drie'],
  ['a count with zijn and no comma', p('De twee scholen die meedoen zijn De Regenboog, Het Kompas en De Wilg.'), 'twee'],
  ['a list in brackets', p('De drie gebieden (Centrum, Haven, Dijkzone en Stationsbuurt) krijgen voorrang.'), 'drie'],
  ['the list in the next sentence', p('We onderscheiden drie doelgroepen. Dat zijn starters, senioren, gezinnen en alleenstaanden.'), 'drie'],
  ['a count with namelijk', p('Wij voeren twee maatregelen in, namelijk een venstertijd, een milieuzone en een parkeerverbod.'), 'twee'],
  ['an apposition without a colon', p('Voor de drie dorpen Oudeweg, Heikant, Bosrand en Meerzicht maken we een eigen plan.'), 'drie'],
  ['a count of routes in digits', p('Er zijn 4 fietsroutes aangewezen: de Dijkroute, de Polderroute en de Stationsroute.'), '4'],
  ['a count of kinds of waste', p('De nota noemt vijf soorten afval: gft, papier, glas en textiel.'), 'vijf'],
  ['a list as bullet items', p('We richten ons op vier groepen:', '', '- ouderen;', '- mantelzorgers;', '- statushouders.'), 'vier'],
  ['a count with te weten', p('Het budget gaat naar zes voorzieningen, te weten de bibliotheek, het zwembad en de sporthal.'), 'zes']
]

const clean: CleanWording[] = [
  ['the right count after a relative clause', p('De drie wijken waar we beginnen, zijn Noordhoek, Vlietzicht en De Akkers.')],
  ['a part of a whole', p('Twee van de vier scholen, De Regenboog en Het Kompas, doen mee.')],
  ['a list of examples with onder wie', p('Vijf partners, onder wie de GGD en de politie, leveren menskracht.')],
  ['a list of examples with zoals', p('We werken met vier groepen, zoals ouderen en mantelzorgers.')],
  ['a count of years before a list', p('Drie jaar lang volgen we de wijken Noordhoek, Vlietzicht, De Akkers en Molenpad.')],
  ['the right count in an apposition', p('In vier wijken, Noordhoek, Vlietzicht, De Akkers en Molenpad, planten we bomen.')],
  ['an amount before a list', p('We investeren 3 miljoen euro in scholen, sporthallen en buurthuizen.')],
  ['a list that goes on in another clause', p('De twee grootste knelpunten zijn parkeren en verkeersveiligheid; daarnaast spelen geluid en stank.')],
  ['the right part count', p('Van de zes buurthuizen blijven er drie open: Oosterwijk, Kerkbuurt en Het Veld.')],
  ['a list of another noun', p('Er komen twee nieuwe vergunningen bij, naast de bestaande voor terrassen, evenementen en standplaatsen.')],
  ['a part with the list in brackets', p('Drie van de vijf gebieden (Centrum, Haven en Dijkzone) krijgen voorrang.')],
  ['a list that counts its rest', p('Vier scholen krijgen hulp: De Linde en Het Anker nu, de andere twee later.')],
  ['the right count after a verb and a bare object', p('Drie partners geven geld: de provincie, het Rijk en het fonds.')],
  ['the right count of bullet items', p('We richten ons op drie groepen:', '', '- ouderen;', '- mantelzorgers;', '- statushouders.')]
]

describeBattery(countClaimMismatch, defects, clean, 13)
