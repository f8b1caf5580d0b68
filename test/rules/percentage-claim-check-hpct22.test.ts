import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct22, written from general Dutch usage before reading any miss or the rule's readers:
// a percentage or fraction that the numbers in view contradict. The forms (F1–F44):
//  F1  part `van de` whole, share after as bare apposition            `Van de 420 …, 126 …, 40 procent`
//  F2  `x op de y` in the sentence, `dat is` share after             `36 op de 240 haltes; dat is 25%`
//  F3  `x van in totaal y`, fraction after                           `54 van in totaal 180 …, bijna de helft`
//  F4  `waarvan x` with the share in brackets                        `650 …, waarvan 130 … (35 procent)`
//  F5  `Daarvan is x` in the next sentence, hedged fraction            `Daarvan is 2.940 …, ruim een kwart`
//  F6  share first, pair set off after                               `Ruim 60 procent van de …, 22 van de 48,`
//  F7  back-reference sentence `Dat is een op de drie`               (whole and part in two sentences)
//  F8  bullets under a lead with a whole, each `n (p%)`               `- 480 huishoudens (30%) …`
//  F9  table: count column and `Aandeel` column with total row
//  F10 sentence naming one table row, share of the column total      `In Centrum staat 40% van de woningen`
//  F11 growth in percent `een groei van 15 procent`                  `van 4.200 in 2022 naar 4.620 in 2025`
//  F12 decline as hedged fraction `een daling van bijna een kwart`
//  F13 `is verdubbeld: van … naar …`
//  F14 `is gehalveerd, van … naar …`
//  F15 percent where percentage points are meant                     `van 48 procent naar 54 procent, 6 procent`
//  F16 `: ruim een derde` closing a `van de … er …` sentence
//  F17 `Circa twee op de drie …, 190 van de 410,`
//  F18 `Driekwart van de 64 …, 36 gebouwen,`
//  F19 `Een op de vijf …: 640 van de 1.800`
//  F20 `Minder dan 10 procent van de 2.300 …: 310 palen`
//  F21 `Meer dan de helft van de 86 …: 39 velden`
//  F22 `twee keer zo veel als de 780 in 2021`
//  F23 `drie maal zo groot …: van 120 naar 250`
//  F24 amounts x € 1.000 in a table, sentence `55 procent van de totale lasten`
//  F25 `mln`: `Van … € 24 mln gaat € 6 mln naar …, ruim een derde`
//  F26 budget in one sentence, `Hiervan` part with `van het totaal` in the next
//  F27 share in brackets right after the part `1.240 (38 %)`
//  F28 remainder `de overige 60 procent`
//  F29 shares of one whole in a running sentence adding to over 100 %
//  F30 share of a part (`Van deze alleenwonenden`) with the part's count after a colon
//  F31 fraction with `twee vijfde` and a set-off count
//  F32 inversion and `ofwel`: `Toegekend werden 210 van de 300 …, ofwel 60 procent`
//  F33 `Hiervan` + `: een derde`
//  F34 a difference to the year before, `Dat is een daling van 25 procent`
//  F35 `op 21.000 inwoners` as the whole, `procent van de inwoners`
//  F36 hectares `Van de 1.450 hectare … is 290 hectare …, ruim een kwart`
//  F37 fte `Van de 240 fte … is 36 fte …, 20 procent`
//  F38 `daalde met 8 procent tot 690; in 2024 … nog 810`
//  F39 table with two year columns and a `Mutatie (%)` column
//  F40 bracket note `(van 380 naar 450 jongeren, +30%)`
//  F41 `Eén op de zes kinderen …: 420 van de 3.600 kinderen`
//  F42 decline as comparative `bijna een derde minder`
//  F43 share first, pair in the next sentence `Het gaat om 4 van de 11 …`
//  F44 table column `Aandeel` against amounts in a finance table x € 1.000
// Before the fix the code caught 36 of 44 (missed F3, F15, F20, F22, F23, F25, F35, F38).
// The look-alikes: the same shapes with a fitting share (rounded, hedged to the right side), a share
// of a part that holds, a difference taken from the year before, and a whole of another unit.
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]
const table = (head: string, rows: string[], after: string[] = []): string[] => p(`| ${head} |`, `|${head.split('|').map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r} |`), '', ...after)

