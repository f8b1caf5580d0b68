import type { RuleExample } from '../rule.js'
import { fictionalProgramme } from './fictional-plan.js'

// The docs examples of rule xref-missing-target, kept apart so the rule file holds its logic.

/** References that resolve, and look-alikes that are no references. */
export const xrefOk: RuleExample[] = [
    {
      title: 'Een hoofdstuk van een wet die de zin of het begrip noemt',
      text: fictionalProgramme(['# Inleiding', '', 'De Participatiewet regelt in hoofdstuk 6 de bijstand; wij volgen die regels.', '', '# Begrippen', '', '- **Awb**: Algemene wet bestuursrecht; hoofdstuk 6 gaat over bezwaar en beroep.', '- **APV**: de Algemene plaatselijke verordening, waarvan hoofdstuk 4 over overlast gaat.'])
    },
    {
      title: 'Onderdelen die een tabel met hun woord en nummer opsomt, onder een kop met een lijst van iets anders',
      text: fictionalProgramme(['# Aanpak', '', '## Veegroutes', '', 'De routes kennen twee niveaus:', '', '- **Niveau 1**: winkelstraten;', '- **Niveau 2**: woonstraten.', '', '| Route | Niveau | Lengte (km) |', '|---|---|---|', '| Route 1 Centrum | 1 | 8 |', '| Route 2 Haven | 1 | 6 |', '| Route 3 Oost | 2 | 12 |', '', 'Route 3 vegen we eens per week.'])
    },
    {
      title: 'Het besluit na de bijlagen als bijlage genoemd',
      text: fictionalProgramme(['# Inleiding', '', 'Het ontwerpbesluit staat in bijlage 3.', '', '# Bijlagen', '', '## Bijlage 1: Kaart', '', 'Tekst.', '', '## Bijlage 2: Cijfers', '', 'Tekst.', '', '# Raadsbesluit', '', 'De raad besluit het programma vast te stellen.'])
    },
    {
      title: 'Een lijst, een rangtelwoord en een id die bestaan; een tabel van een ander stuk en een jaartal',
      text: fictionalProgramme(['# Inleiding', '', 'De principes 1 en 2 en het tweede thema staan in bijlage 2; tabel 5 van de monitor en thema 2030 van de provincie niet.', '', '# Principes', '', '## Dichtbij {#p1}', '', '## Eenvoudig {#p2}', '', "# Thema's", '', '## Thema 1: Ontmoeten {#t1}', '', 'Tekst.', '', '## Thema 2: Werk {#t2}', '', 'Tekst.', '', '# Bijlagen', '', '## Bijlage 1: Kaart', '', 'Tekst.', '', '## Begrippen {#bijlage-2}', '', 'Tekst.'])
    },
    {
      title: 'Bestaande bijlage, hoofdstuk en principe',
      text: fictionalProgramme(['# 1. Inleiding', '', 'Zie hoofdstuk 2, principe 2 en bijlage 1.', '', '# 2. Leidende principes', '', '## Dichtbij {#p1}', '', '## Eenvoudig {#p2}', '', '# Bijlagen', '', '## Bijlage 1: Begrippen', '', 'Tekst.'])
    },
    {
      title: 'Een paragraaf in een hoofdstuk met koppen zonder nummer',
      text: fictionalProgramme(['# 1. Inleiding', '', 'De gevolgen voor de wijken staan in paragraaf 2.3.', '', '# 2. Aanpak', '', '## 2.1 Ontmoeten', '', 'Tekst.', '', '## 2.2 Thema’s', '', 'Tekst.', '', '## Wonen in de wijk', '', 'Tekst.'])
    },
    {
      title: 'Een plek in een wet of ander stuk',
      text: fictionalProgramme(['# 1. Inleiding', '', 'Hoofdstuk 3 van de Participatiewet en bijlage 2 bij de Verordening maatschappelijke ondersteuning regelen dit; zie ook artikel 4.', '', '# Bijlagen', '', '## Bijlage 1: Begrippen', '', 'Tekst.'])
    },
    {
      title: 'Een bijlage na de genummerde bijlagen, als eigen hoofdstuk',
      text: fictionalProgramme(['# Inleiding', '', 'De planning staat in bijlage 2.', '', '# Bijlagen', '', '## Bijlage 1: Begrippen', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '| Activiteit | Doel |', '|---|---|', '| Buurtkamer openen | Ontmoeting |'])
    },
    {
      title: 'Een algemene bijlage en een plan zonder bijlagen',
      text: fictionalProgramme(['# Inleiding', '', 'De cijfers staan in de bijlage; bijlage 3 volgt als apart stuk.'])
    },
    {
      title: 'Uitgangspunten en speerpunten van een ander stuk',
      text: fictionalProgramme([
        '# Inleiding',
        '',
        'Dit volgt uit uitgangspunt 3 en uit speerpunt 7 van het coalitieakkoord; zie ook paragraaf 2.3 van de Kadernota 2024.',
        '',
        '# Uitgangspunten',
        '',
        '## Dichtbij',
        '',
        '## Eenvoudig',
        '',
        '## Samen'
      ])
    },
    {
      title: 'Een paragraaf van een programma met genummerde paragrafen',
      text: fictionalProgramme(['# Programma Wonen', '', 'De aanpak staat in paragraaf 3.2; de cijfers in § 3.3.', '', '## 3.1 Doelen', '', 'Tekst.', '', '## 3.2 Aanpak', '', 'Tekst.', '', '## 3.3 Middelen', '', 'Tekst.'])
    },
    {
      title: 'Een hoofdstuk bij een ingekorte titel en een titel uit een ander stuk',
      text: fictionalProgramme(['# 1. Inleiding', '', 'Zie het hoofdstuk ‘Zorg’ en het hoofdstuk ‘Ruimte voor initiatief’ van de Omgevingsvisie.', '', '# 2. Zorg en welzijn', '', 'Tekst.'])
    },
    {
      title: 'Een bijlage die apart wordt meegestuurd, in een plan zonder bijlagen',
      text: fictionalProgramme(['# Inleiding', '', 'De kaart staat in bijlage 2 (apart bijgevoegd); zie ook bijlage 1 bij het raadsvoorstel.'])
    },
    {
      title: 'Een ambitie met een jaartal en een actielijn uit de lijst',
      text: fictionalProgramme(['# Inleiding', '', 'Onze ambitie 2030 is helder; actielijn 3 werkt die uit.', '', '# Actielijnen', '', '1. Ontmoeten', '2. Bewegen', '3. Leren'])
    }
]

