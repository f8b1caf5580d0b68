import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hgper, written before reading the rule again: the plan's own period written
// differently. (1) Spans are compositional: `van/vanaf A tot/t/m/tot eind B`, `tussen A en B`,
// where A and B are any single point the period parser reads (month year, begin/medio/eind year,
// quarter, season). (2) The plan's own start or end named by its role (`het eind van de
// looptijd`, `het laatste jaar`, `het eerste jaar`, `loopt af in`) with a year next to it.
// Look-alikes: the previous plan, another organisation's programme, a contract or subsidy with
// its own span, historical years, the right span in the same new forms.
const front = { titel: 'Uitvoeringsprogramma Stille Straten 2027-2029', soort: 'uitvoeringsprogramma', periode: '2027-2029', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]

const defects: BatteryWording[] = [
  ['a month start and an eind end', p('Dit uitvoeringsprogramma loopt van maart 2027 tot eind 2031 en richt zich op drukke wegen.'), '2031'],
  ['a begin start and a month end', p('De aanpak in dit programma loopt van begin 2027 tot december 2030.'), '2030'],
  ['vanaf medio to t/m a year', p('Het programma loopt vanaf medio 2027 t/m 2030; daarna volgt een evaluatie.'), '2030'],
  ['tussen a month and eind', p('Dit programma wordt uitgevoerd tussen februari 2027 en eind 2030.'), '2030'],
  ['a quarter to a quarter', p('Het uitvoeringsprogramma beslaat de periode van het eerste kwartaal van 2027 tot en met het vierde kwartaal van 2030.'), '2030'],
  ['a start a year early with months', p('Dit programma loopt van september 2026 tot december 2029.'), '2026'],
  ['the end of the looptijd in apposition', p('Bij het einde van de looptijd van ons programma, dus in 2030, moet het aantal klachten over verkeerslawaai gehalveerd zijn.'), '2030'],
  ['the end of the planperiode in brackets', p('Tegen het einde van de planperiode (2031) zijn alle schoolroutes heringericht.'), '2031'],
  ['the last year named', p('Het laatste jaar van dit programma, 2030, gebruiken we voor de evaluatie.'), '2030'],
  ['the first year named', p('In het eerste jaar van het programma, 2026, maken we de geluidkaart op.'), '2026'],
  ['loopt af in a year', p('Het uitvoeringsprogramma loopt af in 2031, waarna de raad een nieuw programma vaststelt.'), '2031'],
  ['a list item with a span of months', p('Kenmerken van het programma:', '', '- looptijd: januari 2027 tot eind 2030;', '- budget: 4 ton per jaar.'), '2030'],
  ['a season span', p('Het programma loopt van het voorjaar van 2027 tot de zomer van 2031.'), '2031'],
  ['the last year with the plan earlier in the sentence', p('In dit programma is het laatste jaar, 2030, bedoeld voor een grote meting.'), '2030'],
  ['the first year as a compound of the plan noun', p('Het eerste programmajaar (2026) staat in het teken van voorbereiding.'), '2026'],
  ['the first year said with is', p('Voor dit uitvoeringsprogramma geldt: het eerste jaar is 2028.'), '2028'],
  ['only the end, at medio', p('Het uitvoeringsprogramma loopt tot medio 2030 en wordt daarna geëvalueerd.'), '2030'],
  ['only the end, at a quarter', p('Dit programma geldt tot en met het derde kwartaal van 2030.'), '2030'],
  ['only the end, at a season', p('Het programma loopt door tot de zomer van 2031.'), '2031'],
  ['a start verb with a month', p('Het uitvoeringsprogramma start in september 2026 en richt zich eerst op de binnenstad.'), '2026'],
  ['an end verb with medio', p('Het programma eindigt medio 2030 met een slotconferentie.'), '2030'],
  ['an end verb with a season', p('Dit programma stopt in het voorjaar van 2031.'), '2031'],
  ['the end of the looptijd after a comma', p('We willen dat aan het eind van de looptijd, in 2030, elke wijk een stille zone heeft.'), '2030']
]

