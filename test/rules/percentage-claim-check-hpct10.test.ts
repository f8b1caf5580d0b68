import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct10, written before reading the rule: three shapes that were not read at all.
// (1) a fraction that names its whole again after the claim (`van alle X`, `van het aantal X`,
// `van de X`) with the same noun as the whole of the counts;
// (2) a change written `A ..., tegen B in <jaar>` (also `tegenover`, `vergeleken met`);
// (3) a change whose two values stand in two sentences, each with its own year.
// The look-alikes: a fraction naming another whole, a `tegen` that is no old value, two
// sentences about different things, and correct claims of each shape.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  // (1) the whole named again
  ['whole again, van alle', p('Van de 260 aanvragen voor een parkeervergunning werden er in 2025 91 afgewezen, ruim de helft van alle aanvragen.')],
  ['whole again, van het aantal', p('In 2025 kregen 58 van de 75 scholen een bezoek, ongeveer een derde van het aantal scholen.')],
  ['whole again, in brackets', p('Bij 19 van de 120 inspecties (bijna de helft van alle inspecties) bleek de brandveiligheid onvoldoende.')],
  ['whole again, list item with percent', p('De wijkteams:', '', '- 33 van de 44 wijkteams werken met een vast spreekuur, zo\'n 40% van de wijkteams;', '- de overige teams werken op afspraak.')],
  ['whole again, numbers in words', p('Van de tweehonderd deelnemers ronden er 150 de cursus af, ongeveer een vijfde van het aantal deelnemers.')],
  // (2) tegen / tegenover / vergeleken met
  ['tegen, daling', p('In 2025 stonden 180 woningen langer dan een jaar leeg, tegen 240 in 2020, een daling van bijna 40%.')],
  ['tegenover, stijging', p('Het aantal meldingen van zwerfafval kwam in 2025 uit op 612, tegenover 450 in 2022: een stijging van ongeveer 20%.')],
  ['vergeleken met, toename', p('In 2024 maakten 1.340 reizigers gebruik van de buurtbus, vergeleken met 1.100 in 2021, een toename van 45%.')],
  ['tegen, words, afname in brackets', p('De gemeente telde in 2025 negen kinderboerderijen, tegen twaalf in 2018 (een afname van 50%).')],
  ['tegen, second clause', p('In 2024 waren er 75 inbraken in bedrijfspanden, tegen 60 in 2021; dat is een stijging van 10%.')],
  // (3) two sentences with their years
  ['two sentences, stijging', p('In 2020 zwommen 860 kinderen hun A-diploma. In 2025 waren dat er 1.030, een stijging van ongeveer 35%.')],
  ['two sentences, afname with span', p('In 2018 telde de gemeente 54 sportverenigingen. In 2025 zijn dat er nog 47; een afname van bijna 25% in zeven jaar.')],
  ['two sentences, noun repeated', p('Het dierenasiel ving in 2021 nog 310 katten op. In 2025 ging het om 248 katten, een daling van ongeveer 12%.')],
  ['two sentences, unit ton', p('In 2022 werd 2.400 ton grofvuil ingezameld. In 2025 liep dat op tot 2.760 ton, een groei van ruim 25%.')],
  // added after the first fixes, to test the shapes beyond the first wordings
  ['tegenover, both in words', p('In 2025 hielden elf wijkposten spreekuur, tegenover veertien in 2019: een afname van ruim 40%.')],
  ['whole again, het totale aantal', p('Vorig jaar kregen 96 van de 320 aanvragers een toekenning, ongeveer de helft van het totale aantal aanvragers.')],
  ['two sentences, adjective before noun, span before claim', p("In 2020 reden er 38 elektrische deelauto's rond. In 2025 stonden er 61 deelauto's; over die periode een groei van 90%.")],
  ['vergeleken met, claim in brackets', p("Het zwembad trok in 2024 zo'n 84.000 bezoekers, vergeleken met 70.000 bezoekers in 2019 (een stijging van 35%).")]
]

const clean: CleanWording[] = [
  ['whole again, correct', p('Van de 160 aanvragen werden er 41 afgewezen, ongeveer een kwart van alle aanvragen.')],
  ['whole again, correct two thirds', p('In 2025 kregen 52 van de 78 scholen een bezoek, twee derde van het aantal scholen.')],
  ['whole again, bijna een derde', p('Van de 140 keuringen leverden er 45 een gebrek op, bijna een derde van het aantal keuringen.')],
  ['fraction of another whole', p('In 2025 werden 64 van de 80 meldingen binnen een week opgelost; dat is zo\'n 10% van alle klachten die het klantcontactcentrum ontving.')],
  ['tegen, correct', p('In 2025 stonden 180 woningen langer dan een jaar leeg, tegen 240 in 2020, een daling van 25%.')],
  ['tegenover, correct', p('Het aantal meldingen kwam in 2025 uit op 612, tegenover 450 in 2022: een stijging van 36%.')],
  ['tegen as target year', p('In 2025 staan er 300 laadpalen; tegen 2030 moeten dat er 450 zijn, een groei van 50%.')],
  ['tegen as opposition', p('In 2025 tekenden 120 bewoners bezwaar aan tegen de kap van 40 bomen; het aantal bezwaren steeg met 30% ten opzichte van het jaar ervoor.')],
  ['two sentences, correct', p('In 2021 ving het asiel 310 katten op. In 2025 waren dat er 248, een daling van 20%.')],
  ['two sentences, different nouns', p('In 2018 telde de gemeente 54 sportverenigingen. In 2025 hadden die samen 4.200 leden, een afname van bijna 25% ten opzichte van 2015.')],
  ['two sentences, share of another quantity', p('In 2022 werd 2.400 ton grofvuil ingezameld. In 2025 was dat 2.760 ton; het aandeel dat gerecycled werd, steeg met 25%.')],
  ['tegen in words, correct', p('In 2025 hielden elf wijkposten spreekuur, tegen veertien in 2019: een afname van ruim 20%.')],
  ['two sentences, same noun, correct with span', p("In 2020 reden er 40 elektrische deelauto's rond. In 2025 stonden er 60 deelauto's; in vijf jaar een groei van 50%.")],
  ['two sentences, change of a third thing', p('In 2019 hadden 70 scholen een schoolplein. In 2025 hadden 82 scholen een moestuin, een stijging van 40% sinds 2022.')]
]

describeBattery(percentageClaimCheck, defects, clean, 18)
