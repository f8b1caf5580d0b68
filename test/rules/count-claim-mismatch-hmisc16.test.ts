import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 16 battery (hmisc16), written before reading the rule again: a count whose noun is
// followed by a rate or frequency phrase (`per week`, `per jaar`, `in de maand`, `per
// schooljaar`, `elke zomer`) before the lead-in closes, while the list below has another length.
// Look-alikes: the right count with the same rate phrase, a rate whose number counts something
// the list does not (`drie keer per week … op:`), a count inside the rate itself (`twee uur per
// dag`) before a list of activities, a rate phrase with a list that only names examples.
const l = (lead: string, items: string[], after: string[] = []): string[] => ['# Aanpak', '', lead, '', ...items.map((i) => `- ${i}`), ...(after.length ? ['', ...after] : [])]
const four = ['op de dinsdagochtend;', 'op de woensdagmiddag;', 'op de vrijdagavond;', 'op de zaterdagochtend.']
const three = ['het buurthuis aan de Brink;', 'de sporthal Oost;', 'het wijkcentrum De Akker.']

const defects: BatteryWording[] = [
  ['per week after the noun, one too many', l('De trainers zijn er op vijf vaste dagdelen per week:', four), 'vijf'],
  ['per maand, one too few', l('We houden drie inloopavonden per maand, in:', ['het buurthuis;', 'de bibliotheek;', 'de sporthal;', 'het wijkcentrum.']), 'drie'],
  ['digits with per jaar', l('De stichting organiseert 5 wijkfeesten per jaar:', ['het lentefeest;', 'de zomermarkt;', 'het oogstfeest;', 'de winterborrel.']), '5'],
  ['in de week after the noun', l('Het loket is open op zes middagen in de week:', four), 'zes'],
  ['per schooljaar with an adjective', l('De bibliotheek biedt twee korte voorstellingen per schooljaar:', three), 'twee'],
  ['per week before the count', l('Per week zijn er vijf inloopuren:', four), 'vijf'],
  ['per dag on a plain noun', l('De bus rijdt zeven ritten per dag, namelijk:', four), 'zeven'],
  ['per seizoen after a compound noun', l('We plannen twee natuurwandelingen per seizoen:', three), 'twee'],
  ['elke zomer after the noun', l('We organiseren vier buitenconcerten elke zomer:', three), 'vier'],
  ['elke maand with a list of five', l('Het repaircafé houdt twee vaste reparatiedagen elke maand:', ['de eerste maandag;', 'de tweede woensdag;', 'de derde zaterdag.']), 'twee'],
  ['per jaar with an ordinal-free noun and a colon later', l('De gemeente subsidieert drie evenementen per jaar, te weten:', four), 'drie'],
  ['per week in digits, list of three', l('Er zijn 4 beweegmomenten per week voor ouderen:', three), '4']
]

const clean: CleanWording[] = [
  ['the right count with per week', l('De trainers zijn er op vier vaste dagdelen per week:', four)],
  ['the right count with per jaar', l('De stichting organiseert 3 wijkfeesten per jaar:', three)],
  ['a frequency that counts visits, not the list', l('We komen drie keer per week langs op:', four)],
  ['a duration inside the rate', l('Vrijwilligers zijn twee uur per dag aanwezig, verdeeld over:', three)],
  ['a rate with examples', l('We bieden zes activiteiten per maand, bijvoorbeeld:', three)],
  ['a count per unit of a different noun', l('Elke wijk krijgt twee buurtcoaches per 1.000 inwoners, in:', three)],
  ['the right count in de week', l('Het loket is open op vier middagen in de week:', four)],
  ['an amount per year', l('We trekken € 40.000 per jaar uit voor:', four)],
  ['a rate with onder meer', l('De coaches geven vijf lessen per week, onder meer:', three)],
  ['a percentage per year', l('Het aantal deelnemers groeit met 3 procent per jaar in:', four)],
  ['a count per item before it', l('Per wijk zijn er drie ontmoetingsplekken:', four)],
  ['a count per school of another noun', l('Elke school krijgt twee uur per week extra voor:', three)]
]

describeBattery(countClaimMismatch, defects, clean, 12)
