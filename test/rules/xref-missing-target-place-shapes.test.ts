import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

/*
 * Shapes of missing targets by PLACE, written fresh (wave 3): a paragraph number beyond the
 * numbered paragraphs of a chapter whose paragraphs have unnumbered sub-headings of their own;
 * an appendix the text says it includes (`opgenomen als bijlage 4`) in a plan without bijlagen;
 * a reference from one bijlage to a bijlage the plan does not have; a table number beyond the
 * captions when the only uncaptioned tables stand before the first caption.
 * Against the rule before: caught 2/12 defects, quiet 12/12 clean; after: 12/12, 12/12.
 */

// Chapter 4 as level-1 paragraphs 4.1–4.3, each with sub-headings without a number.
const paragraphs = (line: string): string[] => [
  '# Programma 4 Wonen',
  '',
  'Tekst.',
  '',
  '# 4.1 Wat willen we bereiken?',
  '',
  '## Doel 1: Meer betaalbare woningen',
  '',
  'Tekst.',
  '',
  '# 4.2 Wat gaan we doen?',
  '',
  '## Bouwen in de kernen',
  '',
  line,
  '',
  '# 4.3 Wat mag het kosten?',
  '',
  '## Toelichting',
  '',
  'Tekst.'
]
const noAnnexes = (line: string): string[] => ['# 1. Inleiding', '', line, '', '# 2. Aanpak', '', 'Tekst.']
const annexes = (line: string): string[] => [
  '# 1. Inleiding',
  '',
  'Tekst.',
  '',
  '# Bijlagen',
  '',
  '## Bijlage 1: Cijfers',
  '',
  line,
  '',
  '## Bijlage 2: Verslag van de avonden',
  '',
  'Tekst.'
]
// An uncaptioned agenda table first, then two captioned tables.
const tables = (line: string): string[] => [
  '# 1. Uitvoering',
  '',
  '| Actie | Wanneer |',
  '|---|---|',
  '| Buurtschouw | 2026 |',
  '',
  '# 2. Middelen',
  '',
  'Tabel 1: Lasten',
  '',
  '| Post | 2026 |',
  '|---|---|',
  '| Personeel | 40 |',
  '',
  'Tabel 2: Dekking',
  '',
  '| Bron | 2026 |',
  '|---|---|',
  '| Reserve | 40 |',
  '',
  line
]

const defects: DefectWording[] = [
  ['een paragraaf voorbij de laatste, onder subkoppen zonder nummer', paragraphs('De woningbouwreserve staat in paragraaf 4.6.'), 'paragraaf 4.6'],
  ['een § in een lijstpunt voorbij de laatste', paragraphs('- de kosten van de starterslening (zie § 4.5)'), '§ 4.5'],
  ['een paragraaf in een tabelcel voorbij de laatste', paragraphs('| Onderdeel | Waar |\n|---|---|\n| Grondprijzen | paragraaf 4.8 |'), 'paragraaf 4.8'],
  ['een bijlage die is opgenomen, in een plan zonder bijlagen', noAnnexes('Het verslag van de inloopavonden is opgenomen als bijlage 4.'), 'bijlage 4'],
  ['een bijlage waar de tekst naar verwijst, zonder bijlagen', noAnnexes('Voor de kaart verwijzen we naar bijlage 2.'), 'bijlage 2'],
  ['een bijlage waaruit de cijfers komen, zonder bijlagen', noAnnexes('De cijfers komen uit bijlage 3 en zijn van januari.'), 'bijlage 3'],
  ['een bijlage die een andere bijlage noemt die er niet is', annexes('De indicatoren van de doelen staan in bijlage 4.'), 'bijlage 4'],
  ['een bijlage die in een lijstpunt naar een ontbrekende bijlage wijst', annexes('- de bronnen: zie bijlage 3'), 'bijlage 3'],
  ['een bijlage die naar een bijlage met een hoger nummer wijst', annexes('De uitkomsten per kern vindt u in bijlage 5.'), 'bijlage 5'],
  ['een tabel na de twee bijschriften, met een tabel zonder bijschrift ervoor', tables('De verdeling per school staat in tabel 3.'), 'tabel 3'],
  ['een tabel in een lijstpunt voorbij de bijschriften', tables('- de tarieven per wijk (tabel 4)'), 'tabel 4'],
  ['een tabel met een hoog nummer voorbij de bijschriften', tables('Tabel 5 geeft de verdeling over de jaren.'), 'Tabel 5']
]