const clean: CleanWording[] = [
  ['the right span with months', p('Dit uitvoeringsprogramma loopt van januari 2027 tot eind 2029.')],
  ['the right span with medio', p('Het programma loopt vanaf medio 2027 t/m 2029.')],
  ['the previous programme in the past', p('Het vorige programma liep van maart 2022 tot eind 2026.')],
  ['the programme of the Rijk', p('Het Rijksprogramma Stille Wegen loopt van januari 2025 tot eind 2031.')],
  ['a contract with its own span', p('Het beheercontract van de geluidsschermen loopt van april 2027 tot eind 2032.')],
  ['a subsidy with its own span', p('De subsidieregeling voor gevelisolatie loopt van begin 2028 tot en met 2031.')],
  ['historical years tussen', p('Tussen 2018 en 2024 nam het aantal meldingen over brommers met een derde toe.')],
  ['the right end of the looptijd', p('Bij het einde van de looptijd van dit programma, in 2029, is elke schoolroute veilig.')],
  ['the right last year', p('Het laatste jaar van het programma, 2029, gebruiken we voor de evaluatie.')],
  ['the last year of the previous plan', p('Het laatste jaar van het vorige programma, 2026, stond in het teken van metingen.')],
  ['the end of a convenant', p('Tegen het eind van de looptijd van het convenant met de provincie, in 2031, volgt een nieuwe afspraak.')],
  ['only the end, at the start of the next year', p('Het programma loopt tot begin 2030; dan ligt er een opvolger klaar.')],
  ['only the end in the last month', p('Het uitvoeringsprogramma loopt tot december 2029.')],
  ['a subsidy ending at medio', p('De subsidie voor stille wegdekken loopt tot medio 2031.')],
  ['an end verb at the start of the next year', p('Het programma eindigt begin 2030, als de nieuwe raad een opvolger kiest.')],
  ['a start verb in the first month', p('Het uitvoeringsprogramma start in januari 2027.')],
  ['a project starting early', p('Het project Rustige Nachten start in het najaar van 2026.')],
  ['a target after the plan', p('Dit programma loopt tot eind 2029; in 2032 willen we de landelijke norm halen.')],
  ['a recent year without the plan', p('Het aantal klachten steeg in het laatste jaar (2025) met een vijfde.')],
  ['the first year of the Rijk', p('Het eerste uitvoeringsjaar van het rijksprogramma (2026) was een proefjaar.')],
  ['the right first year with the plan earlier', p('In dit programma is het eerste jaar, 2027, een jaar van voorbereiding.')],
  ['a follow-up after the end', p('Het programma loopt af in 2029, waarna in 2030 een nieuw programma start.')]
]

describeBattery(periodMismatch, defects, clean, 23, front)

// The first year of a begroting's meerjarenraming, named by role, in a programmabegroting.
const begroting = { titel: 'Programmabegroting 2027-2030', soort: 'begroting', periode: '2027-2030', datum: '2026-10-01' }
const b = (...lines: string[]): string[] => ['# Financiën', '', ...lines]
const begrotingDefects: BatteryWording[] = [
  ['the first year of the meerjarenraming', b('Het eerste jaar van de meerjarenraming, 2026, is taakstellend; de overige jaren zijn indicatief.'), '2026'],
  ['the years up to a year', b('De bedragen zijn taakstellend voor 2027 en indicatief voor de jaren tot en met 2031.'), '2031'],
  ['a raming shifted a year', b('De bedragen zijn taakstellend voor 2026 en indicatief voor de jaren tot en met 2029.'), '2029'],
  ['the first year of the begroting in brackets', b('Het eerste begrotingsjaar (2028) is sluitend.'), '2028']
]
const begrotingClean: CleanWording[] = [
  ['the right first year', b('Het eerste jaar van de meerjarenraming, 2027, is taakstellend.')],
  ['the right years up to', b('De bedragen zijn indicatief voor de jaren tot en met 2030.')],
  ['the right years with the raming', b('In de meerjarenraming is het eerste jaar (2027) taakstellend en zijn de jaren tot en met 2030 indicatief.')],
  ['a loan over decades', b('De lening uit 2026 lossen we af in de jaren tot en met 2045.')],
  ['last year\'s begroting', b('In de begroting van vorig jaar was het eerste jaar 2026 nog taakstellend.')]
]
describeBattery(periodMismatch, begrotingDefects, begrotingClean, 4, begroting)

// A title that is a compound of two kind nouns ("Programmaplan") names the document by both:
// "het programma" is this plan, other programmes keep their own names and owners.
const compound = { titel: 'Programmaplan Schone Sloten 2027-2029', soort: 'programmaplan', periode: '2027-2029', datum: '2026-10-01' }
const c = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]
const compoundDefects: BatteryWording[] = [
  ['the head of the compound as subject', c('Het programma loopt door tot eind 2031 en bouwt voort op de aanpak van het waterschap.'), '2031'],
  ['the head of the compound with a span', c('Het programma omvat de jaren 2026 tot en met 2029.'), '2026'],
  ['the head of the compound with a month span', c('Het programma loopt van april 2027 tot maart 2031.'), '2031']
]
const compoundClean: CleanWording[] = [
  ['a national programme with a name', c('Het landelijke programma Blauwe Linten loopt tot eind 2031.')],
  ['the programme of the province', c('Het programma van de provincie loopt van 2025 tot eind 2031.')],
  ['the right end with the head', c('Het programma loopt nog tot eind 2029.')]
]
describeBattery(periodMismatch, compoundDefects, compoundClean, 3, compound)
