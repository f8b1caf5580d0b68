/**
 * Real passages from Dutch municipal and provincial documents (begrotingen, jaarverslagen,
 * voorjaarsnota's, raadsvoorstellen, local news on municipal figures) in which a calculation is
 * stated: a total of named parts, a product, a difference, a balance. The wording is kept; numbers
 * are adapted only where the source did not add up itself (noted per passage). Each passage has
 * one or two mutations: one number changed so that the stated calculation clearly fails.
 */
export interface RealPassage {
  /** A short name for the passage. */
  id: string
  /** Where the wording comes from. */
  source: string
  /** The passage as Markdown lines, correct as stated. */
  lines: string[]
  /** Mutated forms: on line `line` (index in `lines`), `from` becomes `to`; the finding belongs on that line. */
  wrong: Array<{ line: number; from: string; to: string }>
}

export const passages: RealPassage[] = [
  {
    id: 'dividend-parts',
    source: 'https://www.gemeenteberkelland.nl/…/Voorjaarsnota_laat_voordeel_zien',
    lines: [
      '- Extra dividend (€ 786.000)',
      '  - Zowel Alliander (€ 124.000), de BNG (€ 573.000), Twence (€ 40.000) als Vitens (€ 49.000) keren meer dividend uit dan verwacht.'
    ],
    wrong: [{ line: 0, from: '786.000', to: '826.000' }, { line: 1, from: '573.000', to: '673.000' }]
  },
  {
    id: 'tekort-bijgesteld',
    source: 'https://www.destentor.nl/kop-van-overijssel/meevaller-van-7-ton-en-een-tekort-van-1-miljoen-in-steenwijkerland…',
    lines: ['Toen voorzagen we al dat we aan het eind van het jaar 1,7 miljoen euro tekort zouden komen. Maar de Najaarsnota sluit met een overschot van ruim 7 ton. Daardoor wordt het tekort eind dit jaar dus bijgesteld naar een miljoen euro.'],
    wrong: [{ line: 0, from: 'naar een miljoen', to: 'naar 1,4 miljoen' }]
  },
  {
    id: 'begrotingssaldo-bijgesteld',
    source: 'http://bergendal2017.voorjaarsnota.nl/p4126/samenvatting',
    lines: ['Op 3 november 2016 heeft u de Programmabegroting 2017 vastgesteld. Het begrotingssaldo van de primaire begroting was € 0. Op grond van genomen besluiten en de ontwikkelingen en afwijkingen die in deze Voorjaarsnota zijn vermeld stellen we het begrotingssaldo met € 210.000 nadelig bij. Het begrotingssaldo komt daarmee op € 210.000 nadelig.'],
    wrong: [{ line: 0, from: 'daarmee op € 210.000', to: 'daarmee op € 310.000' }]
  },
  {
    id: 'begrotingsresultaat-tabel',
    source: 'http://bergendal2017.voorjaarsnota.nl/p4126/samenvatting',
    lines: [
      'Bedragen x € 1.000',
      '',
      '| Omschrijving | Bedrag |',
      '| --- | ---: |',
      '| Begrotingsresultaat na vaststelling | 0 |',
      '| Verwerkte besluitvorming | 391 |',
      '| Overige ontwikkelingen | -601 |',
      '| Begrotingsresultaat na voorjaarsnota | -210 |'
    ],
    wrong: [{ line: 7, from: '-210', to: '-110' }]
  },
  {
    id: 'half-jaar',
    source: 'https://zwolle2018.1ebeleidsrapportage.nl/p14359/doel-8-1-2',
    lines: ['De extra kosten voor uitbreiding van het aantal wethouders met ondersteuning bedragen op jaarbasis € 300.000. Voor 2018 wordt, uitgaande van een periode van een half jaar, rekening gehouden met een bedrag van € 150.000.'],
    wrong: [{ line: 0, from: '€ 150.000', to: '€ 200.000' }]
  },
  {
    // Source: € 389.000; the parts then come to € 2.232.000, not the stated € 2.234.000.
    id: 'storting-bestaat-uit',
    source: 'https://kadernota2017.oss.nl/p965/2-overzicht-algemene-vrije-reserve',
    lines: [
      'De storting van € 2.234.000 bestaat uit:',
      '',
      '- Saldobestemming jaarrekening 2015: € 391.000',
      '- Risico\'s en onzekerheden PGB kosten sociale verzekeringsbank 2015: € 2.281.000',
      '- Gefaseerde terugstorting vanuit reserve risico\'s: € 971.000',
      '- Een onttrekking van € 1.409.000 voor het verwacht tekort van 2016.'
    ],
    wrong: [{ line: 0, from: '2.234.000', to: '2.634.000' }]
  },
  {
    // Source states € 3.166.000 while its parts and its own table give € 3.766.000.
    id: 'onttrekkingen-bestaan-uit',
    source: 'https://kadernota2017.oss.nl/p965/2-overzicht-algemene-vrije-reserve',
    lines: [
      'In 2016 zijn onttrekkingen uit de algemene reserve begroot voor een totaalbedrag van € 3.766.000. Deze bestaan uit:',
      '',
      '- Centrumontwikkeling: € 1,5 miljoen',
      '- Eerste fase ontwikkeling windpark: € 360.000',
      '- Afboeken boekwaarde sheddakencomplex: € 706.000',
      '- Afwikkeling risico\'s en onzekerheden sociale verzekeringsbank: € 1.200.000 (onzeker)'
    ],
    wrong: [{ line: 0, from: '3.766.000', to: '3.166.000' }]
  },
  {
    // Source row 2016 ends at 18.315 (19.564 + 284 + 2.234 − 3.766 = 18.316); adapted.
    id: 'reserve-verloop',
    source: 'https://kadernota2017.oss.nl/p965/2-overzicht-algemene-vrije-reserve',
    lines: [
      'bedragen x € 1.000',
      '',
      '| Jaar | Saldo 1 januari | Rente bijschrijven | Storting | Onttrekking | Saldo 31 december |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| 2016 | 19.564 | 284 | 2.234 | 3.766 | 18.316 |',
      '| 2017 | 18.316 | 366 | 500 | 185 | 18.997 |',
      '| 2018 | 18.997 | 380 | 100 | 0 | 19.477 |',
      '| 2019 | 19.477 | 390 | 0 | 0 | 19.867 |'
    ],
    wrong: [{ line: 6, from: '| 19.477 |', to: '| 19.577 |' }]
  },
  {
    id: 'projecten-totaal-eerst',
    source: 'https://drenthe.jaarverslag-2017.nl/p17075/investeringen',
    lines: ['In 2017 waren er in totaal 94 lopende investeringsprojecten. Het merendeel van deze projecten (56) wordt uitgevoerd voor de bereikbaarheid volgens het provinciaal Uitvoeringsprogramma verkeer en vervoer. De overige projecten hebben betrekking op ICT (23), wegen en vaarwegen (12), gebouwen (2) en ruilgronden (1).'],
    wrong: [{ line: 0, from: 'in totaal 94', to: 'in totaal 98' }]
  },
  {
    id: 'bedrag-per-jaar-tussen-haakjes',
    source: 'https://drenthe.jaarverslag-2017.nl/p17075/investeringen',
    lines: ['Tot nu toe is een netto bedrag van € 22,1 miljoen aan grondaankopen gerealiseerd (€ 1,3 miljoen in 2015, € 8,0 miljoen in 2016 en € 12,8 miljoen in 2017).'],
    wrong: [{ line: 0, from: '22,1', to: '24,1' }]
  },
  {
    id: 'afgeronde-projecten',
    source: 'https://drenthe.jaarverslag-2017.nl/p17075/investeringen',
    lines: ['Van de 94 lopende projecten zijn er 20 in financieel en technisch opzicht in 2017 afgerond. Van de afgesloten investeringsprojecten zijn 6 projecten van verkeer en vervoer, 6 van wegen/vaarwegen en 8 van ICT.'],
    wrong: [{ line: 0, from: 'zijn er 20', to: 'zijn er 24' }]
  },
  {
    id: 'per-saldo-nadeel',
    source: 'https://drenthe.jaarverslag-2017.nl/p17075/investeringen',
    lines: ['Het resultaat van deze afgesloten investeringen is € 480.000 negatief. De afgesloten verkeer- en vervoerprojecten laten per saldo een nadeel zien van € 557.000, de projecten wegen/vaarwegen een nadeel van € 96.000 en de ICT-projecten een voordeel van € 173.000.'],
    wrong: [{ line: 0, from: '480.000', to: '680.000' }]
  },
  {
    id: 'verlaging-onder-tabel',
    source: 'http://jaarrekening2017.etten-leur.tangelo.nl/paragrafen/investeringen/kredieten',
    lines: [
      'Een aantal kredieten pasten we aan. Welke dat zijn, leest u in onderstaande tabel. In totaal gaat het om een verlaging van € 302.000.',
      '',
      '(bedragen x € 1.000)',
      '',
      '| Krediet | verhoging | verlaging |',
      '| --- | ---: | ---: |',
      '| Reconstructie Stijn Streuvelslaan | 250 | - |',
      '| Grondwateroverlast | - | 68 |',
      '| VGRP Afkoppeling Leur-Oost | - | 303 |',
      '| VGRP Bestrijding H2S hoofdriool | - | 181 |',
      '| Totaal | 250 | 552 |'
    ],
    wrong: [{ line: 0, from: '302.000', to: '352.000' }, { line: 10, from: '552', to: '502' }]
  },
  {
    id: 'kredieten-overige',
    source: 'http://jaarrekening2017.etten-leur.tangelo.nl/paragrafen/investeringen/kredieten',
    lines: ['In 2017 waren in totaal 59 kredieten beschikbaar voor een totaal bedrag van € 65,8 miljoen. Bij de jaarrekening sluiten we 24 kredieten af, in totaal met een voordeel van € 343.000. De overige 35 kredieten nemen we mee naar 2018.'],
    wrong: [{ line: 0, from: 'overige 35', to: 'overige 45' }]
  },
  {
    // Source: Sociaal ends at 5.939 and the total at 22.174 (rounding); adapted to add up.
    id: 'algemene-reserves-mutaties',
    source: 'https://zaanstad.jaarverslag-2016.nl/p5912/8-algemene-reserve',
    lines: [
      '(bedragen x 1.000)',
      '',
      '| Reserve | 31-12-2015 | Toevoeging | Onttrekking | 31-12-2016 |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| Algemene reserve | 11.506 | 0 | -4.944 | 6.562 |',
      '| Algemene reserve Grondbedrijf | 9.032 | 1.503 | -862 | 9.673 |',
      '| Algemene reserve Sociaal | 12.679 | 0 | -6.739 | 5.940 |',
      '| Totaal | 33.217 | 1.503 | -12.545 | 22.175 |'
    ],
    wrong: [{ line: 5, from: '9.673', to: '9.973' }, { line: 7, from: '22.175', to: '22.775' }]
  },
  {
    id: 'stand-per-jaar-kolommen',
    source: 'https://begroting2021.financien.gouda.nl/financiele-begroting/stand-en-verloop-reserves',
    lines: [
      '| Bedragen * € 1.000 | 2021 | 2022 | 2023 | 2024 |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| Stand per 1 januari | 9.740 | 9.029 | 8.183 | 8.224 |',
      '| Vermeerderingen | 1.588 | 331 | 81 | 82 |',
      '| Verminderingen | 2.299 | 1.177 | 40 | 40 |',
      '| Stand per 31 december | 9.029 | 8.183 | 8.224 | 8.266 |'
    ],
    wrong: [{ line: 5, from: '| 8.266 |', to: '| 8.666 |' }]
  },
  {
    // Source: restant 9.350 (20.684 − 11.333 = 9.351) and 9.094; adapted.
    id: 'restantkredieten',
    source: 'http://jaarstukken-2016.tilburg.nl/p202/iii-overzicht-investeringen-en-restantkredieten',
    lines: [
      '| Product | Bedrag krediet | Uitgaven | Restant einde dienstjaar | Vrijval krediet | Over te hevelen naar 2017 |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '| Onderwijs | 20.684 | 11.333 | 9.351 | 256 | 9.095 |',
      '| Economie | 6.040 | 85 | 5.955 | 0 | 5.955 |',
      '| Sport | 2.334 | 1.195 | 1.139 | 0 | 1.139 |',
      '| Openbare ruimte | 42.838 | 25.298 | 17.540 | 2.614 | 14.926 |'
    ],
    wrong: [{ line: 5, from: '17.540', to: '17.940' }]
  },
  {
    id: 'begroot-realisatie-resteert',
    source: 'http://www.rekenkamerzeeland.nl/jaarverslag/?filter_type=Financiën',
    lines: [
      '| | Begroot | Realisatie | Resteert |',
      '| --- | ---: | ---: | ---: |',
      '| Loonkosten (incl. bestuur) | € 228.500 | € 236.795 | -/- € 8.295 |',
      '| Communicatie | € 11.000 | € 8.928 | € 2.072 |',
      '| Uitbesteden onderzoek | € 40.500 | € 14.887 | € 25.613 |',
      '| Overige kosten | € 0 | € 12.696 | -/- € 12.696 |',
      '| Totaal | € 280.000 | € 273.306 | € 6.694 |'
    ],
    wrong: [{ line: 3, from: '€ 2.072', to: '€ 2.572' }]
  },
  {
    // Source: "€ 400.0000" (a typo) for regulier onderhoud; read as € 400.000.
    id: 'begroot-besteed-verschil',
    source: 'https://noordholland.jaarverslag-2017.nl/p5209/wat-heeft-het-gekost',
    lines: [
      '| Beheer en onderhoud meerjarig gepland | Begroot | Besteed | Verschil |',
      '| --- | ---: | ---: | ---: |',
      '| Onderhoud en vervanging wegen en vaarwegen (incl. groen) | € 73.054.000 | € 60.085.000 | € 12.969.000 |',
      '| Onderhoud en vervanging vaarwegen | € 49.263.000 | € 31.543.000 | € 17.720.000 |',
      '| Groot onderhoud gebouwen | € 843.000 | € 819.000 | € 24.000 |',
      '| Regulier onderhoud gebouwen | € 400.000 | € 431.000 | - € 31.000 |'
    ],
    wrong: [{ line: 3, from: '€ 17.720.000', to: '€ 17.270.000' }]
  },
  {
    id: 'beginsaldo-dotatie-onttrekking',
    source: 'https://denhaag2018.2ebestuursrapportage.nl/p13845/voortgang-reserves',
    lines: [
      'bedragen x € 1.000',
      '',
      '| Reserve | Beginsaldo 2018 | Dot. | Onttr. | Eindsaldo 2018 |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| Reserve Duurzame Huisvesting Onderwijs | 8.993 | 3.400 | 4.429 | 7.964 |',
      '| Reserve Multifunctioneel gebruik schoolgebouwen | 8.970 | - | 1.993 | 6.977 |',
      '| Bestemmingsreserve werkgelegenheidseffecten | 17.797 | 1.378 | 3.750 | 15.425 |'
    ],
    wrong: [{ line: 4, from: '7.964', to: '7.664' }]
  },
  {
    // Source: onderhoud gebouwen ends at 738 and wegen at 2.627 (rounding); adapted.
    id: 'saldo-per-1-1',
    source: 'https://maassluis.jaarverslag-2016.nl/p739/eigen-vermogen',
    lines: [
      'bedragen x € 1.000',
      '',
      '| Omschrijving | Saldo per 1/1 | Storting | Onttrekking | Saldo per 31/12 |',
      '| --- | ---: | ---: | ---: | ---: |',
      '| Algemene reserve | 23.733 | 163 | -1.154 | 22.742 |',
      '| Reserve onderhoud gemeentelijke gebouwen | 401 | 577 | -239 | 739 |',
      '| Reserve onderhoud wegen | 2.832 | 1.384 | -1.588 | 2.628 |'
    ],
    wrong: [{ line: 4, from: '22.742', to: '22.942' }]
  },
  {
    // Source: totals 11.475.084 and 42.478.216, one off the sum of the rows shown; adapted.
    id: 'lasten-baten-saldo',
    source: 'https://houten.begroting-2021.nl/p10152/overzicht-van-baten-en-lasten',
    lines: [
      '| Deelprogramma | Lasten | Baten | Saldo |',
      '| --- | ---: | ---: | ---: |',
      '| 01.01 Gezondheid | 12.035.898 | 1.949.023 | 10.086.875 |',
      '| 01.02 Saamhorigheid | 12.376.262 | 1.249.522 | 11.126.740 |',
      '| 01.03 Leren en werken | 29.541.140 | 8.276.538 | 21.264.602 |',
      '| Totaal programma | 53.953.300 | 11.475.083 | 42.478.217 |'
    ],
    wrong: [{ line: 3, from: '11.126.740', to: '11.226.740' }, { line: 5, from: '53.953.300', to: '53.853.300' }]
  },
  {
    id: 'inwoners-meer-eerst',
    source: 'https://www.ad.nl/den-haag/zoveel-babys-geboren-personen-overleden-en-nieuwe-inwoners-zijn-er-in-den-haag-en-zoetermeer…',
    lines: ['In Den Haag wonen er nu 9084 meer mensen dan begin 2022. De stad begon in januari met 553.417 inwoners en in december woonden er 562.501 personen.'],
    wrong: [{ line: 0, from: '9084', to: '9484' }]
  },
  {
    id: 'inwoners-namelijk',
    source: 'https://www.ad.nl/den-haag/zoveel-babys-geboren-personen-overleden-en-nieuwe-inwoners-zijn-er-in-den-haag-en-zoetermeer…',
    lines: ['Ook in Zoetermeer nam het inwoneraantal toe. Daar woonden in januari 125.767 mensen. In december 2022 waren dat er 1174 meer, namelijk 126.941.'],
    wrong: [{ line: 0, from: '126.941', to: '126.641' }, { line: 0, from: '1174 meer', to: '1374 meer' }]
  },
  {
    id: 'inwoners-dat-zijn-er',
    source: 'https://www.ad.nl/den-haag/zoveel-babys-geboren-personen-overleden-en-nieuwe-inwoners-zijn-er-in-den-haag-en-zoetermeer…',
    lines: ['Rijswijk had in januari 56.941 inwoners. Aan het begin van december waren dit er 57.968. Dat zijn er 1027 meer.'],
    wrong: [{ line: 0, from: '1027', to: '1127' }]
  },
  {
    id: 'verschil-en-procent',
    source: 'https://www.ad.nl/den-haag/hoeveel-mensen-wonen-er-in-jouw-gemeente-bekijk-het-hier~a1898ef4/',
    lines: ['In Den Haag woonden er in januari 553.417 mensen, in september waren dat er 560.849. De Haagse bevolking is gestegen met 1,34 procent. Dat komt neer op een verschil van 7432 mensen.'],
    wrong: [{ line: 0, from: '7432', to: '7832' }, { line: 0, from: '1,34 procent', to: '2,34 procent' }]
  },
  {
    id: 'bevolkingsbalans',
    source: 'https://www.ad.nl/den-haag/hoeveel-mensen-wonen-er-in-jouw-gemeente-bekijk-het-hier~a1898ef4/',
    lines: ['De gemeente Wassenaar begon het jaar met 27.115 inwoners en in september waren dat er 27.016. Er immigreerden 691 mensen vanuit het buitenland, 127 baby\'s werden geboren, 1194 mensen verhuisden vanuit een andere gemeente, 289 mensen overleden en 1822 vertrokken er naar een andere gemeente of het buitenland.'],
    wrong: [{ line: 0, from: '27.016', to: '27.216' }]
  },
  {
    id: 'tarief-procent-van-naar',
    source: 'https://www.bd.nl/economie/afvalstoffenheffing-voor-het-eerst-in-10-jaar-omhoog~a5039a7b/',
    lines: ['In de gemeente Oosterhout gaat het tarief omhoog met 31 procent van 252 euro naar 329 euro.'],
    wrong: [{ line: 0, from: '31 procent', to: '21 procent' }]
  },
  {
    // Source: 4,4 procent (257 / 246 is 4,5 % more); adapted.
    id: 'gemiddelde-stijging',
    source: 'https://www.nu.nl/wonen/5629871/afvalstoffenheffing-stijgt-eerst-in-tien-jaar.html',
    lines: ['De afvalstoffenheffing stijgt volgend jaar met gemiddeld 4,5 procent. Al met al betalen huishoudens in 2019 gemiddeld 257 euro, dit jaar was dat 246 euro.'],
    wrong: [{ line: 0, from: '4,5 procent', to: '6,5 procent' }]
  },
  {
    id: 'raming-per-jaar',
    source: 'https://www.kortrijkwatcher.be/author/fralav/page/19',
    lines: ['Voor het drukken van de Stadskrant over een periode van 4 jaar (2015-2018) dienden er zeven firma\'s een offerte in. De raming bedraagt 357.985 euro, inclusief BTW. Dat is 89.496 euro per jaar.'],
    wrong: [{ line: 0, from: '89.496', to: '99.496' }]
  },
  {
    id: 'meevallers-totaal',
    source: 'https://leidschendam-voorburg202201.bestuursrapportage.nl/p15849/2-verkeer-en-vervoer',
    lines: [
      'Bedragen x € 1',
      '',
      '| Onderwerpen Verkeer en Vervoer | Meevaller | Tegenvaller |',
      '| --- | ---: | ---: |',
      '| Zwerfvuil opruimen | | 35.000 |',
      '| Verlengde Velostrada Kruispunt Appelgaarde-Hofzichtlaan | | 15.000 |',
      '| Parkeerterrein Zeeheldenbuurt | | 15.000 |',
      '| Totaal Verkeer en Vervoer | | 65.000 |'
    ],
    wrong: [{ line: 7, from: '65.000', to: '75.000' }]
  },
  {
    id: 'saldo-rekening-min-begroting',
    source: 'https://jaarstukken2017.financien.gouda.nl/jaarrekening/…/programma-7-burgerinitiatieven-en-publiekszaken',
    lines: [
      'bedragen * € 1.000',
      '',
      '| | Begroting 2017 na 3e wijziging | Jaarrekening 2017 | Saldo rekening min begroting na wijziging |',
      '| --- | ---: | ---: | ---: |',
      '| Lasten | 2.918 | 2.770 | 148 |',
      '| Baten | -1.504 | -1.540 | 36 |',
      '| Gerealiseerd totaal saldo van baten en lasten | 1.414 | 1.230 | 184 |'
    ],
    wrong: [{ line: 6, from: '| 1.230 |', to: '| 1.330 |' }]
  },
  {
    id: 'tolerantie-procent',
    source: 'https://amstelveen.jaarverslag-2017.nl/p310/begrotingsrechtmatigheid',
    lines: [
      'Voor het beoordelen van geconstateerde fouten en onzekerheden wordt een percentage van de lasten en dotaties aan de reserves gehanteerd (€ 259 miljoen):',
      '',
      '- voor fouten geldt een goedkeuringstolerantie van 1%: afgerond € 2,6 miljoen;',
      '- voor onzekerheden geldt een goedkeuringstolerantie van 3%: afgerond € 7,8 miljoen.'
    ],
    wrong: [{ line: 3, from: '7,8', to: '9,8' }]
  },
  {
    id: 'mutatie-eigen-vermogen',
    source: 'https://amstelveen.jaarverslag-2017.nl/p310/begrotingsrechtmatigheid',
    lines: [
      'bedrag x € 1.000',
      '',
      '| Omschrijving | Bedrag |',
      '| --- | ---: |',
      '| Eigen vermogen per 31 december 2017 | € 200.135 |',
      '| Eigen vermogen per 31 december 2016 | € 194.140 |',
      '| Mutatie eigen vermogen volgens balans | € 5.995 |'
    ],
    wrong: [{ line: 6, from: '5.995', to: '6.995' }]
  },
  {
    id: 'geraamd-werkelijk-verschil',
    source: 'https://amstelveen.jaarverslag-2017.nl/p310/begrotingsrechtmatigheid',
    lines: [
      'bedrag x € 1.000',
      '',
      '| Programma | Lasten geraamd | Lasten werkelijk | Verschil |',
      '| --- | ---: | ---: | ---: |',
      '| 01 Sociaal domein | 64.107 | 63.968 | -139 |',
      '| 03 Economie en duurzaamheid | 4.353 | 1.856 | -2.497 |',
      '| 05 Ruimtelijke ontwikkeling | 19.747 | 16.292 | -3.455 |'
    ],
    wrong: [{ line: 5, from: '-2.497', to: '-2.797' }]
  },
  {
    id: 'keer-van-naar',
    source: 'https://www.rtvpapendrecht.nl/2022/11/15/aantal-zonnepanelen-ook-in-papendrecht-flink-toegenomen/',
    lines: ['In Ridderkerk ging het gemiddelde aantal zonnepanelen per huishouden keer 7,9: van 0,17 in 2016 naar 1,34 in 2021.'],
    wrong: [{ line: 0, from: 'keer 7,9', to: 'keer 9,9' }]
  },
  {
    // Source: 1,33 per huishouden (1,33 / 0,28 = 4,75); adapted to 1,32.
    id: 'maal-zoveel',
    source: 'https://www.rtvpapendrecht.nl/2022/11/15/aantal-zonnepanelen-ook-in-papendrecht-flink-toegenomen/',
    lines: ['In Papendrecht waren er in 2021 4,7 maal zoveel zonnepanelen als in 2016. Vorig jaar kwam dat neer op 1,32 zonnepanelen per huishouden, terwijl er vijf jaar eerder nog maar 0,28 panelen per huishouden in Papendrecht waren.'],
    wrong: [{ line: 0, from: '4,7 maal', to: '6,7 maal' }]
  },
  {
    id: 'subtotaal-raad',
    source: 'https://sonenbreugel.begroting-2018.nl/p4560/eigen-begroting-raad',
    lines: [
      '| Post | Begroting 2017 | Begroting 2018 |',
      '| --- | ---: | ---: |',
      '| Notulering raads- en commissievergaderingen | 27.181 | 27.398 |',
      '| Informele activiteit raad | 1.672 | 3.750 |',
      '| Jaarlijkse bijdrage aan fracties | 5.000 | 6.000 |',
      '| Rekenkamercommissie | 22.891 | 23.074 |',
      '| Conferenties en studiedagen | 2.510 | 4.000 |',
      '| Totaal budget raad | 59.254 | 64.222 |'
    ],
    wrong: [{ line: 7, from: '64.222', to: '66.222' }]
  },
  {
    // The last sentence states the 2018 figure of the source's table in words.
    id: 'eenmalig-plus-structureel',
    source: 'https://sonenbreugel.begroting-2018.nl/p4560/eigen-begroting-raad',
    lines: ['Informele activiteit raad: budget eenmalig extra € 1.750 in verband met de afscheidsbijeenkomst van de oude raad, structureel budget verhogen tot € 2.000. Voor 2018 komt het budget daarmee op € 3.750.'],
    wrong: [{ line: 0, from: '€ 3.750', to: '€ 4.250' }]
  },
  {
    id: 'resultaat-lagere-lasten',
    source: 'https://jaarverslag2017.flevoland.nl/p263/omvang-resultaat',
    lines: [
      'bedragen x € 1.000',
      '',
      '| Omschrijving | Begroting 2017 na wijziging | Rekening 2017 | Verschil |',
      '| --- | ---: | ---: | ---: |',
      '| Totale lasten | 191.984 | 178.936 | 13.048 |',
      '| Totale baten | -207.252 | -206.342 | -910 |',
      '| Saldo van baten en lasten | -15.268 | -27.406 | 12.138 |'
    ],
    wrong: [{ line: 4, from: '| 13.048 |', to: '| 13.848 |' }]
  }
]
