import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// A share whose whole is named, not numbered: `van alle <noun> die ...`, `van de <noun> met ...`.
// The plan states that whole once as a count of the same noun, but elsewhere: an earlier
// paragraph, another section, the total row of a table. The share reader looked for the whole
// only in the claim's own sentence.
const intro = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['whole in an earlier paragraph, relative clause', intro(
    'Dit voorjaar schreven 840 ouders zich in voor de opvoedcursus.', '',
    'Een groot deel kwam elke week: 510 ouders, 71% van alle ouders die zich inschreven.'), '71%'],
  ['whole in another section, fraction word', [
    '# Aanleiding', '', 'In 2025 bezochten 3.600 inwoners het wijkspreekuur.', '',
    '# Knelpunten', '', 'Een schuldvraag hadden 1.450 inwoners, ruim de helft van alle inwoners die het spreekuur bezochten.'], 'ruim de helft'],
  ['whole in a table total row', intro(
    '| Wijk | Aanvragen | Toegekend |', '|---|---|---|', '| Noord | 700 | 180 |', '| Zuid | 500 | 120 |', '| Totaal | 1.200 | 300 |', '',
    'Met voorrang behandeld werden 420 aanvragen, 45 procent van alle aanvragen.'), '45 procent'],
  ['share in words, whole earlier', intro(
    'Vorig jaar meldden zich 800 vrijwilligers aan bij het steunpunt.', '',
    'Tweehonderd vrijwilligers haakten binnen een maand af, een derde van alle vrijwilligers die zich aanmeldden.'), 'een derde'],
  ['share first, part after', intro(
    'Aan de peiling deden 910 leerlingen mee.', '',
    'Bijna 40 procent van alle leerlingen die meededen aan de peiling, 212 leerlingen, zegt gepest te worden.'), 'Bijna 40 procent'],
  ['list item', intro(
    'In 2025 kregen 480 huishoudens een energietoelage. Wat deden zij ermee?', '',
    '- 130 huishoudens, 40% van de huishoudens met een toelage, lieten hun woning isoleren;',
    '- de rest betaalde er de energierekening van.'), '40%'],
  ['brackets, passive whole', intro(
    'De enquête werd door 960 reizigers teruggestuurd.', '',
    'Een klacht dienden 64 reizigers in (12% van alle reizigers die de enquête terugstuurden).'), '12%'],
  ['plain noun without qualifier', intro(
    'In 2025 kwamen 2.480 meldingen over overlast binnen.', '',
    'Over geluid gingen 910 meldingen, 45 procent van alle meldingen.'), '45 procent'],
  ['whole with a place qualifier', intro(
    'Het sportakkoord telt 54 sportverenigingen in de gemeente.', '',
    'Een jeugdplan hebben 18 sportverenigingen, de helft van alle sportverenigingen in de gemeente.'), 'de helft'],
  ['table column total, a part outside the table', [
    '# Cursussen', '', '| Cursus | Deelnemers |', '|---|---|', '| Taal | 380 |', '| Digitaal | 240 |', '| Totaal | 620 |', '',
    '# Vervolg', '', 'Een vervolgcursus volgden 240 deelnemers, 55 procent van alle deelnemers.'], '55 procent'],
  ['decimal percentage', intro(
    'Het consultatiebureau screende in 2025 in totaal 1.640 kinderen.', '',
    'Een taalachterstand bleek bij 212 kinderen, 8,5% van alle kinderen die werden gescreend.'), '8,5%'],
  ['whole in the next-but-one paragraph before, percent spelled out', intro(
    'Op de informatieavonden waren 275 ondernemers aanwezig.', '',
    'De avonden werden goed gewaardeerd.', '',
    'Een aanvraag voor de verduurzamingslening dienden 44 ondernemers in, 25 procent van alle ondernemers die aanwezig waren.'), '25 procent'],
  ['van de with a relative clause, the share in the middle', intro(
    'In het eerste jaar sloten 1.320 bewoners een abonnement op de deelauto af.', '',
    'Zo\'n 60% van de bewoners die een abonnement afsloten, in totaal 520 bewoners, gebruikt de auto elke week.'), '60%']
]

