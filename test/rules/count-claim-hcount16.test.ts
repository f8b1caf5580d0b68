import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hcount16, written before reading the rule: a count in words or digits that the list,
// table, in-sentence enumeration, headings or named items next to it contradict, in the forms
// another author would use (count after the list, a count in a heading, brackets, two sentences,
// sub-bullets, numbered lists, times a year with named months). Look-alikes: a part of the set,
// `onder meer`/`bijvoorbeeld`/`waaronder`, nested lists, a count of something else, a wrapping
// bullet, `drie van de vier`, a table with a total row.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const bullets = (...items: string[]): string[] => items.map((i) => `- ${i}`)
const fourPartners = bullets('Stichting Buurtkracht;', 'de woningstichting Thuisbasis;', 'sportvereniging De Zwaluwen;', 'het jongerenwerk van Kompaan.')
const threeGoals = bullets('minder eenzaamheid onder ouderen;', 'meer jongeren met een startkwalificatie;', 'een schonere buitenruimte.')

const defects: BatteryWording[] = [
  ['de volgende drie over four bullets', p('We werken samen met de volgende drie partners:', '', ...fourPartners), 'drie'],
  ['a count over named places in one sentence', p('Vier buurten doen mee: Overbeek, Kraaiveld, De Hoven, Stationskwartier en Zuidrand.'), 'Vier'],
  ['a count over a table of fewer rows', p('In de zes dorpen zijn de wachtlijsten als volgt:', '', '| Dorp | Wachtenden |', '|---|---|', '| Ekelo | 12 |', '| Vaarle | 8 |', '| Brummen-Oost | 21 |', '| Zandhuizen | 5 |', '| Oldewier | 9 |'), 'zes'],
  ['a count in a heading over fewer subheadings', ['# Beleid', '', '## De vier sporen', '', 'Het beleid rust op deze sporen.', '', '### Preventie', '', 'Tekst.', '', '### Vroeg erbij', '', 'Tekst.', '', '### Nazorg', '', 'Tekst.'], 'vier'],
  ['times a year with more named months', p('De klankbordgroep komt twee keer per jaar bijeen, in maart, juni en oktober.'), 'twee'],
  ['a count after the list', p('Wat we doen:', '', ...bullets('we plaatsen extra bankjes;', 'we verlengen de openingstijden van het buurthuis;', 'we starten een wandelclub;', 'we geven een budget aan bewonersinitiatieven.'), '', 'Deze vijf maatregelen kosten samen € 60.000 per jaar.'), 'vijf'],
  ['sub-bullets do not count', p('We streven naar drie doelen:', '', '- gezonde inwoners', '  - meer sporters', '  - minder rokers', '- veilige wijken', '  - minder inbraken', '- een sterke economie', '- een duurzame energievoorziening'), 'drie'],
  ['digits over fewer bullets', p('Er zijn 3 speerpunten:', '', ...bullets('schuldhulp voor jongeren;', 'inkomensondersteuning voor werkenden.')), '3'],
  ['a numbered list one short', p('We zetten zeven stappen:', '', '1. inventariseren;', '2. prioriteren;', '3. ontwerpen;', '4. aanbesteden;', '5. uitvoeren;', '6. evalueren.'), 'zeven'],
  ['groups named after a colon in the sentence', p('De regeling staat open voor drie groepen: studenten, starters, mantelzorgers en statushouders.'), 'drie'],
  ['the count and the names in two sentences', p('We richten ons op twee doelgroepen. Dat zijn ouderen, jongeren en mensen met een beperking.'), 'twee'],
  ['names in brackets', p('De drie aanbieders (Welzijn Oost, Thuishulp Noord, De Zorgkring en Buurtzorg Plus) leveren de ondersteuning.'), 'drie'],
  ['a heading count in digits', ['# Ambities', '', '## 5 ambities', '', '### Groen', '', 'Tekst.', '', '### Wonen', '', 'Tekst.', '', '### Werk', '', 'Tekst.', '', '### Zorg', '', 'Tekst.'], '5'],
  ['namelijk with fewer names', p('In 2028 openen we drie nieuwe mobiliteitshubs, namelijk in Westwijk en Oosterpark.'), 'drie'],
  ['tweemaal with seasons in brackets', p('We maaien de bermen tweemaal per jaar (voorjaar, zomer en najaar).'), 'tweemaal'],
  ['beide over three parties', p('Beide partijen, de gemeente, de corporatie en de zorgverzekeraar, tekenen het convenant.'), 'Beide'],
  ['a count inside a list item with sub-bullets', p('Het programma bestaat uit:', '', '- twee pilots:', '  - de buurtconciërge;', '  - de schuldenwinkel;', '  - het repaircafé.', '- een campagne.'), 'twee'],
  ['a count over a table with more rows', p('De volgende 4 locaties krijgen een laadplein:', '', '| Locatie | Laadpunten |', '|---|---|', '| Station | 10 |', '| Markt | 6 |', '| Sporthal | 8 |', '| Zwembad | 4 |', '| Bibliotheek | 4 |'), '4'],
  ['a bold lead of the list items', p('We onderscheiden vier rollen:', '', ...bullets('**Regisseur**: de gemeente houdt overzicht.', '**Financier**: de gemeente betaalt mee.', '**Partner**: de gemeente doet zelf mee.')), 'vier'],
  ['a count with an adjective before the noun', p('We kiezen vijf kwetsbare wijken: Noord, Molenbuurt, Hofkwartier en De Beemd.'), 'vijf'],
  ['the list introduced by het gaat om', p('Zes scholen krijgen een schoolplein. Het gaat om De Regenboog, De Wilgenhoek, Het Palet, De Fontein en De Toermalijn.'), 'Zes'],
  ['times with an object before the bracketed months', p('We houden 3x per jaar een inloopavond (februari, juni, oktober en december).'), '3x'],
  ['a count before het betreft', p('Vijf clubs krijgen een bijdrage. Het betreft de hockeyclub, de schaakclub en de zwemvereniging.'), 'Vijf'],
  ['moments per week announcing a list of moments', p('De trainers geven les op drie vaste avonden per week:', '', '- dinsdagavond in de sporthal;', '- donderdagavond op het veld.'), 'drie vaste avonden'],
  ['a count of columns', p('De tabel toont per jaar drie kengetallen:', '', '| Jaar | Deelnemers | Uitval | Tevredenheid | Kosten |', '|---|---|---|---|---|', '| 2027 | 120 | 10 % | 7,5 | € 40.000 |'), 'drie']
]

