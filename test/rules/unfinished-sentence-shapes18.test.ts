import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 18 battery (hrest), written before reading the rule again: a sentence that ends on `om`.
// Broken: `om` opening a purpose clause or the object of `vragen om`/`gaat om` that never comes.
// Whole: `om` as the particle of a separable verb (`omvallen`, `omslaan`, `omzetten`, `ombouwen`,
// `omkijken`, `omgooien`), in a main clause, a clause after a comma, or a list item.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['a purpose clause that stops', p('We zetten extra jongerenwerkers in om.'), 'om'],
  ['vragen om without its object', p('De buurtraden vragen de gemeente om.'), 'om'],
  ['het gaat om without its object', p('In deze paragraaf gaat het vooral om.'), 'om'],
  ['a list item stopping on om', p('Wat we doen:', '', '- we openen twee nieuwe buurthuizen om;', '- we verlengen de subsidie aan de bibliotheek.'), 'om'],
  ['a purpose clause after a comma', p('Het budget stijgt met € 40.000, om.'), 'om'],
  ['bidden om with nothing after it', p('Inwoners verzoeken ons al jaren om.'), 'om'],
  ['an aim with a noun before om', p('We trekken in 2028 twee extra handhavers aan om.'), 'om']
]

const clean: CleanWording[] = [
  ['a falling-over particle', p('Zonder een vaste kern van trainers valt de hele jeugdafdeling om.')],
  ['a turning-over particle', p('In het voorjaar sloeg de stemming in de wijk om.')],
  ['a converting particle', p('We zetten de tijdelijke regeling in 2029 om.')],
  ['a rebuilding particle', p('De gemeente bouwt het oude schoolgebouw om.')],
  ['a looking-back particle', p('Buren kijken in deze wijk nog naar elkaar om.')],
  ['a throw-over particle after a comma', p('Als de huren blijven stijgen, gooien veel ondernemers het roer om.')],
  ['a list item with a particle', p('Aanpak:', '', '- we bouwen de gymzaal om;', '- we vernieuwen de kleedkamers.')],
  ['a turning particle with draaien', p('Met deze aanpak draaien we de daling van het ledental om.')],
  ['a re-training particle', p('Het werkbedrijf schoolt twintig medewerkers om.')],
  ['a coming-around particle', p('Elk jaar komen er in de regio nog verkeersslachtoffers om.')]
]

describeBattery(unfinishedSentence, defects, clean, 6)