/** References in words to parts that do not exist. */
export const xrefNotOk: RuleExample[] = [
  {
    title: 'Een principe op de plaats van een overgeslagen nummer (waarschuwing: de kop kan de vergissing zijn)',
    text: fictionalProgramme(['# Inleiding', '', 'De tarieven volgen uit principe 3.', '', '# Leidende principes', '', '## 1. Dichtbij {#p1}', '', '## 2. Eenvoudig {#p2}', '', '## 4. Betaalbaar {#p3}', '']),
    expected: ['Verwijzing `principe 3` heeft geen doel: er zijn alleen principes `1`, `2`, `4` (het derde heeft nummer `4`: is dat bedoeld?); noem het juiste nummer']
  },
    {
      title: 'Een bijlage voorbij de genummerde, met het raadsbesluit erna',
      text: fictionalProgramme(['# Inleiding', '', 'De voorwaarden staan in bijlage 3.', '', '# Bijlagen', '', '## Bijlage 1: Kaart', '', 'Tekst.', '', '## Bijlage 2: Cijfers', '', 'Tekst.', '', '# Raadsbesluit', '', 'De raad besluit het programma vast te stellen.']),
      expected: ['Verwijzing `bijlage 3` heeft geen doel: de bijlagen lopen tot en met `2`; noem de juiste bijlage']
    },
    {
      title: 'Een principe in een lijst, een thema in woorden en een rangtelwoord (waarschuwing)',
      text: fictionalProgramme(['# Inleiding', '', 'De principes 1 en 4 en thema drie vragen veel; het vijfde principe ook.', '', '# Principes', '', '## Dichtbij {#p1}', '', '## Eenvoudig {#p2}', '', "# Thema's", '', '## Thema 1: Ontmoeten {#t1}', '', 'Tekst.', '', '## Thema 2: Werk {#t2}', '', 'Tekst.']),
      expected: [
        'Verwijzing `principes 1 en 4` heeft geen doel: `4` bestaat niet, er zijn `2` principes; noem het juiste nummer',
        "Verwijzing `thema drie` heeft geen doel: er zijn alleen thema's `1`, `2`; noem het juiste nummer",
        'Verwijzing `vijfde principe` heeft geen doel: er zijn `2` principes; noem het juiste nummer'
      ]
    },
    {
      title: 'Een bijlage met een letter en een tabel voorbij de bijschriften',
      text: fictionalProgramme(['# Inleiding', '', 'Tabel 4 en bijlage C geven de cijfers.', '', 'Tabel 1: Inwoners', '', 'Tabel 2: Cliënten', '', '# Bijlagen', '', '## Bijlage A: Kaart', '', 'Tekst.', '', '## Bijlage B: Cijfers', '', 'Tekst.']),
      expected: [
        'Verwijzing `Tabel 4` heeft geen doel: de tabellen in het plan lopen tot en met `2`; noem het juiste nummer',
        'Verwijzing `bijlage C` heeft geen doel: er zijn alleen bijlagen `A`, `B`; noem de juiste bijlage'
      ]
    },
    {
      title: 'Een bijlage, hoofdstuk en paragraaf die niet bestaan',
      text: fictionalProgramme(['# 1. Inleiding', '', 'Zie bijlage 4, hoofdstuk 9 en paragraaf 2.5.', '', '# 2. Aanpak', '', '## 2.1 Ontmoeten', '', 'Tekst.', '', '## 2.2 Werk', '', 'Tekst.', '', '# Bijlagen', '', '## Bijlage 1: Begrippen', '', 'Tekst.', '', '## Bijlage 2: Cijfers', '', 'Tekst.']),
      expected: [
        'Verwijzing `bijlage 4` heeft geen doel: de bijlagen lopen tot en met `2`; noem de juiste bijlage',
        'Verwijzing `hoofdstuk 9` heeft geen doel: er is geen hoofdstuk 9; verwijs naar een kop die bestaat',
        'Verwijzing `paragraaf 2.5` heeft geen doel: hoofdstuk 2 heeft alleen `2.1`, `2.2`; verwijs naar een kop die bestaat'
      ]
    },
    {
      title: 'Een bijlage 5 naast 5a en 5b, en § 1.2 zonder paragrafen',
      text: fictionalProgramme(['# 1. Uitgangspunten', '', 'Zie § 1.2 en bijlage 5.', '', '# Bijlagen', '', '## Bijlage 5a: Verkenning', '', 'Tekst.', '', '## Bijlage 5b: Nulmeting', '', 'Tekst.']),
      expected: [
        'Verwijzing `§ 1.2` heeft geen doel: hoofdstuk 1 heeft geen genummerde paragrafen; verwijs naar een kop die bestaat',
        'Verwijzing `bijlage 5` heeft geen doel: er zijn alleen bijlagen `5a`, `5b`; noem de juiste bijlage'
      ]
    },
    {
      title: 'Een principe en een thema die niet bestaan',
      text: fictionalProgramme(['# Inleiding', '', 'Dit volgt uit principe 3 en past bij thema 4.', '', '# Leidende principes', '', '## Dichtbij {#p1}', '', '## Eenvoudig {#p2}', '', "# Thema's", '', '## Thema 1: Ontmoeten {#t1}', '', 'Tekst.', '', '## Thema 2: Werk {#t2}', '', 'Tekst.']),
      expected: [
        'Verwijzing `principe 3` heeft geen doel: er zijn `2` principes; noem het juiste nummer',
        "Verwijzing `thema 4` heeft geen doel: er zijn alleen thema's `1`, `2`; noem het juiste nummer"
      ]
    },
    {
      title: 'Een hoofdstuk voorbij het laatste, zonder nummers in de koppen',
      text: fictionalProgramme(['# Inleiding', '', 'Meer hierover in hoofdstuk 4.', '', '# Aanpak', '', 'Tekst.']),
      expected: ['Verwijzing `hoofdstuk 4` heeft geen doel: het plan heeft `2` hoofdstukken; verwijs naar een kop die bestaat']
    },
    {
      title: 'Een uitgangspunt en een kernwaarde voorbij de lijst',
      text: fictionalProgramme([
        '# Inleiding',
        '',
        'Dit vloeit voort uit uitgangspunt 4 en kernwaarde 3.',
        '',
        '# Onze uitgangspunten',
        '',
        '## Dichtbij',
        '',
        '## Eenvoudig',
        '',
        '## Samen',
        '',
        '# Kernwaarden',
        '',
        '- Open',
        '- Eerlijk'
      ]),
      expected: [
        'Verwijzing `uitgangspunt 4` heeft geen doel: er zijn `3` uitgangspunten; noem het juiste nummer',
        'Verwijzing `kernwaarde 3` heeft geen doel: er zijn `2` kernwaarden; noem het juiste nummer'
      ]
    },
    {
      title: 'Een paragraaf voorbij de laatste van een programma',
      text: fictionalProgramme(['# Programma Wonen', '', 'Zie paragraaf 3.7 voor de planning.', '', '## 3.1 Doelen', '', 'Tekst.', '', '## 3.2 Aanpak', '', 'Tekst.', '', '## 3.3 Middelen', '', 'Tekst.']),
      expected: ['Verwijzing `paragraaf 3.7` heeft geen doel: hoofdstuk 3 heeft alleen `3.1`, `3.2`, `3.3`; verwijs naar een kop die bestaat']
    },
    {
      title: 'Een paragraaf voorbij de subkoppen zonder nummer (waarschuwing)',
      text: fictionalProgramme(['# 1. Inleiding', '', 'De aanpak per kern staat in paragraaf 2.4.', '', '# 2. Kernen', '', '## Westerbroek', '', 'Tekst.', '', '## Oosthaven', '', 'Tekst.']),
      expected: ['Verwijzing `paragraaf 2.4` heeft geen doel: hoofdstuk 2 heeft `2` paragrafen; verwijs naar een kop die bestaat']
    },
    {
      title: 'Een bijlage in een plan zonder bijlagen (waarschuwing)',
      text: fictionalProgramme(['# Inleiding', '', 'De kaart van de wijken (bijlage 3) laat zien waar we beginnen.', '', '# Aanpak', '', 'Tekst.']),
      expected: ['Verwijzing `bijlage 3` heeft geen doel: het plan heeft geen bijlagen; voeg de bijlage toe of verwijs naar het stuk zelf']
    },
    {
      title: 'Een hoofdstuk bij een titel die geen kop heeft (waarschuwing)',
      text: fictionalProgramme(['# 1. Inleiding', '', 'Meer hierover in het hoofdstuk ‘Duurzaam bouwen’.', '', '# 2. Wonen', '', 'Tekst.']),
      expected: ['Verwijzing `hoofdstuk ‘Duurzaam bouwen’` heeft geen doel: geen kop heet `Duurzaam bouwen`; noem de titel zoals die boven het hoofdstuk staat']
    },
    {
      title: 'Een speerpunt en een actielijn die niet bestaan',
      text: fictionalProgramme([
        '# Inleiding',
        '',
        'Zie speerpunt 5; actielijn 4 werkt het uit.',
        '',
        '# Speerpunten',
        '',
        '1. Werk',
        '2. Wonen',
        '3. Zorg',
        '',
        '# Uitvoering',
        '',
        '## Actielijn 1: Ontmoeten',
        '',
        '## Actielijn 2: Bewegen'
      ]),
      expected: [
        'Verwijzing `speerpunt 5` heeft geen doel: er zijn `3` speerpunten; noem het juiste nummer',
        'Verwijzing `actielijn 4` heeft geen doel: er zijn alleen actielijnen `1`, `2`; noem het juiste nummer'
      ]
    }
]
