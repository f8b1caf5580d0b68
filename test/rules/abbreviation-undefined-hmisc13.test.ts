import { abbreviationUndefined } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc13 battery, written before reading the rule: letters nobody explains stand as the first
// part of a hyphenated compound (`KBV-trainingen`, `PLV-coördinator`), in a sentence, a list
// item, brackets, a sentence start, after a number, in a table cell, also when the plan writes the
// same letters small as a shortened month (`okt. 2027`). The hyphen does not make them known. Look-alikes: a compound on letters everyone reads (`GGD-arts`, `ICT-systemen`,
// `WOZ-waarde`, `btw-plichtig`, `mbo-opleiding`), a word in capitals the plan also writes small, the letters spelled out before or after the
// compound, a glossary row, a compound place name (`Noord-Zuidpark`), a single capital (`A-locaties`).
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const glossary = (...rows: string[]): string[] => ['', '# Afkortingen', '', '| Afkorting | Betekenis |', '|---|---|', ...rows.map((r) => `| ${r} |`)]

const defects: BatteryWording[] = [
  ['a compound in a sentence', p('De coaches geven ook KBV-trainingen aan ouders met jonge kinderen.'), 'KBV'],
  ['a compound on a person', p('Elke school krijgt een PLV-coördinator voor twee dagdelen per week.'), 'PLV'],
  ['a compound after a number in words', p('We financieren drie ZTO-plekken per jaar bij de zorgboerderij.'), 'ZTO'],
  ['a compound in a list item', p('We breiden uit:', '', '- de HVB-teams naar alle kernen;', '- het spreekuur in de bibliotheek.'), 'HVB'],
  ['a compound in brackets', p('De wijkteams (met de SWK-consulenten erbij) werken vanuit het gemeentehuis.'), 'SWK'],
  ['a compound on a plan', p('Het RVP-uitvoeringsplan loopt tot het eind van deze periode.'), 'RVP'],
  ['a compound after digits', p('We plaatsen 12 DLK-zuilen in het centrum en bij het station.'), 'DLK'],
  ['a compound at the start of the sentence', p('TWR-controles vinden vier keer per jaar plaats bij de horeca.'), 'TWR'],
  ['a compound after voor', p('Voor de GTB-aanpak reserveren we € 40.000 per jaar.'), 'GTB'],
  ['a compound in a table cell', p('| Post | Bedrag |', '|---|---|', '| ORP-subsidie | € 12.000 |', '| Overig | € 3.000 |'), 'ORP'],
  ['a compound on lessons, in a second sentence', p('De sporthal gaat om acht uur open. De MVK-lessen zijn gratis voor kinderen tot twaalf jaar.'), 'MVK'],
  ['a compound on partners', p('Samen met de PWO-partners maken we elk jaar een werkplan.'), 'PWO'],
  // Letters the plan also writes small, but only as a shortened month with its period (`okt. 2027`): no plain word.
  ['letters a month is shortened to elsewhere', p('De OKT-medewerkers houden spreekuur op het consultatiebureau.', '', '| Actie | Start |', '|---|---|', '| Spreekuur | okt. 2027 |', '| Cursus | sep. 2028 |'), 'OKT'],
  ['letters a month is shortened to in a sentence', p('We starten in sep. 2027 met de SEP-trajecten voor nieuwe ondernemers.'), 'SEP']
]

const clean: CleanWording[] = [
  ['a compound on GGD', p('De GGD-arts houdt elke week spreekuur in de wijk.')],
  ['a compound on ICT', p('We vernieuwen de ICT-systemen van het gemeentehuis.')],
  ['the letters spelled out before the compound', p('De methode Kinderen Bewegen Veilig (KBV) werkt goed. De KBV-trainingen zijn gratis.')],
  ['the letters spelled out after the compound', p('De KBV-trainingen (Kinderen Bewegen Veilig) zijn gratis.')],
  ['a glossary row', [...p('De KBV-trainingen zijn gratis voor ouders.'), ...glossary('KBV | Kinderen Bewegen Veilig')]],
  ['a compound place name', p('Het Noord-Zuidpark krijgt nieuwe bankjes en een speelplek.')],
  ['btw in lower case', p('De sportvereniging is niet btw-plichtig voor de kantine.')],
  ['WOZ', p('De WOZ-waarde van de woningen stijgt elk jaar.')],
  ['a single capital', p('De A-locaties krijgen voorrang bij het onderhoud.')],
  ['the letters spelled out in the same sentence', p('Het Regionaal Veiligheidsplan (RVP) en het RVP-uitvoeringsplan lopen tot 2029.')],
  ['mbo in lower case', p('Jongeren op een mbo-opleiding krijgen een korting.')],
  ['CO2', p('Het CO2-budget van de gemeente daalt elk jaar.')],
  ['a shouted word the plan writes small', p('Dit is GEEN vrijblijvende afspraak. We doen dit niet alleen, maar geen partner blijft aan de kant.')]
]

describeBattery(abbreviationUndefined, defects, clean, 14)
