import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hgmisc battery, written before reading the rule's code: the last paragraph of a file or of a
// chapter stops mid-clause without a full stop, in a text whose prose paragraphs all end with one.
// The last word is a plain noun or verb, so no dangling article or preposition gives it away.
const prose = [
  '# Uitvoering', '',
  'De gemeente zet in op een betere bereikbaarheid van de voorzieningen in de dorpen. Daarvoor werken we samen met de vervoerder en de dorpsraden.', '',
  'In het eerste jaar brengen we in beeld waar de grootste knelpunten zitten. Dat doen we met een enquête onder bewoners en met tellingen bij de haltes.', '',
  'Vanaf het tweede jaar voeren we de eerste verbeteringen uit, te beginnen in de dorpen met de minste voorzieningen.', ''
]
const ending = (last: string, after: string[] = []): string[] => [...prose, last, '', ...after]
const nextChapter = ['# Financiën', '', 'De kosten staan in de tabel hieronder en worden elk jaar bijgesteld bij de begroting.', '']

const defects: BatteryWording[] = [
  ['a clause ending on a noun', ending('We verwachten de eerste resultaten binnen een jaar, omdat de vervoerder pas in het voorjaar de nieuwe dienstregeling')],
  ['a clause ending after zodra', ending('De haltes in de kleinste kernen krijgen een nieuwe abri zodra de provincie haar bijdrage')],
  ['a relative clause cut off', ending('De dorpsraden krijgen een budget van 5.000 euro per jaar, dat zij kunnen besteden aan initiatieven die de bereikbaarheid')],
  ['the last paragraph of a chapter', ending('De raad krijgt in 2028 een voorstel voor de verdeling van het resterende budget, nadat het college de evaluatie', nextChapter)],
  ['an als clause with subject and object', ending('De bouw van de nieuwe haltes begint pas in 2028, omdat we moeten wachten als de provincie het ontwerp')],
  ['a zodra clause in one sentence without a comma', ending('Het nieuwe spreekuur in de kleinste kernen start zodra het dorpshuis de verbouwing')],
  ['a nadat clause after a number', ending('We betalen de 3 dorpsraden het tweede deel van hun budget uit nadat de raad het jaarverslag')],
  ['a subordinate clause with als', ending('Het vervolg hangt af van de uitkomst van de tellingen, want als het aantal reizigers in de buurtbus')]
]

const clean: CleanWording[] = [
  ['a full stop at the end', ending('We verwachten de eerste resultaten binnen een jaar, omdat de vervoerder pas in het voorjaar een nieuwe dienstregeling maakt.')],
  ['a signature line', ending('Het college van burgemeester en wethouders van Veldhoorn')],
  ['a date line', ending('Vastgesteld in de vergadering van 12 maart 2027')],
  ['a question at the end', ending('Wat betekent dit voor de inwoners van de kleinste kernen?')],
  ['a last list item without a stop', ending('- de evaluatie in het najaar van 2028')],
  ['a role with als, no stop', ending('Het dorpshuis dient sinds vorig jaar als de vaste plek voor de buurtbus en het spreekuur')],
  ['a comparison with als', ending('De nieuwe buurtbus rijdt even vaak als de oude bus en stopt bij dezelfde haltes')],
  ['a heading-like label with zodra', ending('Werkwijze zodra de aanvraag binnen is')],
  ['a website line', ending('Meer informatie: www.veldhoorn.nl/bereikbaarheid')]
]

describeBattery(unfinishedSentence, defects, clean, 7)