const clean: CleanWording[] = [
  ['een paragraaf die bestaat, onder subkoppen zonder nummer', paragraphs('De kosten staan in paragraaf 4.3.')],
  ['een subparagraaf van een paragraaf met subkoppen zonder nummer', paragraphs('Zie paragraaf 4.2.1 voor de kernen.')],
  ['een paragraaf van een ander stuk', paragraphs('Zie paragraaf 4.7 van de Woonvisie.')],
  ['een bijlage bij het raadsvoorstel, zonder bijlagen', noAnnexes('Het verslag is opgenomen als bijlage 4 bij dit raadsvoorstel.')],
  ['een bijlage die apart wordt meegestuurd', noAnnexes('De kaart is opgenomen als bijlage 2 (apart bijgevoegd).')],
  ['de bijlage zonder nummer', noAnnexes('De kaart is als bijlage opgenomen in het raadsvoorstel.')],
  ['een bijlage die een bestaande bijlage noemt', annexes('Het verslag van de avonden staat in bijlage 2.')],
  ['een bijlage die een bijlage van een wet noemt', annexes('Bijlage 4 bij de Regeling maatschappelijke ondersteuning geeft de normen.')],
  ['een bijlage die een bijlage van de verordening noemt', annexes('De tarieven staan in bijlage 6 van de verordening.')],
  ['een tabel die bestaat', tables('De dekking staat in tabel 2.')],
  ['een tabel van een ander stuk', tables('Tabel 5 van de Staat van Volkshuisvesting geeft de landelijke cijfers.')],
  ['een tabel zonder nummer', tables('De tabel hieronder geeft de verdeling.')]
]

describeWordings(xrefMissingTarget, defects, clean)

// The same tables with a glossary table after the captions: a list of abbreviations is no numbered table.
const glossary = (line: string): string[] => [...tables(line), '', '# Afkortingen', '', '| Afkorting | Betekenis |', '|---|---|', '| OZB | onroerendezaakbelasting |']
describeWordings(
  xrefMissingTarget,
  [
    ['een tabel voorbij de bijschriften, met een afkortingenlijst erna', glossary('De verdeling per wijk staat in tabel 3.'), 'tabel 3'],
    ['een tabel in een lijstpunt voorbij de bijschriften, met een afkortingenlijst', glossary('- de bedragen per kern: tabel 3'), 'tabel 3'],
    ['een tabel voorbij de bijschriften tussen haakjes, met een afkortingenlijst', glossary('Het aantal aanvragen (tabel 4) stijgt.'), 'tabel 4']
  ],
  [
    ['een bestaande tabel, met een afkortingenlijst', glossary('Tabel 1 geeft de lasten.')],
    ['een tabel zonder bijschrift na de bijschriften', [...tables('Tabel 3 geeft de planning.'), '', '| Fase | Jaar |', '|---|---|', '| Start | 2026 |']],
    ['de tabel met afkortingen zelf', glossary('De afkortingen staan in de tabel hieronder.')]
  ]
)

// An agenda that numbers its actions in a number column (two groups), and one that only lists rows.
// Against the rule before: caught 0/5 defects, quiet 6/6 clean; after: 5/5, 6/6.
const agenda = (line: string): string[] => [
  '# 1. Aanpak',
  '',
  line,
  '',
  '# 2. Uitvoeringsagenda',
  '',
  '| Nr | Actie | Start |',
  '|---|---|---|',
  '| 1.1 | Buurtschouw houden | 2026 |',
  '| 1.2 | Speelplekken opknappen | 2026 |',
  '| 2.1 | Valpreventie aanbieden | 2027 |',
  '| 2.2 | Beweegroute aanleggen | 2027 |',
  '| 2.3 | Ouderenbezoek uitbreiden | 2028 |'
]
const rows = (line: string): string[] => [
  '# 1. Aanpak',
  '',
  line,
  '',
  '# 2. Uitvoeringsagenda',
  '',
  '| Actie | Start |',
  '|---|---|',
  '| Buurtschouw houden | 2026 |',
  '| Speelplekken opknappen | 2026 |',
  '| Valpreventie aanbieden | 2027 |'
]
describeWordings(
  xrefMissingTarget,
  [
    ['een actie voorbij de laatste van haar groep', agenda('De wijkagent helpt bij actie 2.5.'), 'actie 2.5'],
    ['een reeks acties voorbij de laatste', agenda('- de acties 2.2 t/m 2.6 vragen extra uren'), 'acties 2.2 t/m 2.6'],
    ['een actie in een tabelcel voorbij de laatste', agenda('| Budget | Voor |\n|---|---|\n| 12.000 | actie 1.4 |'), 'actie 1.4'],
    ['een actie voorbij het aantal rijen', rows('Actie 6 vraagt een bijdrage van de provincie.'), 'Actie 6'],
    ['een reeks acties voorbij het aantal rijen', rows('De acties 2 tot en met 5 lopen door.'), 'acties 2 tot en met 5']
  ],
  [
    ['een actie die bestaat', agenda('De wijkagent helpt bij actie 2.3.')],
    ['een reeks acties die bestaan', agenda('De acties 2.1 t/m 2.3 vragen extra uren.')],
    ['een actie binnen het aantal rijen', rows('Actie 3 vraagt een bijdrage van de provincie.')],
    ['een actie van een ander stuk', rows('Dit sluit aan bij actie 14 van het Preventieakkoord.')],
    ['een actie met een jaartal', rows('Onze actie 2027 is het opknappen van speelplekken.')],
    ['een actie zonder nummer', agenda('Deze actie vraagt extra uren.')]
  ]
)
