import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc3 battery, written before reading the rule: a sentence that breaks off without its end
// and the next sentence starting right after it on the same line, so a lower-case word is
// followed by a capitalised word that opens Dutch sentences (`Daarvoor`, `Ook`, `We`, `Dit`).
// Look-alikes: names, titles and organisations in the middle of a sentence (`de campagne Veilig
// Thuis`, `wethouder De Boer`, `Het Juridisch Loket`), a German or English title, a month or
// place, and a list item or heading.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['an adverb of purpose after a noun', p('We vragen bewoners om hun container eerder aan de straat te zetten bij de nieuwe route Daarvoor sturen we iedereen een brief.'), 'Daarvoor'],
  ['a pronoun subject after a noun', p('De bibliotheek krijgt een extra leestafel voor nieuwkomers We betalen die uit het budget voor inburgering.'), 'We'],
  ['ook after a participle', p('De speeltuin aan de Lindelaan is vorig jaar opgeknapt Ook de bankjes zijn vervangen.'), 'Ook'],
  ['dit after a verb', p('Wijkagenten lopen vaker een ronde door het centrum Dit maakt de buurt veiliger.'), 'Dit'],
  ['daarnaast after a number', p('Het aantal bezoekers van de taalcafés steeg naar 64 Daarnaast melden zich steeds meer vrijwilligers.'), 'Daarnaast'],
  ['daarom after a noun', p('Veel ouderen vinden de weg naar het loket niet Daarom gaan de consulenten op huisbezoek.'), 'Daarom'],
  ['wij after a noun', p('Het buurthuis in Oosterhof is te klein voor de vele activiteiten Wij zoeken daarom een tweede locatie.'), 'Wij'],
  ['zo after a noun', p('Jongeren kunnen elke woensdag terecht in de sporthal Zo hebben ze een vaste plek om te bewegen.'), 'Zo'],
  ['hierdoor after a noun', p('De wachttijd bij de schuldhulp is gedaald tot drie weken Hierdoor raken minder mensen dieper in de schulden.'), 'Hierdoor'],
  ['er after a noun', p('Vrijwilligers bezorgen de maaltijden twee keer per week Er is ook een telefonische hulplijn.'), 'Er'],
  ['bovendien in a list item', p('Wat we doen:', '', '- we verlengen de openingstijden van het zwembad Bovendien komt er een ochtend voor senioren;', '- we verlagen het tarief voor kinderen.'), 'Bovendien'],
  ['deze after a noun', p('Elke school krijgt een eigen verkeersouder Deze ouder houdt contact met de wijkagent.'), 'Deze'],
  ['het after a noun', p('We plaatsen vijf extra afvalbakken langs de wandelroute Het onderhoud valt onder de buitendienst.'), 'Het'],
  ['daarmee after an adjective', p('De nieuwe fietsenstalling biedt plaats aan 300 fietsen en is overdekt Daarmee verdwijnen de fietsen van de stoep.'), 'Daarmee']
]

const clean: CleanWording[] = [
  ['a campaign title in the middle', p('We sluiten aan bij de landelijke campagne Samen Veilig Thuis van de politie.')],
  ['a surname with an article', p('Wethouder De Boer opende vorige maand het nieuwe buurthuis.'), ],
  ['an organisation starting with Het', p('Inwoners kunnen voor advies terecht bij Het Juridisch Loket in de stad.')],
  ['a place starting with Den', p('De regio werkt samen met gemeenten rond Den Bosch en Oss.')],
  ['a quoted title', p('De brochure "Wij Helpen Elkaar" ligt in het gemeentehuis.')],
  ['a programme name after the noun', p('Het landelijke programma Een Tegen Eenzaamheid ondersteunt onze aanpak.')],
  ['an English name', p('De gemeente doet mee aan het netwerk Healthy Cities We Care van de WHO-regio.')],
  ['a foundation name with Ook', p('De stichting Ook Jij Doet Mee organiseert de zomeractiviteiten.')],
  ['a street with Het', p('Het nieuwe gezondheidscentrum komt aan de straat Het Hoge Veld.')],
  ['a sentence ending with a full stop', p('De speeltuin is opgeknapt. Ook de bankjes zijn vervangen.')],
  ['a colon before a capital', p('Ons uitgangspunt is eenvoudig: Wie hulp vraagt, krijgt binnen een week antwoord.')],
  ['a school named De', p('Op basisschool De Regenboog starten we met een schoolzone.')],
  ['a campaign title in sentence case', p('Onze scholen doen mee met de campagne Zo kan het ook van de provincie.')],
  ['a leaflet named with a pronoun', p('De folder Wij helpen graag ligt bij elke huisarts in de gemeente.')],
  ['a quoted title with Dit', p('We verspreiden de poster "Dit is jouw straat" op alle scholen.')],
  ['a number closing a sentence with a full stop', p('Het budget voor de buurtsportcoaches stijgt naar € 84.500. We spreiden dat over twee jaar.')],
  ['a year closing a sentence with a full stop', p('De laatste meting van de luchtkwaliteit was in 2025. Daarna volgt een nieuwe meting.')],
  // A label glued to the first sentence of a cell or item is a heading written inline, not a cut.
  ['a label before the first sentence of a table cell', ['# Maatregelen', '', '| Maatregel | Toelichting |', '|---|---|', '| Sterkere inzet op preventie Hiermee voorkomen we zwaardere zorg. | Jeugd |']],
  ['an infinitive label before a sentence in a cell', ['# Maatregelen', '', '| Maatregel | Toelichting |', '|---|---|', '| Versterken van de buurtteams Daarbij kijken we naar de wachttijden. | Zorg |']],
  ['a noun label before a sentence in a list item', p('Onze acties:', '', '- Betere samenwerking met huisartsen Wij maken daarover afspraken in 2028.', '- Meer voorlichting op scholen.')],
  ['a compound programme noun before a title', p('Het jeugdprogramma Hier speel ik loopt in drie wijken.')]
]

describeBattery(unfinishedSentence, defects, clean, 13)
