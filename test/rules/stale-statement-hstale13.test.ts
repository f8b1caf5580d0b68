import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hstale13 battery, written before reading the rule: a plan dated 1 October 2026 that still talks
// about an earlier moment as if it lay ahead. The moment is told in many forms (a month, a
// season, a school holiday, a quarter, a half year, `begin`/`eind`, `per`/`vóór`/`uiterlijk` a
// day) and the future in many forms (`zal … worden`, `gaat … open`, `staat gepland`, `verwachten
// we … te`, `is van plan`, a present tense that means the future, a passive `wordt … `).
// Look-alikes: the same moments told in a past or perfect tense, the same future forms about a
// moment after the document date, a state that holds since a past date, a quoted older plan, a
// conditional, a deadline that was met.
const front = { titel: 'Uitvoeringsprogramma Wijk en Welzijn 2027-2030', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['gaat open with a month', p('Het vernieuwde buurtzwembad gaat in mei 2026 weer open voor bezoekers.')],
  ['zal worden opgeleverd with a season', p('De verbouwing van de gymzaal aan de Esdoornlaan zal in het voorjaar van 2026 worden opgeleverd.')],
  ['staat gepland voor a month', p('De eerste bewonersavond over de herinrichting staat gepland voor juni 2026.')],
  ['verwachten we af te ronden', p('We verwachten de telling van alle speelplekken in de zomer van 2026 af te ronden.')],
  ['start na a school holiday', p('De aanleg van het nieuwe fietspad langs de vaart start na de meivakantie van 2026.')],
  ['het college besluit in a season', p('Het college besluit in het voorjaar van 2026 over de plek van de nieuwe brandweerpost.')],
  ['the council is informed in a quarter in words', p('De raad wordt in het tweede kwartaal van 2026 geïnformeerd over de stand van zaken.')],
  ['a quarter as Q2 with a fronted verb', p('In Q2 2026 leggen we de tussenevaluatie voor aan de commissie Samenleving.')],
  ['binnenkort with a past month', p('Binnenkort, in februari 2026, openen we een tweede inloopspreekuur in de bibliotheek.')],
  ['eind with a past month', p('Eind juni 2026 verschijnt de eerste voortgangsrapportage.')],
  ['per a day with a passive', p('Per 1 juli 2026 wordt het tarief voor het legen van de ondergrondse containers verhoogd.')],
  ['vóór a school holiday', p('Vóór de zomervakantie van 2026 krijgen alle huishoudens in de wijk een brief.')],
  ['a passive future with a month', p('De aanbesteding voor de schoonmaak van de gemeentelijke panden wordt in april 2026 gepubliceerd.')],
  ['a planning list item', ['# Planning', '', 'De stappen:', '', '- maart 2026: de werkgroep komt voor het eerst bijeen;', '- januari 2027: de werkgroep brengt advies uit.']],
  ['naar verwachting gereed in a quarter', p('Naar verwachting is de nieuwe website voor meldingen in het eerste kwartaal van 2026 gereed.')],
  ['the council decides in a meeting', p('Over het definitieve ontwerp beslist de raad in zijn vergadering van 9 juli 2026.')],
  ['zullen with in de loop van', p('Wij zullen de bewoners in de loop van mei 2026 uitnodigen voor een wijkschouw.')],
  ['treedt in werking op a past day', p('Het nieuwe afsprakenkader met de zorgaanbieders treedt in werking op 1 januari 2026.')],
  ['nog vóór a past day', p('Nog vóór 1 september 2026 kiezen we een partner voor de uitvoering.')],
  ['the first half of a year', p('In de eerste helft van 2026 gaan we met alle basisscholen in gesprek over schoolzwemmen.')],
  ['van plan om', p('De gemeente is van plan om in juni 2026 een enquête onder ondernemers te houden.')],
  ['volgt in a quarter', p('Het plan van aanpak voor de kademuren volgt in het derde kwartaal van 2026.')],
  ['streven with vóór a season', p('We streven ernaar de twaalf laadpalen vóór de herfst van 2026 te plaatsen.')],
  ['komen beschikbaar begin a year', p('De uitkomsten van de inwonerspeiling komen begin 2026 beschikbaar.')],
  ['two months and a present that means the future', p('In januari en februari 2026 voeren we gesprekken met de huurdersverenigingen.')],
  ['the coming month named after the date', p('De jaarlijkse schoonmaakactie in het park vindt plaats op zaterdag 14 maart 2026.')],
  ['a bracketed date with a future', p('De tweede fase (start: april 2026) zal zich richten op de kernen buiten de stad.')],
  ['a dated occasion fronted as the object of a present verb', p('De informatieavond van 12 mei 2026 organiseren we samen met de woningcorporatie.')],
  ['a dated occasion as the subject of a present verb', p('De opening van 14 maart 2026 trekt naar verwachting honderden bezoekers uit de regio.')],
  ['a dated occasion after a preposition with a present verb', p('Tijdens de bijeenkomst van 3 februari 2026 presenteren we de eerste schetsen aan de buurt.')],
  ['is nog niet with a past deadline', p('Het uitvoeringsbesluit is nog niet genomen; dat gebeurt in de raadsvergadering van juni 2026.')]
]

