import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * A thema, principe or pijler named by its number with another name than its title, written
 * fresh in prose, finance rows, agenda cells and headings, and look-alikes that name it right
 * (a short form, an abbreviation, another case or punctuation) or are no name at all.
 */

// Three thema's numbered in their headings.
const themas = [
  "# Thema's",
  '',
  '## Thema 1: Betaalbaar wonen {#t1}',
  '',
  'Tekst.',
  '',
  '## Thema 2: Gezond en actief leven {#t2}',
  '',
  'Tekst.',
  '',
  '## Thema 3: Werk en inkomen {#t3}',
  '',
  'Tekst.',
  ''
]
// Three principes, numbered by their order.
const principes = ['# Principes', '', '## De inwoner centraal', '', 'Tekst.', '', '## Eén loket', '', 'Tekst.', '', '## Vroeg erbij', '', 'Tekst.', '']
// Three pijlers in a chapter of their own, numbered in their headings.
const pijlers = ['# Pijlers', '', '## Pijler 1: Preventie', '', 'Tekst.', '', '## Pijler 2: Toegang tot hulp', '', 'Tekst.', '', '## Pijler 3: Samenwerking in de regio', '', 'Tekst.', '']
const prose = (line: string, parts = themas): string[] => [...parts, '# Aanpak', '', line, '']
const finance = (label: string): string[] => [...themas, '# Financiën', '', '| Onderdeel | 2026 | 2027 |', '|---|---|---|', `| ${label} | 40.000 | 45.000 |`, '']
const agendaCell = (cell: string): string[] => [...themas, '# Uitvoeringsagenda', '', '| Activiteit | Thema | Start |', '|---|---|---|', `| Woonloket openen | ${cell} | 2026 |`, '']

const defects: DefectWording[] = [
  ['een oude naam tussen haakjes', prose('De woningbouw valt onder thema 1 (Volkshuisvesting).'), 'Volkshuisvesting'],
  ['een oude naam tussen aanhalingstekens', prose('Thema 3 ‘Meedoen naar vermogen’ krijgt de meeste middelen.'), 'Meedoen naar vermogen'],
  ['een oude naam in een financiële rij', finance('Thema 2: Sport en bewegen'), 'Sport en bewegen'],
  ['een oude naam met een streepje in een financiële rij', finance('Thema 3 – Arbeidsmarkt'), 'Arbeidsmarkt'],
  ['een oude naam in een agendacel', agendaCell('Thema 1: Starters op de woningmarkt'), 'Starters op de woningmarkt'],
  ['een oude naam in een agendakop', [...themas, '# Uitvoeringsagenda', '', '## Thema 2: Vitaal ouder worden', '', '| Activiteit | Start |', '|---|---|', '| Beweegtuin | 2026 |', ''], 'Vitaal ouder worden'],
  ['een principe met een andere naam', prose('Principe 2 (Een aanspreekpunt per gezin) vraagt een andere werkwijze.', principes), 'Een aanspreekpunt per gezin'],
  ['een principe met aanhalingstekens', prose('Dit is uitgewerkt in principe 3 "Snel ingrijpen".', principes), 'Snel ingrijpen'],
  ['een rangtelwoord met een oude naam', prose('Het derde thema (Arbeid en participatie) sluit aan op de regio.'), 'Arbeid en participatie'],
  ['een telwoord met een oude naam', prose('Thema twee (Bewegen voor iedereen) loopt door tot 2028.'), 'Bewegen voor iedereen'],
  ['een pijler met een oude naam', prose('Pijler 2 (Snelle hulp) vraagt de meeste inzet.', pijlers), 'Snelle hulp'],
  ['een kop buiten de agenda', [...themas, '# Resultaten', '', '## Thema 3: Economie en arbeid', '', 'Tekst.', ''], 'Economie en arbeid'],
  ['een opsommingsteken met een oude naam', prose('- Thema 1: Wonen voor jongeren').concat(['- Thema 2: Gezond en actief leven', '']), 'Wonen voor jongeren'],
  ['een cel in een andere tabel', [...themas, '# Monitoring', '', '| Onderdeel | Indicator |', '|---|---|', '| Thema 2: Sportief Veldhoorn | Aantal leden |', ''], 'Sportief Veldhoorn'],
  ['een pijler in een financiële rij', [...pijlers, '# Financiën', '', '| Pijler | 2026 | 2027 |', '|---|---|---|', '| Pijler 3: Regionale inkoop | 10.000 | 12.000 |', ''], 'Regionale inkoop'],
  ['een link met een andere vorm', prose('Zie [Gezond en actief wonen](#t2) voor de aanpak.'), 'Gezond en actief wonen']
]

const clean: CleanWording[] = [
  ['de eerste woorden van de titel', prose('Dit valt onder thema 2 (Gezond en actief).')],
  ['de titel in hoofdletters', finance('THEMA 2: GEZOND EN ACTIEF LEVEN')],
  ['de titel met andere leestekens', finance('Thema 3 - Werk & inkomen.')],
  ['een afkorting uit de beginletters', prose('De budgetten van thema 1 (BW) blijven gelijk.')],
  ['de titel tussen aanhalingstekens met het goede nummer', prose('In thema 3 ‘Werk en inkomen’ staat de aanpak.')],
  ['een verwijzing tussen haakjes', prose('Zie thema 1 (zie hoofdstuk 4) en thema 2 (tabel 3).')],
  ['een toelichting in kleine letters', prose('Thema 3 (vooral in de kernen) krijgt extra aandacht.')],
  ['een jaartal tussen haakjes', prose('Thema 2 (2027) wordt geëvalueerd.')],
  ['een rij zonder nummer', finance('Sport en bewegen')],
  ['een agendacel met de titel', agendaCell('Thema 1: Betaalbaar wonen')],
  ['een agendacel met alleen het nummer', agendaCell('Thema 3')],
  ['een zin na een dubbele punt', prose('Voor thema 2: daar zetten we de buurtsportcoaches in.')],
  ['een principe met een ingekorte titel', prose('Principe 2 (Eén loket) geldt overal.', principes)],
  ['een pijler bij de goede naam', prose('Pijler 3 (Samenwerking in de regio) krijgt een eigen regisseur.', pijlers)],
  ['een thema van een ander stuk', prose('Thema 2 van de regionale agenda (Vitale regio) sluit hierop aan.')],
  ['een rangtelwoord met een ingekorte titel', prose('Het eerste thema (Betaalbaar wonen) vraagt het meeste geld.')],
  ['de kop zelf', themas],
  ['een losse afkorting tussen haakjes', prose('Het tweede thema (Wmo) en thema 3 (UWV) vragen samenwerking.')],
  ['een kop die de titel aanvult', [...pijlers, '# Uitvoering', '', '## Pijler 1 Preventie: acties', '', 'Tekst.', '']]
]

describeWordings(titleDrift, defects, clean)