const clean: CleanWording[] = [
  ['whole in an earlier paragraph, share right', intro(
    'Dit voorjaar schreven 840 ouders zich in voor de opvoedcursus.', '',
    'Een groot deel kwam elke week: 510 ouders, 61% van alle ouders die zich inschreven.')],
  ['two counts of the noun: the whole is not known', intro(
    'In 2024 schreven 700 ouders zich in, in 2025 waren het 840 ouders.', '',
    'Een groot deel kwam elke week: 510 ouders, 80% van alle ouders die zich inschreven.')],
  ['a whole of another noun', intro(
    'Dit voorjaar schreven 840 ouders zich in voor de opvoedcursus.', '',
    'Er kwamen 120 kinderen mee, 40% van alle kinderen in de wijk.')],
  ['a qualifier the stated count does not carry', intro(
    'In 2025 kregen 480 huishoudens een energietoelage.', '',
    'Dat zijn 480 huishoudens, 6 procent van alle huishoudens in de gemeente.')],
  ['two counts in one sentence', intro(
    'Van de 2.000 bewoners van de wijk deden er 400 bewoners mee aan het onderzoek.', '',
    'Overlast ervaren 120 bewoners, 30% van alle bewoners die meededen.')],
  ['a fraction word that holds', intro(
    'Vorig jaar meldden zich 840 vrijwilligers aan bij het steunpunt.', '',
    'Driehonderd vrijwilligers haakten af, ruim een derde van alle vrijwilligers die zich aanmeldden.')],
  ['a target count is not the whole', intro(
    'We willen in 2028 1.000 deelnemers bereiken.', '',
    'Nu doen 300 deelnemers mee, 45% van alle deelnemers die zich aanmeldden.')],
  ['whole of another year', intro(
    'In 2023 kwamen 2.480 meldingen over overlast binnen.', '',
    'In 2025 gingen 910 meldingen over geluid, 20 procent van alle meldingen in 2025.')],
  ['the share of a sub-group named by a longer phrase', intro(
    'Op de informatieavonden waren 275 ondernemers aanwezig.', '',
    'Van de ondernemers met een winkel in het centrum vroeg 30 procent een lening aan: 44 ondernemers.')],
  ['table total, share right', intro(
    '| Wijk | Aanvragen | Toegekend |', '|---|---|---|', '| Noord | 700 | 180 |', '| Zuid | 500 | 120 |', '| Totaal | 1.200 | 300 |', '',
    'Met voorrang behandeld werden 420 aanvragen, 35 procent van alle aanvragen.')],
  ['a whole stated after the claim, share right', intro(
    'Een klacht dienden 64 reizigers in, 7% van alle reizigers die reageerden.', '',
    'In totaal reageerden 960 reizigers op de enquête, 15 procent meer dan vorig jaar.')],
  ['the part in another unit than the whole', intro(
    'In 2025 bezochten 3.600 inwoners het wijkspreekuur.', '',
    'Dat kostte 1.450 uur, ruim de helft van alle uren van het team.')]
]

describeBattery(percentageClaimCheck, defects, clean, 12)

// A row's share of its column's total for one year: the year in the sentence picks the column
// (`Inzamelingen 2025`, or a bare `2025`), and a share said with its year (`van 32% in 2024 naar
// 40% in 2025`) is the row's share of that year's total. The reader dropped any sentence with a year.
const perWijk = ['| Wijk | Inzamelingen 2024 | Inzamelingen 2025 |', '|---|---|---|', '| Oost | 130 | 150 |', '| West | 210 | 240 |', '| Zuid | 160 | 210 |', '| Totaal | 500 | 600 |', '']
const perSoort = ['| Soort | 2023 | 2025 |', '|---|---|---|', '| Glas | 300 | 280 |', '| Papier | 500 | 520 |', '| Textiel | 200 | 400 |', '| Totaal | 1.000 | 1.200 |', '']
const wijk = (...lines: string[]): string[] => ['# Afval', '', 'De tabel geeft het aantal inzamelingen per wijk.', '', ...perWijk, ...lines]
const soort = (...lines: string[]): string[] => ['# Afval', '', 'De tabel geeft het aantal ingezamelde containers per soort.', '', ...perSoort, ...lines]