const defects: BatteryWording[] = [
  ['F1 van de, apposition', p('Van de 420 aanvragen voor een mantelzorgwaardering werden er 126 gehonoreerd, 40 procent.'), '40 procent'],
  ['F2 op de, dat is', p('Bij 36 op de 240 bushaltes ontbreekt nog een geleidelijn; dat is 25%.'), '25%'],
  ['F3 van in totaal, fraction', p('In 2025 zijn 54 van in totaal 180 speeltoestellen vervangen, bijna de helft.'), 'bijna de helft'],
  ['F4 waarvan, bracket', p('Het college verleende 650 omgevingsvergunningen, waarvan 130 voor dakkapellen (35 procent).'), '35 procent'],
  ['F5 Daarvan is', p('De gemeente telt 8.400 huurwoningen. Daarvan is 2.940 in bezit van particuliere verhuurders, ruim een kwart.'), 'ruim een kwart'],
  ['F6 share first, pair set off', p('Ruim 60 procent van de sportverenigingen, 22 van de 48, heeft een wachtlijst voor de jeugd.'), 'Ruim 60 procent'],
  ['F7 back-reference, one in three', p('In 2025 meldden 310 inwoners zich bij het schuldhulploket. Voor 62 van hen volgde een saneringstraject. Dat is een op de drie.'), 'een op de drie'],
  ['F8 bullets under a lead', p('In 2025 ontvingen 1.200 huishoudens een energietoeslag:', '', '- 480 huishoudens (30%) met een bijstandsuitkering;', '- 420 huishoudens (35%) met een AOW-uitkering;', '- 300 huishoudens (25%) met een laag inkomen uit werk.'), '30%'],
  ['F9 table count and share', table('Wijk | Woningen | Aandeel', ['Centrum | 1.200 | 20%', 'Noord | 1.800 | 30%', 'Zuid | 2.100 | 45%', 'Oost | 900 | 15%', 'Totaal | 6.000 | 100%']), '45%'],
  ['F10 sentence on one table row', table('Wijk | Woningen', ['Centrum | 1.200', 'Noord | 1.800', 'Zuid | 2.100', 'Oost | 900', 'Totaal | 6.000'], ['In Centrum staat 40% van de woningen.']), '40%'],
  ['F11 growth in percent', p('Het aantal leden van de bibliotheek steeg van 4.200 in 2022 naar 4.620 in 2025, een groei van 15 procent.'), '15 procent'],
  ['F12 decline, bijna een kwart', p('Het aantal meldingen van zwerfafval daalde van 820 naar 710, een daling van bijna een kwart.'), 'bijna een kwart'],
  ['F13 verdubbeld', p('Het aantal openbare laadpalen is verdubbeld: van 140 in 2022 naar 210 in 2025.'), 'verdubbeld'],
  ['F14 gehalveerd', p('De wachtlijst voor trapliften is gehalveerd, van 96 naar 70 aanvragen.'), 'gehalveerd'],
  ['F15 percent for points', p('Het aandeel inwoners dat wekelijks sport steeg van 48 procent in 2021 naar 54 procent in 2025, een stijging van 6 procent.'), '6 procent'],
  ['F16 ruim een derde', p('Van de 560 mantelzorgers die de enquête invulden, voelen er 140 zich zwaar belast: ruim een derde.'), 'ruim een derde'],
  ['F17 circa twee op de drie', p('Circa twee op de drie ondernemers, 190 van de 410, is tevreden over het ondernemersloket.'), 'twee op de drie'],
  ['F18 driekwart', p('Driekwart van de 64 schoolgebouwen, 36 gebouwen, heeft een energielabel A of beter.'), 'Driekwart'],
  ['F19 een op de vijf', p('Een op de vijf jongeren in onze gemeente sport niet: 640 van de 1.800.'), 'Een op de vijf'],
  ['F20 minder dan 10 procent', p('Minder dan 10 procent van de 2.300 lantaarnpalen heeft nog geen ledlamp: 310 palen.'), 'Minder dan 10 procent'],
  ['F21 meer dan de helft', p('Meer dan de helft van de 86 sportvelden is van kunstgras: 39 velden.'), 'Meer dan de helft'],
  ['F22 twee keer zo veel', p('In 2025 kwamen er 1.150 meldingen openbare ruimte binnen, twee keer zo veel als de 780 in 2021.'), 'twee keer'],
  ['F23 drie maal', p('Het aantal deelfietsen is in vier jaar drie maal zo groot geworden: van 120 naar 250.'), 'drie maal'],
  ['F24 x € 1.000 table, share of total', table('Programma | Lasten 2026', ['Sociaal domein | 14.200', 'Ruimte en wonen | 9.800', 'Bestuur | 6.400', 'Openbare ruimte | 7.600', 'Totaal lasten | 38.000'], ['Tabel 2. Lasten per programma (x € 1.000)', '', 'Het sociaal domein is met € 14,2 miljoen goed voor 55 procent van de totale lasten.']), '55 procent'],
  ['F25 mln', p('Van het investeringsbudget van € 24 mln gaat € 6 mln naar de verduurzaming van schoolgebouwen, ruim een derde.'), 'ruim een derde'],
  ['F26 budget, Hiervan, van het totaal', p('Het budget voor het preventieakkoord bedraagt € 480.000. Hiervan is € 120.000 bestemd voor de aanpak van eenzaamheid, 40 procent van het totaal.'), '40 procent'],
  ['F27 bracket after the part', p('Van de 4.100 meldingen werden er 1.240 (38 %) binnen een week afgehandeld.'), '38 %'],
  ['F28 remainder', p('Van de 900 deelnemers rondde 45 procent de cursus in het eerste jaar af; de overige 60 procent stopte voortijdig.'), '60 procent'],
  ['F29 shares of one whole over 100', p('Het ingezamelde huishoudelijk afval bestaat voor 48% uit restafval, voor 31% uit gft en voor 27% uit papier.'), '27%'],
  ['F30 share of a part', p('Van de 3.200 inwoners van 75 jaar en ouder wonen er 1.100 alleen. Van deze alleenwonenden voelt een kwart zich vaak eenzaam: 440 ouderen.'), 'een kwart'],
  ['F31 twee vijfde', p('Twee vijfde van de 150 vrijwilligers, 36 personen, is ouder dan 70 jaar.'), 'Twee vijfde'],
  ['F32 inversion, ofwel', p('Toegekend werden 210 van de 300 aanvragen voor een mantelzorgwaardering, ofwel 60 procent.'), '60 procent'],
  ['F33 Hiervan, een derde', p('Er staan 2.800 nieuwe woningen op de planning. Hiervan worden er 700 in de sociale huur gebouwd: een derde.'), 'een derde'],
  ['F34 difference to the year before', p('In 2025 registreerden we 540 woninginbraken, 90 minder dan in 2024. Dat is een daling van 25 procent.'), '25 procent'],
  ['F35 op inwoners', p('Met 4.200 leden op 21.000 inwoners is 25 procent van de inwoners lid van een sportvereniging.'), '25 procent'],
  ['F36 hectares', p('Van de 1.450 hectare buitengebied is 290 hectare natuur, ruim een kwart.'), 'ruim een kwart'],
  ['F37 fte', p('Van de 240 fte van de ambtelijke organisatie is 36 fte tijdelijk ingehuurd, 20 procent.'), '20 procent'],
  ['F38 daalde met tot, year before after', p('Het aantal bijstandsuitkeringen daalde in 2025 met 8 procent tot 690; in 2024 waren het er nog 810.'), '8 procent'],
  ['F39 table change column', table('Voorziening | 2023 | 2025 | Mutatie (%)', ['Huishoudelijke hulp | 820 | 900 | +10%', 'Woningaanpassing | 150 | 120 | -20%', 'Begeleiding | 400 | 460 | +25%', 'Vervoer | 1.000 | 1.050 | +5%']), '+25%'],
  ['F40 bracket note', p('Het bereik van het jongerenwerk nam toe (van 380 naar 450 jongeren, +30%).'), '30%'],
  ['F41 een op de zes', p('Eén op de zes kinderen groeit op in armoede: 420 van de 3.600 kinderen.'), 'op de zes'],
  ['F42 bijna een derde minder', p('Het aantal zwerfvuilmeldingen nam af van 1.500 naar 1.200, bijna een derde minder.'), 'bijna een derde'],
  ['F43 share first, pair next sentence', p('Een kwart van de buurthuizen is niet toegankelijk voor rolstoelen. Het gaat om 5 van de 11 buurthuizen.'), 'Een kwart'],
  ['F44 finance table share column', table('Programma | Lasten | Aandeel', ['Jeugd | 3.000 | 30%', 'Wmo | 4.000 | 40%', 'Participatie | 2.000 | 10%', 'Overig | 1.000 | 10%', 'Totaal | 10.000 | 100%'], ['Tabel 4. Lasten sociaal domein (x € 1.000)']), '10%']
]

