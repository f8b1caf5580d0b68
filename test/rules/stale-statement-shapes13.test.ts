import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 13 battery, written before reading the rule again: a plain present tense used as a
// future (`loopt af op … en wordt dan verlengd`, `sluit … aan`, `bereiden we voor`) about a date
// that lay behind the document date, with a separable verb, a line break inside the sentence,
// emphasis, a distractor count, a follow-up word (`dan`, `daarna`, `waarna`). Look-alikes: the
// same about a date still ahead, a past or perfect tense, a state from a past date on (`geldt`),
// a present that reports a figure of a past year (`komt neer op`, `bedraagt`, `telt`), a
// historic present about years long gone, a past date that only names a thing.
const front = { titel: 'Uitvoeringsprogramma Samen Verder 2027-2030', periode: '2027-2030', datum: '2026-11-20' }
const p = (...lines: string[]): string[] => ['# Planning', '', ...lines]
const items = (...lines: string[]): string[] => ['# Planning', '', 'Wat we doen:', '', ...lines]

const defects: BatteryWording[] = [
  ['a contract that ends and is then extended', p('Het huurcontract van de sporthal loopt af op 1 juli 2026 en wordt dan voor vijf jaar verlengd.')],
  ['a separable verb with vanaf dat moment', p('De woningcorporatie sluit eind maart 2026 aan bij het convenant, zodat de signalen vanaf dat moment sneller binnenkomen.')],
  ['an event of a named date prepared', p('De raadsverkiezingen van 18 maart 2026 bereiden we zorgvuldig voor; we werven daarvoor extra stembureauleden.')],
  ['an opening on a date', p('Op 1 mei 2026 opent het nieuwe wijkcentrum zijn deuren.')],
  ['a decision with waarna', p('In juni 2026 stelt de raad de verordening vast, waarna we met de uitvoering beginnen.')],
  ['a list item with a distractor count', items('- In het voorjaar van 2026 organiseren we drie bijeenkomsten met inwoners.', '- We evalueren in 2028.')],
  ['emphasis around the date', p('De subsidieregeling treedt op **1 januari 2026** in werking.')],
  ['a delivery with daarna', p('Eind augustus 2026 leveren we het onderzoek op; daarna bespreken we de resultaten in de commissie.')],
  ['a decision of the college', p('Het college neemt in april 2026 een besluit over de locatie van de nieuwe school.')],
  ['a separable verb with a count before it', p('Voor de zomer van 2026 ronden we de inventarisatie van 240 lichtmasten af.')],
  ['a line break inside the sentence', p('Het contract voor het onderhoud loopt op 30 juni 2026', 'af en wordt dan met twee jaar verlengd.')],
  ['the end of last year as ahead', p('Het waterbedrijf levert eind 2025 zijn eerste signalen aan; vanaf dan nemen we sneller contact op.')],
  ['a start with dan', p('Per 1 september 2026 start de nieuwe aanbesteding en kiezen we dan een leverancier.')]
]

const clean: BatteryWording[] = [
  ['a figure of a past year in the present', p('Met ruim 40.000 inwoners komt de uitstoot in 2024 neer op 6,2 ton per inwoner.')],
  ['a count of a past year with bedraagt', p('In 2025 bedraagt het aantal meldingen 1.240, iets meer dan in 2024.')],
  ['a date still ahead', p('Het huurcontract van de sporthal loopt af op 1 juli 2027 en wordt dan voor vijf jaar verlengd.')],
  ['a past tense', p('Het huurcontract liep af op 1 juli 2026 en is voor vijf jaar verlengd.')],
  ['a state from a past date on', p('Vanaf 1 januari 2026 geldt de nieuwe verordening voor alle verenigingen.')],
  ['a state since a past date', p('Sinds maart 2026 werkt het wijkteam vanuit het gezondheidscentrum.')],
  ['a past election as a point of time', p('Na de raadsverkiezingen van 18 maart 2026 werken we met een nieuw college aan dit programma.')],
  ['a percentage of a past year', p('In 2025 ligt het percentage op 62 procent, iets hoger dan een jaar eerder.')],
  ['a dated report as subject', p('Het rapport van juni 2026 laat zien dat de wachttijd daalt.')],
  ['a past opening', p('Op 1 mei 2026 opende het nieuwe wijkcentrum zijn deuren.')],
  ['a perfect with a count', items('- In het voorjaar van 2026 hebben we drie bijeenkomsten met inwoners georganiseerd.', '- We evalueren in 2028.')],
  ['a historic present long ago', p('In 2019 start de gemeente met het eerste wijkteam; in 2021 volgen de andere wijken.')],
  ['a state at the end of last year', p('Eind 2025 staan er 310 huishoudens op de wachtlijst.')],
  ['a count of inhabitants in a past year', p('In 2024 telt de gemeente 52.000 inwoners.')],
  ['a relative clause about the past date', p('De regeling die op 1 januari 2026 in werking trad, evalueren we in 2028.')],
  ['December of the document year', p('In december 2026 stelt de raad de verordening vast.')],
  ['a balance held at a past date', p('Het reservefonds sportaccommodaties bevat op 1 januari 2026 € 250.000.')]
]

// Start of wave 13: 8/13; open after it: a past date that only names the event prepared
// (`De verkiezingen van 18 maart 2026 bereiden we voor`).
describeBattery(staleStatement, defects, clean, 13, front)