const yearDefects: BatteryWording[] = [
  ['year after the noun, row after the verb', wijk('Ruim een derde van alle inzamelingen in 2025 vond plaats in Oost.'), 'Ruim een derde'],
  ['year first, row last', wijk('In 2024 kwam 35 procent van de inzamelingen uit Oost.'), '35 procent'],
  ['aandeel of a row, two years, the later wrong', wijk('Het aandeel van Zuid liep op van 32% in 2024 naar 40% in 2025.'), '40%'],
  ['aandeel in a year-header table, the later wrong', soort('Het aandeel textiel steeg van 20% in 2023 naar 40% in 2025.'), '40%'],
  ['aandeel with its year before', soort('In 2025 was het aandeel glas nog 30 procent.'), '30 procent'],
  ['een aandeel van, row as subject', soort('Papier had in 2023 een aandeel van 45%.'), '45%'],
  ['percent in words', wijk('Zo\'n twintig procent van alle inzamelingen in 2024 kwam uit Oost.'), 'twintig procent'],
  ['list item', wijk('- Oost: 30% van alle inzamelingen in 2025;', '- West: 40% van alle inzamelingen in 2025.'), '30%'],
  ['brackets', wijk('Zuid (ruim 40 procent van de inzamelingen in 2025) groeide het hardst.'), 'ruim 40 procent'],
  ['row and year before the share', wijk('In West vond in 2024 ruim de helft van alle inzamelingen plaats.'), 'ruim de helft'],
  ['aandeel with a verb of staying', soort('Het aandeel papier bleef in 2025 steken op 38 procent.'), '38 procent'],
  ['decimal share of a year column', wijk('Oost had in 2025 een aandeel van 28,5% in alle inzamelingen.'), '28,5%'],
  ['aandeel over a row', soort('Het aandeel containers met glas daalde van 30% in 2023 naar 15% in 2025.'), '15%']
]

const yearClean: CleanWording[] = [
  ['year column share right', wijk('Van alle inzamelingen in 2025 vond 40 procent plaats in West.')],
  ['fraction word right', wijk('In 2024 kwam ruim een kwart van de inzamelingen uit Oost.')],
  ['two years right', wijk('Het aandeel van Zuid liep op van 32% in 2024 naar 35% in 2025.')],
  ['year-header table right', soort('Het aandeel textiel steeg van 20% in 2023 naar 33% in 2025.')],
  ['a year the table has not', wijk('In 2022 kwam 40 procent van de inzamelingen uit West.')],
  ['two rows together', wijk('Oost en West hadden in 2025 samen 65% van alle inzamelingen.')],
  ['a share within the row', wijk('In 2025 ging 70 procent van de inzamelingen in West per bakfiets.')],
  ['a growth of a row', wijk('In Zuid groeide het aantal inzamelingen in 2025 met 31 procent.')],
  ['aandeel right', soort('Het aandeel glas was in 2025 23 procent.')],
  ['aandeel of something said of the row', soort('Het aandeel gerecycled glas was in 2025 90 procent.')],
  ['a change in counts of a row', soort('Textiel verdubbelde: van 200 in 2023 naar 400 in 2025, een groei van 100%.')]
]

describeBattery(percentageClaimCheck, yearDefects, yearClean, 13)

// A relative change of a level stated as two percentages in earlier sentences of the section
// (`In 2021 was de deelname 40%.` … `In 2025 was de deelname 50%.` … `De deelname is daarmee met een
// kwart gegroeid.`): the change runs from the earlier level to the later. The reader looked for a
// change only inside one sentence.
const levels = (...lines: string[]): string[] => ['# Resultaten', '', ...lines]

