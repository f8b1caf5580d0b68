import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hstale13 battery, written before reading the rule: a sentence that stops before it is done —
// after a preposition, an article, a conjunction, a subordinator, a dangling `zoals` or
// `bijvoorbeeld aan`, a lead-in whose list never comes, a word cut in half, a bracket that never
// closes — with and without a final period, at a paragraph end, in a list item and as the second
// of two sentences. Look-alikes: headings, list items and label lines without a period, table
// cells, a colon lead-in with its list, Dutch sentences that rightly end on a stranded particle
// or pronoun (`daar zijn we trots op`, `niemand wil dat`), abbreviations with dots, `a)`/`b)`
// enumerations, a hyphen that shares a compound head.
const front = { titel: 'Uitvoeringsprogramma Wijk en Welzijn 2027-2030', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines, '', 'De raad stelt de kaders vast; het college voert uit.']

const defects: BatteryWording[] = [
  ['a preposition at a paragraph end', p('De buurtsportcoach organiseert elke woensdagmiddag activiteiten voor')],
  ['a preposition with a period', p('We willen de wachttijd voor een afspraak aan de balie verkorten tot.')],
  ['an article with a period', p('Samen met de woningcorporaties zoeken we in de oude kern naar een.')],
  ['a conjunction at a paragraph end', p('De gemeente investeert de komende vier jaar in bomen, plantsoenen en')],
  ['a dangling zoals with a period', p('Ook andere partijen dragen bij aan de aanpak, zoals.')],
  ['a dangling zoals without a period', p('We richten ons vooral op inwoners die extra steun nodig hebben, zoals')],
  ['a lead-in with no list before a paragraph', p('De belangrijkste maatregelen voor de komende periode zijn de volgende:', '', 'Daarnaast zoeken we aansluiting bij de regio.')],
  ['a lead-in with no list before a heading', ['# Aanpak', '', 'We voeren de aanpak uit met de volgende partners:', '', '# Financiën', '', 'Het budget bedraagt € 80.000 per jaar.']],
  ['a word cut in half', p('De extra kosten worden gedekt uit de algemene reser')],
  ['a word cut in half after a number', p('Het aantal deelnemers aan de beweegroute groeide naar 140 in het afgelopen ja')],
  ['a bracket never closed inside a sentence', p('De nieuwe werkwijze (zie paragraaf 3.2 voor de uitwerking is inmiddels in alle wijken ingevoerd.')],
  ['a bracket never closed at a paragraph end', p('De provincie draagt ook bij aan de aanleg van het pad (onder voorbehoud van haar eigen begroting')],
  ['om without its infinitive', p('We zetten in de zomermaanden twee extra handhavers in om')],
  ['dat without its clause', p('Uit de enquête onder jongeren van vorig jaar blijkt dat')],
  ['ten laste van de', p('Het benodigde budget komt ten laste van de')],
  ['a relative pronoun and nothing after', p('Inwoners die')],
  ['en het at the end of an enumeration', p('We vernieuwen de speeltoestellen, de bankjes en het')],
  ['a list item cut after a preposition', ['# Maatregelen', '', 'We nemen de volgende maatregelen:', '', '- betere verlichting op het fietspad langs', '- meer prullenbakken bij de haltes', '- een extra oversteekplaats bij de school']],
  ['als gevolg van with a period', p('De opbrengst van de parkeerbelasting daalt als gevolg van.')],
  ['omdat without its clause', p('Wij kiezen voor deze locatie omdat')],
  ['waardoor with a period', p('De bouwkosten stijgen de laatste jaren sterk, waardoor.')],
  ['met name om', p('Het gaat hierbij met name om')],
  ['tussen at a paragraph end', p('We verbeteren de samenwerking tussen')],
  ['bijvoorbeeld aan', p('Denk hierbij bijvoorbeeld aan')],
  ['te without its verb', p('Het doel van de campagne is om meer jongeren te')],
  ['a list item cut mid-word', ['# Onderhoud', '', 'Het onderhoud omvat:', '', '- maaien van de bermen en slo', '- snoeien van de bomen langs de dijk']],
  ['the second of two sentences cut after of', p('De proef loopt twee jaar. Na afloop beoordelen we samen met de scholen of')],
  ['a bracket with an amount never closed', p('De bijdrage van het rijk (€ 250.000, toegezegd in de brief van')],
  ['een at a paragraph end', p('Voor de jongeren in de wijk komt er op het plein een')],
  ['an indirect question after a phrase with met, without its verb', p('Verder bekijken we met de scholen of een tweede gymzaal aan de rand van de wijk')],
  ['an indirect question with a bare noun subject', p('Dit jaar verkennen we met de huurders of buurtbemiddeling in de flats aan de singel')],
  ['an indirect question after a pronoun with a bare noun subject', p('Ook onderzoeken wij of zonnestroom op de daken van de sporthallen')],
  ['a numbered goal item cut after an adverbial preposition', ['# Doelen', '', '- 2.1 Elke basisschool heeft in 2028 een moestuin of een groen plein.', '- 2.2 Leerlingen koken twee keer per jaar met verse groente en hun ouders krijgen tijdens', '- 2.3 De gemeente steunt drie schooltuinverenigingen.']],
  ['a numbered action item cut after a preposition', ['# Acties', '', '- 1.1 We stellen een fietsplan op voor de hele gemeente.', '- 1.2 Wie een e-bike leaset, krijgt korting bij de bewaakte stalling naast', '- 1.3 We plaatsen twintig nieuwe fietsnietjes bij de haltes.']],
  ['a list item that is a bijzin ending on a plural after a preposition', ['# Verkenning', '', 'We zoeken uit:', '', '- of een extra veerpont voor fietsers op zomeravonden', '- of de pont ook in de winter vaart;', '- hoeveel het kost.']]
]