const clean: CleanWording[] = [
  ['a past tense of gaat open', p('Het vernieuwde buurtzwembad ging in mei 2026 weer open voor bezoekers.')],
  ['a perfect tense with in 2026', p('In 2026 hebben we alle speelplekken geteld.')],
  ['the same future about a later season', p('De verbouwing van de gymzaal zal in het voorjaar van 2027 worden opgeleverd.')],
  ['the college decides in a later season', p('Het college besluit in het voorjaar van 2027 over de plek van de nieuwe brandweerpost.')],
  ['a perfect passive in a past quarter', p('De raad is in het tweede kwartaal van 2026 geïnformeerd over de stand van zaken.')],
  ['eind of the document year', p('Eind 2026 verschijnt de eerste voortgangsrapportage.')],
  ['per a later day', p('Per 1 januari 2027 wordt het tarief voor het legen van de containers verhoogd.')],
  ['sinds a past day', p('Sinds 1 juli 2026 is het tarief voor het legen van de containers hoger.')],
  ['dit najaar at an October date', p('Dit najaar starten we met de werving van nieuwe vrijwilligers.')],
  ['komende zomer', p('Komende zomer stellen we de subsidieregeling voor groene daken open.')],
  ['published in a past month and running on', p('De aanbesteding is in april 2026 gepubliceerd en loopt tot 1 december 2026.')],
  ['a deadline that was met', p('Het onderzoek moest uiterlijk 1 augustus 2026 klaar zijn en is op tijd opgeleverd.')],
  ['a past tense of komt bijeen', p('De werkgroep kwam in maart 2026 voor het eerst bijeen.')],
  ['a perfect tense with the first half of a year', p('In de eerste helft van 2026 zijn we met alle basisscholen in gesprek gegaan.')],
  ['a past survey with a reference', p('De gemeente hield in juni 2026 een enquête onder ondernemers; de uitkomsten staan in bijlage 2.')],
  ['a perfect passive before a past season', p('De twaalf laadpalen zijn vóór de herfst van 2026 geplaatst.')],
  ['volgt in a later quarter', p('Het plan van aanpak voor de kademuren volgt in het eerste kwartaal van 2027.')],
  ['a quoted older plan', p('In het vorige programma stond nog: "in 2024 openen we een tweede inloopspreekuur". Dat spreekuur draait inmiddels.')],
  ['a conditional about a later move', p('Blijft de vergunning uit, dan schuift de start van maart 2027 naar juni 2027.')],
  ['a past expectation that was moved', p('Volgens de planning uit 2025 zou de aanleg in juni 2026 beginnen; die start is verschoven naar 2028.')],
  ['nog vóór a later day', p('Nog vóór 1 januari 2027 kiezen we een partner voor de uitvoering.')],
  ['a plural past tense of two months', p('In januari en februari 2026 voerden we gesprekken met de huurdersverenigingen.')],
  ['a state that holds from a past day', p('Vanaf 1 januari 2026 geldt het nieuwe afsprakenkader met de zorgaanbieders.')],
  ['a dated occasion with a past verb', p('De informatieavond van 12 mei 2026 trok ruim tachtig bewoners.')],
  ['a dated occasion inside a noun phrase with a state verb', p('Het verslag van de bijeenkomst van 3 februari 2026 staat op de website.')],
  ['a later dated occasion', p('De opening van 14 maart 2027 organiseren we samen met de ondernemers.')],
  ['history with a future in the past', p('In 1998 zou de brug al worden vervangen; dat gebeurde pas in 2004.')]
]

describeBattery(staleStatement, defects, clean, 28, front)
