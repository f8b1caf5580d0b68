import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Fresh wordings of a percentage or share that the numbers beside it contradict, and
// look-alikes a naive rule would flag: rounded wording, procentpunt used right, a percentage of
// another base, another year, surveys with more answers, goals, interest. One message each.
const defects: DefectWording[] = [
  ['a share in parentheses after the part', ['# Context', '', 'Vorig jaar ontvingen 312 van de 1.200 huishoudens een energietoeslag (31%).'], '`31%`'],
  ['a fraction with the part in parentheses after it', ['# Context', '', 'Ruim een kwart van de cursisten (18 van de 90) rondde de taalcursus af.'], '`Ruim een kwart`'],
  ['één op de drie after the numbers', ['# Mobiliteit', '', 'Van de 450 leerlingen fietsen er 90 naar school, één op de drie.'], '`één op de drie`'],
  ['twee derde of a whole with the part in parentheses', ['# Sport', '', 'Twee derde van de 60 sportverenigingen (24) heeft een vertrouwenspersoon.'], '`Twee derde`'],
  ['de helft with the numbers after a colon', ['# Voorzieningen', '', 'De helft van de wijkcentra is rolstoeltoegankelijk: 9 van de 26.'], '`De helft`'],
  ['het merendeel set off by commas', ['# Dienstverlening', '', 'Het merendeel van de aanvragen, 140 van de 320, kwam digitaal binnen.'], '`Het merendeel`'],
  ['de meerderheid with numbers after a colon', ['# Economie', '', 'De meerderheid van de ondervraagde ondernemers is tevreden over het ondernemersloket: 212 van de 530.'], '`De meerderheid`'],
  ['bijna alle for less than half', ['# Onderwijs', '', 'Bijna alle basisscholen doen mee aan de gezonde schoolkantine: 14 van de 31 scholen.'], '`Bijna alle`'],
  ['verdubbeld for half again', ['# Zorg', '', 'Het aantal mantelzorgers dat we in beeld hebben is verdubbeld: van 210 naar 330.'], '`verdubbeld`'],
  ['gehalveerd for a third less', ['# Schulden', '', 'De wachttijd voor schuldhulp is gehalveerd, van 9 naar 6 weken.'], '`gehalveerd`'],
  ['verdrievoudigd for a doubling', ['# Mobiliteit', '', 'Sinds de start is het aantal deelauto’s verdrievoudigd van 15 naar 30.'], '`verdrievoudigd`'],
  ['a growth percentage before its change', ['# Cultuur', '', 'Het aantal leden van de bibliotheek steeg met 25% van 400 naar 460.'], '`25%`'],
  ['procentpunten that are not the difference', ['# Onderwijs', '', 'Het aandeel voortijdig schoolverlaters daalde van 12% naar 9%, een daling van 5 procentpunt.'], '`5 procentpunt`'],
  ['een op de vijf with the numbers in parentheses', ['# Gezondheid', '', 'Een op de vijf ouderen (62 van de 410) voelt zich ernstig eenzaam.'], '`Een op de vijf`'],
  ['circa with a share of a whole and the part', ['# Jeugd', '', 'Circa 40 procent van de 320 deelnemers (80) komt uit een gezin met een laag inkomen.'], '`Circa 40 procent`'],
  ['a percentage after Hiervan', ['# Wonen', '', 'Bij de woningcorporatie staan 860 woningzoekenden ingeschreven. Hiervan zijn er 215 jonger dan 27 jaar, ongeveer een derde.'], '`ongeveer een derde`'],
  ['vrijwel alle with namelijk', ['# Veiligheid', '', 'Vrijwel alle buurtpreventieteams zijn actief, namelijk 7 van de 19.'], '`Vrijwel alle`'],
  ['procentpunt where the difference is in percent', ['# Werk', '', 'De arbeidsparticipatie steeg van 30% naar 36%, een stijging van 20 procentpunt.'], '`20 procentpunt`'],
  ['een derde after Daarvan with the whole before', ['# Armoede', '', 'Er meldden zich 540 gezinnen bij de voedselbank. Daarvan hadden er 90 kinderen onder de vier, een derde.'], '`een derde`'],
  [
    'a share of a table row said in the prose below the table',
    ['# Wonen', '', '| Kern | Woningen | Huurwoningen |', '|---|---|---|', '| Dorpshaven | 640 | 210 |', '| Westerveld | 1.120 | 530 |', '| Oudeland | 240 | 60 |', '| Totaal | 2.000 | 800 |', '', 'In Westerveld staat 66% van de woningen.'],
    '`66%`'
  ],
  [
    'a table row whose percentage is not its count of the total',
    ['# Wonen', '', '| Wijk | Woningen | Aandeel |', '|---|---|---|', '| Noord | 120 | 40% |', '| Zuid | 180 | 45% |', '| Oost | 100 | 25% |', '| Totaal | 400 | 100% |'],
    '`40%`'
  ],
  [
    'the shares of one whole in a table add up to more than 100%',
    ['# Bevolking', '', '| Leeftijdsgroep | Aandeel inwoners |', '|---|---|', '| 0 tot 18 jaar | 24% |', '| 18 tot 65 jaar | 58% |', '| 65 jaar en ouder | 26% |', '| Totaal | 100% |'],
    '`108%`'
  ],
  [
    'the shares of a distribution in a list add up to more than 100%',
    ['# Participatie', '', 'De deelnemers aan de bewonersavonden zijn als volgt verdeeld naar woonplaats:', '', '- kern: 38%', '- buitengebied: 27%', '- nieuwbouwwijk: 41%'],
    '`106%`'
  ]
]