const clean: CleanWording[] = [
  ['F1 right', p('Van de 420 aanvragen voor een mantelzorgwaardering werden er 126 gehonoreerd, 30 procent.')],
  ['F2 right', p('Bij 36 op de 240 bushaltes ontbreekt nog een geleidelijn; dat is 15%.')],
  ['F3 right', p('In 2025 zijn 57 van in totaal 180 speeltoestellen vervangen, bijna een derde.')],
  ['F4 right', p('Het college verleende 650 omgevingsvergunningen, waarvan 130 voor dakkapellen (20 procent).')],
  ['F5 right', p('De gemeente telt 8.400 huurwoningen. Daarvan is 2.940 in bezit van particuliere verhuurders, ruim een derde.')],
  ['F6 right', p('Bijna de helft van de sportverenigingen, 22 van de 48, heeft een wachtlijst voor de jeugd.')],
  ['F7 right', p('In 2025 meldden 310 inwoners zich bij het schuldhulploket. Voor 62 van hen volgde een saneringstraject. Dat is een op de vijf.')],
  ['F8 right', p('In 2025 ontvingen 1.200 huishoudens een energietoeslag:', '', '- 480 huishoudens (40%) met een bijstandsuitkering;', '- 420 huishoudens (35%) met een AOW-uitkering;', '- 300 huishoudens (25%) met een laag inkomen uit werk.')],
  ['F9 right', table('Wijk | Woningen | Aandeel', ['Centrum | 1.200 | 20%', 'Noord | 1.800 | 30%', 'Zuid | 2.100 | 35%', 'Oost | 900 | 15%', 'Totaal | 6.000 | 100%'])],
  ['F10 right', table('Wijk | Woningen', ['Centrum | 1.200', 'Noord | 1.800', 'Zuid | 2.100', 'Oost | 900', 'Totaal | 6.000'], ['In Centrum staat 20% van de woningen.'])],
  ['F10 a year of its own', table('Wijk | Woningen', ['Centrum | 1.200', 'Noord | 1.800', 'Zuid | 2.100', 'Oost | 900', 'Totaal | 6.000'], ['In 2040 moet in Centrum 40% van de woningen gasvrij zijn.'])],
  ['F11 right', p('Het aantal leden van de bibliotheek steeg van 4.200 in 2022 naar 4.620 in 2025, een groei van 10 procent.')],
  ['F12 right', p('Het aantal meldingen van zwerfafval daalde van 820 naar 630, een daling van bijna een kwart.')],
  ['F13 right', p('Het aantal openbare laadpalen is verdubbeld: van 140 in 2022 naar 285 in 2025.')],
  ['F14 right', p('De wachtlijst voor trapliften is gehalveerd, van 96 naar 47 aanvragen.')],
  ['F15 right, points', p('Het aandeel inwoners dat wekelijks sport steeg van 48 procent in 2021 naar 54 procent in 2025, een stijging van 6 procentpunt.')],
  ['F15 right, percent', p('Het aandeel inwoners dat wekelijks sport steeg van 48 procent in 2021 naar 54 procent in 2025, een stijging van 12,5 procent.')],
  ['F16 right', p('Van de 560 mantelzorgers die de enquête invulden, voelen er 200 zich zwaar belast: ruim een derde.')],
  ['F17 right', p('Circa twee op de drie ondernemers, 270 van de 410, is tevreden over het ondernemersloket.')],
  ['F18 right', p('Driekwart van de 64 schoolgebouwen, 48 gebouwen, heeft een energielabel A of beter.')],
  ['F19 right', p('Een op de vijf jongeren in onze gemeente sport niet: 360 van de 1.800.')],
  ['F20 right', p('Minder dan 10 procent van de 2.300 lantaarnpalen heeft nog geen ledlamp: 190 palen.')],
  ['F21 right', p('Meer dan de helft van de 86 sportvelden is van kunstgras: 47 velden.')],
  ['F22 right', p('In 2025 kwamen er 1.600 meldingen openbare ruimte binnen, twee keer zo veel als de 780 in 2021.')],
  ['F23 right', p('Het aantal deelfietsen is in vier jaar drie maal zo groot geworden: van 120 naar 370.')],
  ['F24 right', table('Programma | Lasten 2026', ['Sociaal domein | 14.200', 'Ruimte en wonen | 9.800', 'Bestuur | 6.400', 'Openbare ruimte | 7.600', 'Totaal lasten | 38.000'], ['Tabel 2. Lasten per programma (x € 1.000)', '', 'Het sociaal domein is met € 14,2 miljoen goed voor 37 procent van de totale lasten.'])],
  ['F25 right', p('Van het investeringsbudget van € 24 mln gaat € 6 mln naar de verduurzaming van schoolgebouwen, een kwart.')],
  ['F26 right', p('Het budget voor het preventieakkoord bedraagt € 480.000. Hiervan is € 120.000 bestemd voor de aanpak van eenzaamheid, 25 procent van het totaal.')],
  ['F27 right', p('Van de 4.100 meldingen werden er 1.240 (30 %) binnen een week afgehandeld.')],
  ['F28 right', p('Van de 900 deelnemers rondde 45 procent de cursus in het eerste jaar af; de overige 55 procent stopte voortijdig.')],
  ['F29 right', p('Het ingezamelde huishoudelijk afval bestaat voor 42% uit restafval, voor 31% uit gft en voor 27% uit papier.')],
  ['F29 shares of own wholes', p('Van de huurders is 48% tevreden over de buurt, van de eigenaren 71% en van de jongeren 55%.')],
  ['F30 right, share of the part', p('Van de 3.200 inwoners van 75 jaar en ouder wonen er 1.100 alleen. Van deze alleenwonenden voelt 40 procent zich vaak eenzaam: 440 ouderen.')],
  ['F31 right', p('Twee vijfde van de 150 vrijwilligers, 60 personen, is ouder dan 70 jaar.')],
  ['F32 right', p('Toegekend werden 210 van de 300 aanvragen voor een mantelzorgwaardering, ofwel 70 procent.')],
  ['F33 right', p('Er staan 2.800 nieuwe woningen op de planning. Hiervan worden er 700 in de sociale huur gebouwd: een kwart.')],
  ['F34 right, base the year before', p('In 2025 registreerden we 540 woninginbraken, 90 minder dan in 2024. Dat is een daling van ruim 14 procent.')],
  ['F35 right', p('Met 4.200 leden op 21.000 inwoners is 20 procent van de inwoners lid van een sportvereniging.')],
  ['F36 right', p('Van de 1.450 hectare buitengebied is 290 hectare natuur, een vijfde.')],
  ['F36 another unit', p('Van de 1.450 hectare buitengebied ligt 290 kilometer aan sloten, ruim een kwart van het slotenstelsel van het waterschap.')],
  ['F37 right', p('Van de 240 fte van de ambtelijke organisatie is 36 fte tijdelijk ingehuurd, 15 procent.')],
  ['F38 right', p('Het aantal bijstandsuitkeringen daalde in 2025 met 7 procent tot 750; in 2024 waren het er nog 810.')],
  ['F39 right', table('Voorziening | 2023 | 2025 | Mutatie (%)', ['Huishoudelijke hulp | 820 | 900 | +10%', 'Woningaanpassing | 150 | 120 | -20%', 'Begeleiding | 400 | 460 | +15%', 'Vervoer | 1.000 | 1.050 | +5%'])],
  ['F40 right', p('Het bereik van het jongerenwerk nam toe (van 380 naar 450 jongeren, +18%).')],
  ['F41 right', p('Eén op de zes kinderen groeit op in armoede: 600 van de 3.600 kinderen.')],
  ['F42 right', p('Het aantal zwerfvuilmeldingen nam af van 1.500 naar 1.020, bijna een derde minder.')],
  ['F43 right', p('Een kwart van de buurthuizen is niet toegankelijk voor rolstoelen. Het gaat om 3 van de 11 buurthuizen.')],
  ['F3 van in totaal, whole of another part', p('In 2025 zijn 54 van in totaal 180 speeltoestellen gekeurd; bijna de helft van de afgekeurde toestellen stond in Noord.')],
  ['F20 a rate after the colon', p('Ruim 40 procent van de 2.300 lantaarnpalen is al vervangen: 80 palen per jaar.')],
  ['F20 a count of something else after the colon', p('Minder dan 10 procent van de 2.300 lantaarnpalen heeft nog geen ledlamp: 310 woningen.')],
  ['F22 groups compared', p('Het aantal meldingen steeg van 600 naar 900, en vrouwen meldden twee keer zo veel als mannen.')],
  ['F22 rounded', p('In 2025 kwamen er 1.480 meldingen openbare ruimte binnen, bijna twee keer zo veel als de 780 in 2021.')],
  ['F25 whole named, right', p('Van de wachtlijst van 240 aanvragen zijn er 60 afgehandeld, een kwart.')],
  ['F25 a plan of a year', p('Van het plan van 2024 is 40 procent uitgevoerd.')],
  ['F35 share of the part noun', p('Met 4.200 leden op 21.000 inwoners is de club groot; 30 procent van de leden is jeugdlid.')],
  ['F35 a rate', p('Met 12 handhavers op 21.000 inwoners zit de gemeente onder het landelijk gemiddelde van 0,08 procent.')],
  ['F38 a target after the level', p('Het aantal bijstandsuitkeringen steeg in 2025 met 30 procent tot 550; in 2030 moeten het er 500 zijn.')],
  ['F38 right, next sentence', p('Het aantal bijstandsuitkeringen daalde met 15 procent tot 690. Een jaar eerder waren het er nog 810.')],
  ['F44 right', table('Programma | Lasten | Aandeel', ['Jeugd | 3.000 | 30%', 'Wmo | 4.000 | 40%', 'Participatie | 2.000 | 20%', 'Overig | 1.000 | 10%', 'Totaal | 10.000 | 100%'], ['Tabel 4. Lasten sociaal domein (x € 1.000)'])]
]

describeBattery(percentageClaimCheck, defects, clean, 44)
