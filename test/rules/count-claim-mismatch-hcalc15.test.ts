import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hcalc15 battery, written before reading the rule's code: a list under a lead-in with a colon that
// does not count it (`We werken samen met:`), then `deze N <noun>` in the sentence after the list
// with a count that is not the list's. Start code: 0 of 12 (the count had to open the paragraph); 4 after; the rest need a noun guard wider than the items.
const lead = (intro: string, items: string[], after: string): string[] => ['# Samenwerking', '', intro, '', ...items.map((i) => `- ${i}`), '', after, '']

const three = ['de bibliotheek;', 'het buurtteam;', 'de woningcorporatie.']
const four = ['de sportvereniging', 'de huisartsenpraktijk', 'het jongerenwerk', 'de basisschool']

const defects: BatteryWording[] = [
  ['met deze vier partners after three', lead('We werken samen met:', three, 'Met deze vier partners bespreken we elk half jaar de voortgang.'), 'vier'],
  ['deze vijf organisaties after four', lead('Aan de tafel zitten:', four, 'Deze vijf organisaties leveren elk een contactpersoon.'), 'vijf'],
  ['digits after the list', lead('Het netwerk bestaat uit:', three, 'Samen met deze 4 partijen maken we een plan.'), '4'],
  ['voor deze twee', lead('We richten ons op:', three, 'Voor deze twee doelgroepen maken we een folder.'), 'twee'],
  ['a longer opener', lead('De volgende stappen nemen we:', four, 'Na afloop van deze drie stappen volgt een evaluatie.'), 'drie'],
  ['items with brackets', lead('Betrokken zijn:', ['de GGD (preventie)', 'Veilig Thuis (meldingen)', 'het wijkteam (hulp)'], 'Deze zes instanties delen hun gegevens.'), 'zes'],
  ['adjective between', lead('We werken samen met:', three, 'Met deze vier vaste partners overleggen we maandelijks.'), 'vier'],
  ['long items', lead('In de stuurgroep zitten:', ['een wethouder, die voorzitter is;', 'de directeur van de corporatie, namens alle verhuurders;', 'een vertegenwoordiger van de huurders.'], 'Deze vier leden komen vier keer per jaar bijeen.'), 'vier'],
  ['fewer than listed', lead('Meedoen:', four, 'Met deze drie scholen starten we in september.'), 'drie'],
  ['van deze', lead('We bieden:', three, 'Van deze vier voorzieningen maken jaarlijks zo’n 500 inwoners gebruik.'), 'vier'],
  ['bij deze', lead('We kijken naar:', four, 'Bij deze zeven onderwerpen horen eigen doelen.'), 'zeven'],
  ['op deze', lead('Onze aandacht gaat naar:', three, 'Op deze vijf thema’s sturen we bij.'), 'vijf']
]

const clean: CleanWording[] = [
  ['right count after the list', lead('We werken samen met:', three, 'Met deze drie partners bespreken we elk half jaar de voortgang.')],
  ['right count, four', lead('Aan de tafel zitten:', four, 'Deze vier organisaties leveren elk een contactpersoon.')],
  ['a lead-in that counts', lead('We werken samen met drie partners:', three, 'Met deze drie partners overleggen we maandelijks.')],
  ['a unit noun', lead('We werken samen met:', three, 'In deze vier jaar bouwen we de samenwerking uit.')],
  ['people counted in the sentence', lead('We richten ons op:', three, 'Met deze 300 inwoners voeren we gesprekken.')],
  ['no count after the list', lead('We werken samen met:', three, 'Met deze partners bespreken we elk half jaar de voortgang.')],
  ['count not pointing back', lead('We werken samen met:', three, 'Daarnaast zoeken we nog twee nieuwe partners.')],
  ['right count after a plain lead-in', lead('De partners zijn:', four, 'Met deze vier partners overleggen we maandelijks.')],
  ['a count in the second sentence only', lead('We werken samen met:', three, 'Zij kennen de wijk goed. Met deze vier wijken beginnen we.')],
  ['right count in digits', lead('Het netwerk bestaat uit:', four, 'Samen met deze 4 partijen maken we een plan.')]
]

describeBattery(countClaimMismatch, defects, clean, 4)