const clean: CleanWording[] = [
  ['the right count over four bullets', p('We werken samen met de volgende vier partners:', '', ...fourPartners)],
  ['drie van de vier', p('Drie van de vier partners dragen bij in geld:', '', ...fourPartners)],
  ['onder meer', p('We werken met zeven partners, onder meer:', '', ...fourPartners)],
  ['bijvoorbeeld in the sentence', p('Zes buurthuizen, bijvoorbeeld De Klup en Het Trefpunt, gaan ook op zondag open.')],
  ['waaronder in the sentence', p('Acht verenigingen, waaronder de voetbalclub, de harmonie en de ijsclub, doen mee.')],
  ['a nested list with the right top count', p('We streven naar drie doelen:', '', '- gezonde inwoners', '  - meer sporters', '  - minder rokers', '- veilige wijken', '  - minder inbraken', '- een sterke economie')],
  ['a count of something else before the list', p('In twee jaar tijd investeren we in:', '', ...threeGoals)],
  ['a wrapping bullet with the right count', p('We hebben drie doelen:', '', '- minder eenzaamheid onder ouderen, vooral in de', '  dorpen zonder eigen buurthuis;', '- meer jongeren met een startkwalificatie;', '- een schonere buitenruimte.')],
  ['a heading count that matches', ['# Beleid', '', '## De drie sporen', '', '### Preventie', '', 'Tekst.', '', '### Vroeg erbij', '', 'Tekst.', '', '### Nazorg', '', 'Tekst.']],
  ['times a year that match', p('De klankbordgroep komt twee keer per jaar bijeen, in april en november.')],
  ['a right count after the list', p('Wat we doen:', '', ...bullets('we plaatsen extra bankjes;', 'we starten een wandelclub;', 'we geven een budget aan bewonersinitiatieven.'), '', 'Deze drie maatregelen kosten samen € 45.000 per jaar.')],
  ['minstens', p('We zoeken minstens drie partners, zoals:', '', ...fourPartners)],
  ['a frequency before a list of members', p('We komen drie keer per jaar bijeen met:', '', ...fourPartners)],
  ['a table with a total row', p('In de vier dorpen zijn de wachtlijsten als volgt:', '', '| Dorp | Wachtenden |', '|---|---|', '| Ekelo | 12 |', '| Vaarle | 8 |', '| Zandhuizen | 5 |', '| Oldewier | 9 |', '| Totaal | 34 |')],
  ['amounts with decimal commas', p('De drie posten zijn € 1,5 miljoen, € 2,25 miljoen en € 0,75 miljoen.')],
  ['names in brackets that match', p('De drie scholen (OBS De Wilg, CBS Het Kompas en IKC Noord) delen een gymzaal.')],
  ['an item with en inside it', p('We bieden twee soorten hulp: budgetcoaching en hulp bij formulieren en aanvragen.')],
  ['the count and names in two sentences that match', p('We richten ons op twee doelgroepen. Dat zijn ouderen en jongeren.')],
  ['a count of a part of the list after it', p('Wat we doen:', '', ...bullets('we plaatsen extra bankjes;', 'we starten een wandelclub;', 'we geven een budget aan bewonersinitiatieven.'), '', 'Twee van deze maatregelen lopen al sinds 2025.')],
  ['a count of people, not of list items', p('Twee medewerkers van het sociaal team werken aan:', '', ...threeGoals)],
  ['a table announced with a smaller count of its rows', p('In de twee dorpen met de langste wachtlijst is de stand:', '', '| Dorp | Wachtenden |', '|---|---|', '| Ekelo | 12 |', '| Vaarle | 8 |', '| Zandhuizen | 5 |')],
  ['a table announced with a count of something else', p('In de zes maanden tot de zomer meldden zich:', '', '| Dorp | Aanmeldingen |', '|---|---|', '| Ekelo | 12 |', '| Vaarle | 8 |')],
  ['a right count after a question-like lead-in', p('Wat we gaan doen:', '', ...bullets('we plaatsen extra bankjes;', 'we starten een wandelclub;'), '', 'Deze twee maatregelen kosten samen € 25.000.')],
  ['times over a range of days', p('De markt is drie keer per week open, van dinsdag tot en met donderdag.')],
  ['times with an exception', p('We maaien twee keer per jaar, behalve in maart, juni en oktober.')],
  ['times with an extra moment after the list', p('We houden 3x per jaar een inloopavond (februari, juni en oktober) en daarnaast een extra avond in december.')],
  ['het gaat om an amount', p('Dit jaar doen we mee aan drie regionale programma\'s. Het gaat om een bedrag van € 40.000, dat we samen met de provincie en de regio betalen.')],
  ['a count of something else before het gaat om', p('Drie jaar lang steunen we de clubs. Het gaat om de hockeyclub, de schaakclub en de zwemvereniging.')],
  ['moments per week that match the list', p('De trainers geven les op twee vaste avonden per week:', '', '- dinsdagavond in de sporthal;', '- donderdagavond op het veld.')],
  // A count per year over a list of that many kinds is right; with one kind more it would be a defect (hmisc16's per-period counts).
  ['meetings per year over a list of as many kinds', p('We organiseren drie bijeenkomsten per jaar:', '', '- een startavond;', '- een werkconferentie;', '- een slotbijeenkomst.')],
  ['a count of moments per week over a list with one moment missing', p('Er zijn vier inloopmomenten per week, waarvan twee vast:', '', '- maandagochtend;', '- vrijdagmiddag.')],
  ['a count with een of', p('Een van de drie doelen is:', '', '- minder eenzaamheid onder ouderen.')]
]

describeBattery(countClaimMismatch, defects, clean, 23)
