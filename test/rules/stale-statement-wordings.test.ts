import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Announcements of a moment that lies before the document's own date (here the adoption line on
// the title page, 9 april 2026), and look-alikes: the past tense, statistics in the present
// tense, stretches of time, and an older document's plans quoted as such.
const adopted = ['Vastgesteld door de gemeenteraad op 9 april 2026.', '']
const said = (heading: string, sentence: string): string[] => [...adopted, `# ${heading}`, '', sentence]

const defects: DefectWording[] = [
  ['a fronted season with a present tense', said('Wonen', 'In het voorjaar van 2024 leggen we het woonplan aan de raad voor.'), 'voorjaar van 2024'],
  ['a passive start in a quarter', said('Sport', 'De renovatie van sporthal De Wielen wordt in Q2 2023 gestart.'), 'Q2 2023'],
  ['something that becomes available', said('Armoede', 'De nieuwe kindpas komt eind 2024 beschikbaar voor alle gezinnen.'), 'eind 2024'],
  ['zal with a passive evaluation', said('Minima', 'Het armoedebeleid zal in 2023 worden geëvalueerd.'), '2023'],
  ['the second half of a year, fronted', said('Jeugd', 'In de tweede helft van 2024 volgt een voorstel voor de nieuwe tarieven.'), 'tweede helft van 2024'],
  ['begin of a year with starten', said('Mobiliteit', 'Begin 2025 starten we met een proef met deelauto’s in twee wijken.'), 'Begin 2025'],
  ['a month just before the adoption', said('Jongeren', 'In januari 2026 opent het nieuwe jongerencentrum aan de Stationsweg.'), 'januari 2026'],
  ['uiterlijk before in', said('Onderwijs', 'Uiterlijk in het derde kwartaal van 2025 besluit het college over de locatie van de school.'), 'derde kwartaal van 2025'],
  ['a presentation later in the sentence', said('Gezondheid', 'Wij presenteren de uitkomsten van de bewonerspeiling in de zomer van 2025.'), 'zomer van 2025'],
  ['a decision with naar verwachting', said('Cultuur', 'De raad neemt naar verwachting in november 2025 een besluit over de subsidieregels.'), 'november 2025'],
  ['medio at the end', said('Welzijn', 'De evaluatie van de pilot met buurtcoaches volgt medio 2025.'), 'medio 2025'],
  ['gaan we with a year', said('Toegang', 'In 2024 gaan we de aanvraag van minimaregelingen vereenvoudigen.'), '2024'],
  ['expectation with a season', said('Inkoop', 'Wij verwachten de aanbesteding van het leerlingenvervoer in het voorjaar van 2025 af te ronden.'), '2025'],
  ['a letter in the first quarter of the document year', said('Informatie', 'Het college stuurt de raad in het eerste kwartaal van 2026 een informatiebrief over de wachtlijsten.'), 'eerste kwartaal van 2026'],
  ['a regulation that is adapted', said('Regels', 'Eind 2025 wordt de verordening maatschappelijke ondersteuning aangepast.'), 'Eind 2025'],
  ['a report that appears', said('Schulden', 'Het nieuwe beleidsplan schulddienstverlening verschijnt in maart 2026.'), 'maart 2026'],
  ['a state that comes about at a fronted time', said('Dienstverlening', 'Medio 2025 is de nieuwe website voor aanvragen klaar.'), 'Medio 2025'],
  ['a passive information of the raad', said('Voortgang', 'De raad wordt in december 2025 geïnformeerd over de voortgang van de wijkaanpak.'), 'december 2025'],
  ['a plan date in the frontmatter style adoption sentence', ['De gemeenteraad heeft dit programma vastgesteld op 2 februari 2026.', '', '# Planning', '', 'In december 2025 tekenen we het convenant met de woningcorporaties.'], 'december 2025']
]

const clean: CleanWording[] = [
  ['a start in the perfect tense', said('Sport', 'De renovatie van sporthal De Wielen is in 2023 gestart.')],
  ['a statistic in the past tense', said('Bevolking', 'In 2023 woonden er 41.200 mensen in de gemeente.')],
  ['a share in the present tense', said('Armoede', 'In 2022 is 14% van de huishoudens in onze gemeente langdurig arm.')],
  ['a stretch since a year', said('Wijken', 'Sinds 2023 werken we in elke wijk met een vast wijkteam.')],
  ['a rule in force from a year', said('Jeugd', 'Vanaf 2024 geldt een nieuwe tariefstructuur voor de jeugdhulp.')],
  ['the policy of earlier years', said('Inleiding', 'Het beleid van 2019-2023 vormt de basis voor deze nota.')],
  ['an older note quoted with stond', said('Sport', 'In de nota van 2021 stond dat de raad in 2023 een besluit neemt over het nieuwe zwembad.')],
  ['an older plan that announced', said('Sport', 'Het vorige sportplan kondigde aan dat de gemeente in 2022 een tweede kunstgrasveld aanlegt.')],
  ['an announcement after the adoption', said('Wonen', 'In het voorjaar van 2026 leggen we het woonplan aan de raad voor.')],
  ['a routine without a year', said('Planning', 'Jaarlijks stellen we in het voorjaar een uitvoeringsplan op.')],
  ['figures in the past tense', said('Minima', 'In 2025 maakten 312 huishoudens gebruik van de bijzondere bijstand.')],
  ['a percentage with a present-tense verb', said('Jeugd', 'In 2024 ontvangt 9 procent van de kinderen een vorm van jeugdhulp.')],
  ['a regulation adopted earlier in a subordinate clause', said('Regels', 'De verordening die eind 2024 werd vastgesteld, blijft ongewijzigd van kracht.')],
  ['an announcement well after the document', said('Planning', 'Eind 2027 leggen we de tussenevaluatie aan de raad voor.')],
  ['a group that meets since a season', said('Participatie', 'Sinds het najaar van 2024 komt de werkgroep maandelijks bijeen.')],
  ['a decision in the perfect tense', said('Financiën', 'In 2024 heeft de raad besloten het budget voor vroegsignalering te verhogen.')],
  ['figures over a year', said('Veiligheid', 'De cijfers over 2024 laten een lichte daling van het aantal woninginbraken zien.')],
  ['a law in force since a date', said('Kaders', 'De Omgevingswet geldt sinds 1 januari 2024 voor alle gemeenten.')],
  ['a perfect tense after a fronted time', said('Dienstverlening', 'In 2025 is de nieuwe website voor aanvragen opgeleverd.')],
  ['a state after the adoption', said('Dienstverlening', 'Medio 2026 is de nieuwe website voor aanvragen klaar.')],
  ['a coalition agreement quoted', said('Inleiding', 'Volgens het coalitieakkoord van 2022 zou de toegang in 2023 eenvoudiger worden.')]
]

describeWordings(staleStatement, defects, clean)