const clean: CleanWording[] = [
  ['a heading without a period', ['# Wat gaan we doen', '', '## Meer groen in de wijk', '', 'We planten dertig bomen.']],
  ['list items without a period', p('Onze doelen:', '', '- meer groen in de wijk', '- minder verharding op schoolpleinen', '- koelere straten in de zomer')],
  ['a table with short cells', p('| Onderdeel | Toelichting |', '|---|---|', '| Buurtsport | wekelijks, voor kinderen van 6 tot 12 |', '| Beweegtuin | bij het buurthuis |')],
  ['a colon lead-in followed by a list', p('We werken samen met de volgende partners:', '', '- de GGD;', '- de basisscholen;', '- de sportverenigingen.')],
  ['a telegraphic goal line', p('Doel 2: minder eenzaamheid onder ouderen', '', 'Dat meten we met de gezondheidsmonitor.')],
  ['an abbreviation with dots at the end', p('We doen dit samen met de GGD, het maatschappelijk werk, de wijkagent e.d.')],
  ['amounts with abbreviations', p('De kosten bedragen ca. € 40.000 p.j.')],
  ['a stranded op', p('De wijk heeft het afgelopen jaar veel zelf georganiseerd. Daar zijn we trots op.')],
  ['a stranded in', p('Hier gaan we in hoofdstuk 3 verder op in.')],
  ['a stranded bij', p('Daar hoort een passend budget bij.')],
  ['a stranded voor', p('Een veilige buurt vraagt om inzet van iedereen. Daar staan wij voor.')],
  ['a stranded mee', p('Die signalen nemen we serieus en daar doen we wat mee.')],
  ['a final dat as a pronoun', p('Sommigen willen de markt naar het plein verplaatsen. De ondernemers willen dat niet. De bewoners wel, en de raad begrijpt dat.')],
  ['a final die as a pronoun', p('De bibliotheek en het buurthuis zijn belangrijke plekken; we versterken die.')],
  ['a separable particle om', p('De coaches gaan zorgvuldig met de gegevens van deelnemers om.')],
  ['a separable particle af', p('Het college rondt de evaluatie in 2028 af.')],
  ['a/b enumeration in brackets', p('We kiezen a) voor meer toezicht en b) voor betere verlichting.')],
  ['a hyphen sharing a compound head', p('We investeren in sport- en speelvoorzieningen voor alle leeftijden.')],
  ['label lines', p('Budget: € 120.000', '', 'Trekker: team Leefomgeving', '', 'Looptijd: 2027 t/m 2030')],
  ['a closed bracket across the sentence', p('De nieuwe werkwijze (zie paragraaf 3.2) is in alle wijken ingevoerd.')],
  ['a quoted motto', p('Het motto van de campagne is "Samen sterk in de wijk".')],
  ['zoals with its clause', p('We laten het park zoals het is.')],
  ['an indirect question with its verb and no stop', p('Dit jaar verkennen we met de huurders of buurtbemiddeling in de flats werkt')],
  ['of joining two objects of an asking verb', p('We bekijken de kosten of de opbrengsten per wijk.')],
  ['a list item bijzin with its verb at the end after a particle', ['# Verkenning', '', 'We zoeken uit:', '', '- of de bewoners daar aan willen bijdragen', '- of de pont ook in de winter vaart;', '- hoeveel het kost.']],
  ['a numbered goal item missing only its full stop', ['# Doelen', '', '- 2.1 Elke basisschool heeft in 2028 een moestuin of een groen plein.', '- 2.2 Leerlingen koken twee keer per jaar met verse groente uit de schooltuin', '- 2.3 De gemeente steunt drie schooltuinverenigingen.']],
  ['a final tot as an adverb part', p('Het aantal meldingen nam toe, van 40 naar 65, en daarna bleef het daarbij.')]
]

describeBattery(unfinishedSentence, defects, clean, 29, front)