const levelDefects: BatteryWording[] = [
  ['two sentences, a fraction word', levels('In 2021 was de deelname 40%. In 2025 was de deelname 50%.', 'Relatief is de deelname daarmee met ruim een derde gegroeid.'), 'ruim een derde'],
  ['two paragraphs, de helft', levels('Bij de eerste meting lag de tevredenheid op 60 procent.', '', 'Bij de tweede meting kwam de tevredenheid uit op 75 procent.', '', 'De tevredenheid is daarmee met de helft gestegen.'), 'de helft'],
  ['a fall in percent', levels('Het verzuim bedroeg in 2022 8%. In 2025 was het verzuim 6%.', 'Het verzuim daalde zo met ruim 30 procent.'), 'ruim 30 procent'],
  ['decimal level', levels('De bezettingsgraad was vorig jaar 62,5%.', 'Dit jaar is de bezettingsgraad 75%.', 'Zo nam de bezettingsgraad met een derde toe.'), 'een derde'],
  ['percent in words', levels('In 2020 was de respons 20%. In 2024 was de respons 30%.', 'De respons steeg daarmee met dertig procent.'), 'dertig procent'],
  ['list items as levels', levels('Twee metingen:', '', '- bij de start een slagingspercentage van 55%;', '- aan het eind een slagingspercentage van 66%.', '', 'Het slagingspercentage is dus met een derde gestegen.'), 'een derde'],
  ['relatief with percent', levels('Vorig jaar was de dekking 30%. Nu is de dekking 40%.', 'Relatief steeg de dekking met 50 procent.'), '50 procent'],
  ['levels with toen and counts around them', levels('In 2019 vroegen 200 winkels een keurmerk aan; de naleving was toen 45%.', 'In 2024 waren dat er 180, met een naleving van 54%.', 'Relatief is de naleving met ruim een kwart toegenomen.'), 'ruim een kwart'],
  ['a longer subject', levels('Het percentage gescheiden afval lag in 2023 op 48%.', 'In 2025 lag het percentage gescheiden afval op 60%.', 'Daarmee is het percentage met de helft toegenomen.'), 'de helft'],
  ['a fall by a fraction', levels('In 2020 was de uitval 24 procent. Nu is de uitval 18 procent.', 'De uitval is daarmee met een derde gedaald.'), 'een derde'],
  ['in brackets', levels('In 2022 was de dekkingsgraad 50%. In 2025 was de dekkingsgraad 65%.', 'De dekkingsgraad steeg flink (relatief met 40%).'), '40%'],
  ['levels of another wording', levels('Bij de verkiezing van 2018 was de opkomst 30%.', 'Bij de laatste verkiezing kwam de opkomst op 36%.', 'De opkomst groeide dus met een derde.'), 'een derde']
]

const levelClean: CleanWording[] = [
  ['a fraction word that holds', levels('In 2021 was de deelname 40%. In 2025 was de deelname 50%.', 'Relatief is de deelname daarmee met een kwart gegroeid.')],
  ['in points', levels('In 2021 was de deelname 40%. In 2025 was de deelname 50%.', 'De deelname is met 10 procentpunt gestegen.')],
  ['levels of two things', levels('In 2021 was de deelname 40%. In 2025 was de tevredenheid 50%.', 'De deelname is met de helft gegroeid.')],
  ['one level only', levels('In 2025 was de deelname 50%.', 'De deelname is met een kwart gegroeid.')],
  ['a change of another subject', levels('In 2021 was de deelname 40%. In 2025 was de deelname 50%.', 'Het aantal vrijwilligers is met de helft gegroeid.')],
  ['three levels, the last two', levels('In 2019 was de respons 20%. In 2022 was de respons 25%. In 2025 was de respons 30%.', 'De respons is sinds 2022 met een vijfde gestegen.')],
  ['levels after the claim', levels('De deelname is met de helft gegroeid.', 'In 2021 was de deelname 40%. In 2025 was de deelname 50%.')],
  ['a share, no change', levels('In 2021 was de deelname 40%. In 2025 was de deelname 50%.', 'De helft van de deelnemers woont in het centrum.')],
  ['relatief with percent that holds', levels('Vorig jaar was de dekking 30%. Nu is de dekking 40%.', 'Relatief steeg de dekking met 33 procent.')],
  ['counts, not levels', levels('In 2021 had de club 40 leden. In 2025 had de club 50 leden.', 'Het ledental is met een kwart gegroeid.')],
  ['a fall that holds', levels('In 2020 was de uitval 24 procent. Nu is de uitval 18 procent.', 'De uitval is daarmee met een kwart gedaald.')]
]

describeBattery(percentageClaimCheck, levelDefects, levelClean, 12)

