/**
 * Real Dutch passages where a percentage or fraction stands beside the numbers it derives from, collected from
 * public pages of municipalities, the CBS, news sites and annual reports (`source`). The wording is kept; where the
 * source gives the numbers but no share, `added` marks the share clause written in the source's own style.
 * Each passage has a correct form (`lines`, its share holds) and one or two mutations (`[from, to]`: one number or
 * fraction word changed so the share is clearly wrong, by five points or more); `claim` is the index of the line
 * that holds the share.
 */
export interface RealPassage {
  /** Where the wording comes from. */
  source: string
  /** The passage's lines (paragraphs, table rows) in its correct form. */
  lines: string[]
  /** Index in `lines` of the line with the share a mutation breaks. */
  claim: number
  /** One or two mutations: the first occurrence of `from` in the passage becomes `to`. */
  mutations: Array<[string, string]>
  /** The share clause was written for this battery beside real numbers (optional). */
  added?: boolean
}

export const passages: RealPassage[] = [
  {
    source: 'cbs.nl dossier verstedelijking',
    lines: ['Aan het eind van de twintigste eeuw groeide in verreweg de meeste gemeenten van Nederland de bevolking. Van de huidige 393 gemeenten hadden er slechts 64 (16 procent) te maken met krimp.'],
    claim: 0,
    mutations: [['er slechts 64', 'er slechts 94'], ['(16 procent)', '(26 procent)']]
  },
  {
    source: 'torhout.be enquête',
    lines: ['Uiteindelijk werden 127 enquêtes online ingevuld (29,2 %) en 308 enquêtes op papier bezorgd (70,8 %).'],
    claim: 0,
    mutations: [['(29,2 %)', '(39,2 %)']]
  },
  {
    source: 'torhout.be enquête',
    lines: [
      'Voor de enquête zijn uit de Torhoutenaren in de leeftijdscategorie van 18 t.e.m. 80 jaar 700 burgers willekeurig geselecteerd vanuit het rijksregister.',
      '',
      'Op die datum hadden 290 respondenten (41,4 %) de enquête ingevuld. Op maandag 5 augustus 2013 werd een herinneringsbrief verstuurd. Op 31 augustus 2013 hadden uiteindelijk 435 (62,1%) van de aangeschreven respondenten de enquête ingevuld.'
    ],
    claim: 2,
    mutations: [['hadden 290 respondenten', 'hadden 350 respondenten'], ['(62,1%)', '(72,1%)']]
  },
  {
    source: 'longreads.cbs.nl veiligheidsmonitor 2019',
    lines: ['In totaal is een steekproef van ruim 325 duizend Nederlanders van 15 jaar of ouder gevraagd om aan het onderzoek deel te nemen. Ruim 135 duizend hebben een ingevulde vragenlijst geretourneerd; een respons van 41,6% die hoger is dan de respons van de editie 2017 (39,3%).'],
    claim: 0,
    mutations: [['Ruim 135 duizend', 'Ruim 165 duizend']]
  },
  {
    source: 'nvrr.nl DoeMee-onderzoek Wob',
    lines: ['Slechts vier van de 93 overheden (4%) hebben beleid over actieve openbaarheid, zo blijkt uit de documentstudie. Zeven van de 93 overheden (8%) beschikken wel over interne werkinstructies of procesbeschrijvingen.'],
    claim: 0,
    mutations: [['overheden (4%)', 'overheden (14%)'], ['Zeven van de 93', 'Zeventien van de 93']]
  },
  {
    source: 'vakbasegemeentefinancien.nl rekenkamers',
    lines: ['In 380 van de 415 gemeenten (2012) is een rekenkamer actief, dat is 91,6% van de gemeenten.'],
    claim: 0,
    mutations: [['In 380 van de 415', 'In 340 van de 415']]
  },
  {
    source: 'swov.nl factsheet verkeersdoden',
    lines: [
      'In 2023 kwamen 684 mensen in Nederland om door een verkeersongeval. Dat zijn 61 verkeersdoden minder dan een jaar eerder, maar opnieuw meer dan tussen 2010 en 2021.',
      '',
      "Voor het vierde jaar op rij kwamen meer fietsers (270; 39%) dan inzittenden van personenauto's (194; 28%) om in het verkeer. De meeste doden in het verkeer vallen onder ouderen: in 2023 waren 375 (55%) verkeersdoden 60 jaar of ouder."
    ],
    claim: 2,
    mutations: [['(270; 39%)', '(270; 49%)'], ['375 (55%)', '375 (65%)']]
  },
  {
    source: 'nu.nl huisvesting statushouders 2022',
    lines: [
      'In meer dan de helft van de gemeenten lukt het niet om voldoende statushouders te huisvesten.',
      '',
      'In 186 van de 344 gemeenten - 54 procent - lukte het niet om voldoende statushouders onderdak te bieden. Dit komt vooral door achterstanden die in coronatijd zijn opgelopen.'
    ],
    claim: 2,
    mutations: [['- 54 procent -', '- 64 procent -']]
  },
  {
    source: 'clo.nl energielabels van woningen',
    lines: ['Van de ruim 7,5 miljoen woningen in Nederland zijn per 1 januari 2017 circa 3,2 miljoen woningen voorzien van een energielabel. Dit komt overeen met 42% van de totale woningvoorraad.'],
    claim: 0,
    mutations: [['circa 3,2 miljoen', 'circa 4,2 miljoen']]
  },
  {
    source: 'fok.nl energielabel (CBS)',
    lines: ['Van de woningen met een energielabel is vijf procent een koopwoning, wat neerkomt op ruim zeventigduizend woningen. Nederland telt daarnaast bijna 1,5 miljoen gelabelde huurwoningen.'],
    claim: 0,
    mutations: [['is vijf procent', 'is vijftien procent']]
  },
  {
    source: 'gemeente-mill.nl burgerpeiling',
    lines: ['Het onderzoek is middels een uitnodiging uitgezet bij een steekproef van 2000 inwoners van onze gemeente. De steekproef is getrokken uit de Basisregistratie Personen (BRP). 582 Respondenten (29,1%) hebben deelgenomen aan het onderzoek, waarmee de resultaten statistisch significant zijn voor de groep inwoners van de gemeente.'],
    claim: 0,
    mutations: [['582 Respondenten', '782 Respondenten']]
  },
  {
    source: 'nu.nl burgerpeiling Rucphen',
    lines: ['De burgerpeiling is via een vragenlijst uitgezet onder inwoners van de gemeente Rucphen. In totaal zijn 1.800 inwoners gevraagd mee te doen. In totaal vulden 674 respondenten de vragenlijst in. De respons komt daarmee op 37,4 procent.'],
    claim: 0,
    mutations: [['vulden 674 respondenten', 'vulden 874 respondenten']]
  },
  {
    // The source says 33,7%; 192 of 572 is 33,6%.
    source: 'docslib.org robuust kernenbeleid',
    lines: ['Op 1 januari 2018 is het aantal gemeenten ten opzichte van 1997 gedaald van 572 tot 380, een afname met 33,6%.'],
    claim: 0,
    mutations: [['van 572 tot 380', 'van 572 tot 440']]
  },
  {
    source: 'jaarverslag.acm.nl 2016 Wob-verzoeken',
    lines: ['De ACM heeft in 2016 in totaal 23 Wob-verzoeken ontvangen. De mediaan van de doorlooptijden van de Wob-verzoeken in 2016 is 20 dagen. Bij 3 Wob-verzoeken (13%) is de wettelijke termijn overschreden.'],
    claim: 0,
    mutations: [['Wob-verzoeken (13%)', 'Wob-verzoeken (23%)']]
  },
  {
    source: 'zaanstad.jaarverslag-2015.nl kengetallen bezwaar en beroep',
    lines: [
      '| Bezwaarschriften 2015 | Aantal | Aantal gegrond | % gegrond |',
      '| --- | --- | --- | --- |',
      '| Afgehandeld | 828 | 158 | 19% |',
      '| WWB/Participatiewet | 336 | 83 | 25% |',
      '| Omgevingsvergunningen | 75 | 1 | 1,3% |',
      '| Handhaving | 61 | 14 | 23% |'
    ],
    claim: 3,
    mutations: [['| 83 | 25% |', '| 83 | 35% |']]
  },
  {
    source: 'cbs.nl voortijdig schoolverlaters; geslacht, woonregio',
    lines: [
      '| Regio | Leerlingen | Voortijdig schoolverlaters | Percentage |',
      '| --- | --- | --- | --- |',
      '| Vier grote gemeenten | 152.190 | 5.220 | 3 |',
      '| Gemeenten >= 100 000 inwoners | 292.030 | 8.140 | 3 |',
      '| Gemeenten < 100 000 inwoners | 894.910 | 18.740 | 2 |'
    ],
    claim: 2,
    mutations: [['| 5.220 | 3 |', '| 5.220 | 13 |']]
  },
  {
    source: 'zuidholland.begroting-2026.nl beleidsdoel wonen',
    lines: ['De provincie stuurt op de volgende doelstellingen: 1) nieuwbouw minimaal 2/3 betaalbare woningbouw (huur en koop); 2) waarvan minimaal de helft sociale huurwoningen, dus minimaal 1/3; en 3) doorgroeien naar minimaal 30% sociale huur in de totale woningvoorraad per gemeente.'],
    claim: 0,
    mutations: [['dus minimaal 1/3', 'dus minimaal 1/2']]
  },
  {
    source: 'vvoj.org Wob-verzoeken rijksoverheid',
    lines: ['De meeste ministeries vertonen van jaar op jaar ook een redelijk stabiel beeld, alleen Onderwijs beleeft een forse daling in de loop van de tijd: van 228 Wob-verzoeken in 2014 naar 92 in 2018, bijna 60 procent minder.'],
    claim: 0,
    mutations: [['bijna 60 procent', 'bijna 40 procent']],
    added: true
  },
  {
    source: 'rd.nl bijstand 2019',
    lines: ['Volgens cijfers van het CBS telde Nederland eind juni 426.000 ontvangers van een bijstandsuitkering, 21.000 mensen minder dan een jaar eerder. Dat is een daling van bijna 5 procent.'],
    claim: 0,
    mutations: [['bijna 5 procent', 'bijna 10 procent']],
    added: true
  },
  {
    source: 'swov.nl factsheet verkeersdoden',
    lines: ['In 2023 vielen er in Nederland 684 verkeersdoden. Dit zijn er 61 minder dan in 2022, toen er 745 verkeersdoden waren, een daling van 8 procent.'],
    claim: 0,
    mutations: [['daling van 8 procent', 'daling van 18 procent']],
    added: true
  },
  {
    source: 'cbs.nl energielabels van huur- en koopwoningen 2011',
    lines: [
      '| Woningen met energielabel | Aantal |',
      '| --- | --- |',
      '| Label A en B | 282.686 |',
      '| Label C en D | 1.162.153 |',
      '| Label E, F, G | 597.875 |',
      '| Totaal | 2.042.714 |',
      '',
      'Ruim de helft van de gelabelde woningen heeft label C of D; bijna 14 procent heeft label A of B.'
    ],
    claim: 7,
    mutations: [['bijna 14 procent', 'bijna 24 procent']],
    added: true
  },
  {
    source: 'ooststellingwerf.begrotingonline.nl kerngegevens',
    lines: [
      '| Sociale structuur | Begroting 2018 |',
      '| --- | --- |',
      '| Aantal inwoners | 25.493 |',
      '| van 0 - 19 jaar | 5.408 |',
      '| van 20 - 64 jaar | 14.143 |',
      '| van 65 jaar en ouder | 5.942 |',
      '',
      'Bijna een kwart van de inwoners is 65 jaar of ouder.'
    ],
    claim: 7,
    mutations: [['Bijna een kwart', 'Bijna een derde']],
    added: true
  },
  {
    source: 'ad.nl statushouders 2017 (Delft)',
    lines: ['In Delft is de taakstelling net niet gehaald. Van de 143 die de stad moest huisvesten, zijn dat er 119 geworden (83 procent).'],
    claim: 0,
    mutations: [['(83 procent)', '(93 procent)']],
    added: true
  },
  {
    source: 'ad.nl statushouders 2017 (Westland)',
    lines: ['Ook in Westland zijn er te weinig statushouders gehuisvest. Daar moesten 187 statushouders in 2016 een woning toegewezen krijgen, wat voor 105 statushouders is gelukt, ruim de helft.'],
    claim: 0,
    mutations: [['voor 105 statushouders', 'voor 65 statushouders']],
    added: true
  },
  {
    source: 'nu.nl statushouders 2022 (Den Haag)',
    lines: ['Den Haag bijvoorbeeld, kreeg als opdracht een aantal van 417 en staat nu op 367 (88 procent). Maar ook Westland - 81 als taak, 53 daadwerkelijk gehuisvest - moet er nog flink aan trekken.'],
    claim: 0,
    mutations: [['staat nu op 367', 'staat nu op 267']],
    added: true
  },
  {
    source: 'begroting.gooisemeren.nl taakstelling',
    lines: ['Voor de 1e helft 2020 (januari-juni) was het aantal te huisvesten statushouders 18 personen voor onze gemeente. De 2e helft van 2020 was het aantal te huisvesten statushouders 22 personen. Aan het eind van 2020 hebben de gezamenlijke corporaties 46 statushouders kunnen huisvesten, 115 procent van de taakstelling.'],
    claim: 0,
    mutations: [['115 procent', '135 procent']],
    added: true
  },
  {
    source: 'bibliotheekblad.nl bibliotheekcijfers 2017',
    lines: ['Uit de cijfers blijkt dat het aantal bibliotheekorganisaties is teruggelopen van 154 in 2016 naar 149 in 2017. Het aantal vestigingen daarentegen steeg met ruim 7 procent, van 1286 in 2016 naar 1383 in 2017.'],
    claim: 0,
    mutations: [['ruim 7 procent', 'ruim 17 procent']],
    added: true
  },
  {
    source: 'bibliotheekblad.nl bibliotheekcijfers 2018',
    lines: ['De KB geeft aan dat er in 2018 door bibliotheken ruim 200.000 activiteiten zijn georganiseerd, een stijging van ruim een derde. In 2017 werden er nog 145.000 activiteiten geregistreerd.'],
    claim: 0,
    mutations: [['ruim een derde', 'ruim de helft']],
    added: true
  },
  {
    source: 'hln.be centraal meldpunt Hamme',
    lines: ['In 2017 werden 249 meldingen geregistreerd bij het Centraal Meldpunt van de gemeente. In 2016 waren dat er nog 282. Dat is een daling van 12 procent.'],
    claim: 0,
    mutations: [['daling van 12 procent', 'daling van 22 procent']],
    added: true
  },
  {
    source: 'woonbedrijfinbeeld.com leefbaarheidsmeldingen',
    lines: ['Het aantal zorgmeldingen is gedaald van 459 in 2015 naar 313 meldingen in 2016, bijna een derde minder.'],
    claim: 0,
    mutations: [['naar 313 meldingen', 'naar 383 meldingen']],
    added: true
  },
  {
    source: 'woonbedrijfinbeeld.com leefbaarheidsmeldingen 2017',
    lines: ['In 2017 werd 1155 keer melding gemaakt. Geluidsoverlast (235 keer, ruim een vijfde) is de grootste meldpost in 2017, net als in 2016.'],
    claim: 0,
    mutations: [['(235 keer', '(335 keer']],
    added: true
  },
  {
    source: 'nu.nl opvanglocaties asielzoekers',
    lines: ['Tegen 88 van die plannen organiseerden tegenstanders demonstraties. In slechts vier gevallen (5 procent) kregen ze hun zin.'],
    claim: 0,
    mutations: [['slechts vier gevallen', 'slechts veertien gevallen']],
    added: true
  },
  {
    source: 'volkskrant.nl gemeenteraadsverkiezingen 2018',
    lines: ['Lokale partijen winnen in 164 van de 335 gemeenten, bijna de helft.'],
    claim: 0,
    mutations: [['in 164 van de 335', 'in 124 van de 335']],
    added: true
  },
  {
    source: 'ad.nl huisvesting statushouders 2022',
    lines: ["Gemeenten hielpen in de eerste zes maanden van het jaar gezamenlijk zo'n 12.000 voormalige asielzoekers aan onderdak. Volgens de taakstelling van het Rijk moesten dat er, inclusief achterstanden, eigenlijk 13.700 zijn. Daarmee is 88 procent van de taakstelling gehaald."],
    claim: 0,
    mutations: [['is 88 procent', 'is 98 procent']],
    added: true
  },
  {
    source: 'schulinck.nl lage inkomens (CBS)',
    lines: ['In 2009 had 2,5 procent van alle huishoudens een langdurig laag inkomen, inmiddels is het 3,3 procent. In aantallen is de groep gestegen van 157.000 naar 217.000, een groei van 38 procent.'],
    claim: 0,
    mutations: [['groei van 38 procent', 'groei van 28 procent']],
    added: true
  },
  {
    source: 'opnieuwthuis.nl land in beeld',
    lines: ['Gemeenten hebben in het eerste half jaar van 2017 een taakstelling om 13.000 vergunninghouders te huisvesten. Daar komt een achterstand bij van 6.082 die gemeenten voorgaande periodes hebben opgelopen. In totaal moeten gemeenten dus voor ruim 19.000 vergunninghouders woonruimte zoeken; de achterstand is daarvan bijna een derde.'],
    claim: 0,
    mutations: [['bijna een derde', 'bijna de helft']],
    added: true
  },
  {
    source: 'lingewaard.jaarverslag-2022.nl openbaarheid',
    lines: ['Er zijn in 2022 10 Wob/Woo-verzoeken ingediend. Daarvan was er op 31 december 2022 nog 1 in behandeling, een tiende van het totaal.'],
    claim: 0,
    mutations: [['nog 1 in behandeling', 'nog 3 in behandeling']],
    added: true
  },
  {
    source: 'ad.nl statushouders 2017 (Zoetermeer)',
    lines: ['Zoetermeer heeft wél de taakstelling gehaald. De stad moest een plekje geven aan 167 statushouders, maar deed dat voor 205, 38 teveel dus, ruim 20 procent meer.'],
    claim: 0,
    mutations: [['deed dat voor 205', 'deed dat voor 235']],
    added: true
  },
  {
    source: 'tilburg jaarstukken 2016 / nu.nl burgerpeiling (respons)',
    lines: ['In totaal zijn 2.000 inwoners gevraagd mee te doen. Daarvan vulden er 674 de vragenlijst in, een respons van een derde.'],
    claim: 0,
    mutations: [['er 674 de', 'er 974 de']],
    added: true
  },
  {
    source: 'kijkopdrimmelen.nl burgerpeiling',
    lines: ['In Drimmelen werden namelijk 220 personen uitgenodigd om de vragenlijst in te vullen. Van hen vulden er 44 de vragenlijst in en stuurden die terug, 20 procent.'],
    claim: 0,
    mutations: [['er 44 de', 'er 74 de']],
    added: true
  }
]