const clean: CleanWording[] = [
  ['ruim within one step', ['# Context', '', 'Van de 1.250 aanvragen voor bijzondere bijstand werden er 390 toegekend, ruim 30%.']],
  ['circa with a fraction', ['# Jeugd', '', 'Circa een derde van de 90 deelnemers (28) woont in het buitengebied.']],
  ['ongeveer with a percentage of a whole', ['# Wonen', '', 'Ongeveer 45 procent van de 800 huurders (362) heeft een huurtoeslag.']],
  ['bijna de helft that is just under', ['# Zorg', '', 'Bijna de helft van de 300 mantelzorgers (141) voelt zich zwaar belast.']],
  ['procentpunt and procent used right', ['# Gezondheid', '', 'Het aandeel rokers daalde van 20% naar 15%, een daling van 5 procentpunt of 25 procent.']],
  ['a percentage of another base than the numbers', ['# Duurzaamheid', '', 'Van de 40 sporthallen zijn er 12 verduurzaamd, en hun energieverbruik ligt gemiddeld op 70% van de landelijke norm.']],
  ['percentages of different years', ['# Energie', '', 'In 2021 had 22% van de woningen een A-label; nu zijn dat 410 van de 1.500 woningen.']],
  [
    'a survey with more answers possible',
    ['# Participatie', '', 'Waarom sporten inwoners? (meer antwoorden mogelijk)', '', '- gezondheid: 64%', '- gezelligheid: 48%', '- ontspanning: 37%']
  ],
  ['growth percentages per district', ['# Wonen', '', 'De groei van het aantal woningen per wijk:', '', '- Noord: +12%', '- Zuid: +48%', '- West: +61%']],
  ['100% coverage as a goal', ['# Digitalisering', '', 'Nu zijn 1.180 van de 1.400 adressen aangesloten, op weg naar 100% dekking van glasvezel.']],
  ['an interest rate beside a part', ['# Financiën', '', 'Voor de 12 van de 40 leningen die we herfinancieren rekenen we met een rente van 3,2%.']],
  ['2 op de 3 that is right', ['# Leefbaarheid', '', '2 op de 3 bewoners (412 van de 618) voelt zich veilig in de eigen buurt.']],
  ['a growth percentage before a change that fits', ['# Cultuur', '', 'Het aantal leden van de bibliotheek steeg met 15% van 400 naar 460.']],
  ['het merendeel that is more than half', ['# Dienstverlening', '', 'Het merendeel van de 320 aanvragen (201) kwam digitaal binnen.']],
  [
    'a table whose rows fit the total',
    ['# Wonen', '', '| Wijk | Woningen | Aandeel |', '|---|---|---|', '| Noord | 120 | 30% |', '| Zuid | 180 | 45% |', '| Oost | 100 | 25% |', '| Totaal | 400 | 100% |']
  ],
  [
    'a table of rates per district, each of its own group',
    ['# Bevolking', '', '| Wijk | Inwoners | Aandeel 65-plus |', '|---|---|---|', '| Noord | 4.200 | 31% |', '| Zuid | 3.900 | 22% |', '| Oost | 2.100 | 27% |', '| Totaal | 10.200 | 27% |']
  ],
  ['de helft of something else than the part', ['# Voorzieningen', '', '9 van de 26 wijkcentra zijn toegankelijk, en de helft van de sportparken heeft een AED.']],
  ['a distribution in a list that adds up', ['# Participatie', '', 'De respondenten zijn als volgt verdeeld naar leeftijd:', '', '- jonger dan 30: 22%', '- 30 tot 65: 51%', '- 65 of ouder: 27%']],
  ['verdubbeld that roughly fits', ['# Taal', '', 'Het aantal deelnemers aan de taalcafés is verdubbeld, van 45 naar 92.']],
  ['halveren as a goal that fits', ['# Openbare ruimte', '', 'We willen het aantal meldingen over zwerfafval halveren, van 800 naar 400.']],
  ['satisfaction scores that are no parts of a whole', ['# Tevredenheid', '', '- tevreden over het groen: 72%', '- tevreden over de verlichting: 81%', '- tevreden over de bestrating: 54%']],
  [
    'a table with a subtotal row counted in the column',
    ['# Zorg', '', '| Voorziening | Aandeel cliënten |', '|---|---|', '| Wmo | 55% |', '| waarvan huishoudelijke hulp | 30% |', '| Jeugdhulp | 45% |', '| Totaal | 100% |']
  ],
  [
    'a cross table with a Totaal column per row',
    ['# Wonen', '', '| Kern | Koop | Huur | Totaal |', '|---|---|---|---|', '| Dorp | 62% | 38% | 100% |', '| Stad | 41% | 59% | 100% |', '| Totaal | 47% | 53% | 100% |']
  ],
  ['an indexation of a budget beside a part', ['# Financiën', '', 'Van de 14 subsidies zijn er 9 meerjarig, met een jaarlijkse indexatie van 2,4%.']],
  [
    'a share of a table row that fits',
    ['# Wonen', '', '| Kern | Woningen | Huurwoningen |', '|---|---|---|', '| Dorpshaven | 640 | 210 |', '| Westerveld | 1.120 | 530 |', '| Oudeland | 240 | 60 |', '| Totaal | 2.000 | 800 |', '', 'In Westerveld staat ruim de helft van de woningen, en in Dorpshaven bijna een derde.']
  ],
  [
    'a share of a table row of another noun or year',
    ['# Wonen', '', '| Kern | Woningen | Huurwoningen |', '|---|---|---|', '| Dorpshaven | 640 | 210 |', '| Westerveld | 1.120 | 530 |', '| Oudeland | 240 | 60 |', '| Totaal | 2.000 | 800 |', '', 'In Westerveld woont 66% van de jongeren. In 2015 stond in Oudeland nog 40% van de woningen.']
  ],
  ['bijna alle that is nearly all', ['# Onderwijs', '', 'Bijna alle basisscholen doen mee aan de gezonde schoolkantine: 29 van de 31 scholen.']]
]

describeWordings(percentageClaimCheck, defects, clean)