// A share that closes its sentence right after the sentence's one part and whole, naming that whole
// by another word (`respondenten` for the parents who sent the survey back, `cursisten` for the
// residents who took part). The reader took the other noun for another whole and let the share go.
const renamed = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const renamedDefects: BatteryWording[] = [
  ['respondenten for ouders', renamed('Van de 860 ouders die de enquête terugstuurden, waren er 215 ontevreden over de opvang, bijna een derde van de respondenten.'), 'bijna een derde'],
  ['van hen, cursisten', renamed('Aan de cursus deden 96 bewoners mee; 30 van hen rondden hem af, ruim de helft van de cursisten.'), 'ruim de helft'],
  ['aanvragen for aanvragers', renamed('Van de 1.500 aanvragers kregen er 420 een toekenning, ruim 40 procent van de aanvragen.'), 'ruim 40 procent'],
  ['after a colon, an adjective before the noun', renamed('Van de 320 gecontroleerde zaken hadden er 48 hun papieren niet op orde: een kwart van de bezochte bedrijven.'), 'een kwart'],
  ['van hen after a semicolon', renamed('In 2025 meldden zich 640 vrijwilligers; 96 van hen stopten binnen een jaar, 20 procent van de aanmeldingen.'), '20 procent'],
  ['numbers in words', renamed('Van de veertig scholen deden er twaalf mee, de helft van alle instellingen.'), 'de helft'],
  ['in brackets', renamed('Van de 2.200 huishoudens met een laag inkomen vroegen er 350 een toeslag aan (ruim een kwart van de gezinnen).'), 'ruim een kwart'],
  ['list item', renamed('- Van de 180 deelnemende sportclubs hebben er 27 een jeugdplan, een kwart van de verenigingen.'), 'een kwart'],
  ['deelnemers for ondernemers', renamed('Van de 75 ondervraagde ondernemers gaven er 30 een voldoende, ruim de helft van de deelnemers.'), 'ruim de helft'],
  ['decimal percentage', renamed('Van de 4.800 ouderen kregen er 610 een huisbezoek, 18,5% van de senioren.'), '18,5%'],
  ['klachten for meldingen', renamed('Van de 230 meldingen waren er 46 anoniem, ruim een kwart van de klachten.'), 'ruim een kwart'],
  ['invullers after a colon', renamed('Er reageerden 520 jongeren op de peiling, en 130 van hen willen meer sportaanbod: een derde van de invullers.'), 'een derde'],
  // The pointer's whole in the clause before it, in the same sentence.
  ['daarvan after a comma', renamed('Het fonds kreeg 340 aanvragen binnen, daarvan werden er 102 gehonoreerd, ruim 40 procent.'), 'ruim 40 procent'],
  ['van hen after maar', renamed('We spraken 88 mantelzorgers, maar 22 van hen kenden het steunpunt, bijna een derde.'), 'bijna een derde'],
  ['hiervan after a colon', renamed('In het voorjaar keurden we 150 speeltoestellen: hiervan moesten er 45 worden vervangen, een kwart.'), 'een kwart']
]

const renamedClean: CleanWording[] = [
  ['respondenten, right', renamed('Van de 860 ouders die de enquête terugstuurden, waren er 215 ontevreden over de opvang, een kwart van de respondenten.')],
  ['a share of another group with its own verb', renamed('Van de 860 ouders waren er 215 ontevreden, en 40 procent van de grootouders was dat ook.')],
  ['a share of the part, going on', renamed('Van de 1.500 aanvragers kregen er 420 een toekenning; 60 procent van de toekenningen ging naar gezinnen.')],
  ['a national figure', renamed('Van de 320 zaken hadden er 48 hun papieren niet op orde, tegen 25 procent van de zaken landelijk.')],
  ['two pairs', renamed('Van de 860 ouders waren er 215 ontevreden en van de 400 grootouders 80, ruim een derde van de respondenten.')],
  ['a share of a far wider whole that goes on', renamed('Van de 860 ouders waren er 215 ontevreden, en 3 procent van de inwoners klaagde.')],
  ['klachten, right', renamed('Van de 230 meldingen waren er 46 anoniem, een vijfde van de klachten.')],
  ['in points', renamed('Van de 230 meldingen waren er 46 anoniem, 4 procentpunt meer dan vorig jaar.')],
  ['a change against a year', renamed('Van de 1.500 aanvragers kregen er 420 een toekenning, 10 procent meer dan in 2024.')],
  ['deelnemers, right', renamed('Van de 75 ondervraagde ondernemers gaven er 30 een voldoende, 40 procent van de deelnemers.')],
  ['daarvan after a comma, right', renamed('Het fonds kreeg 340 aanvragen binnen, daarvan werden er 102 gehonoreerd, 30 procent.')],
  ['van hen of an earlier sentence, the clause before without a count', renamed('We spraken 88 mantelzorgers.', 'Het steunpunt is bekend, maar 22 van hen gebruiken het, een kwart.')],
  ['two counts in the clause before', renamed('We spraken 88 mantelzorgers en 40 vrijwilligers, en 22 van hen kenden het steunpunt, ruim de helft.')]
]

describeBattery(percentageClaimCheck, renamedDefects, renamedClean, 15)
