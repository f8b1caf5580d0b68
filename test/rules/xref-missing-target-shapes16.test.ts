import { xrefMissingTarget } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 16 battery, written before reading the rule: references in words to a part of the plan
// it does not have, in forms beyond `hoofdstuk 5`: lettered and roman bijlagen, deep paragraph
// numbers, the § sign, table and figure numbers, plural and range references, a reference inside
// a list item or table cell, and a spelled ordinal. The plan below has chapters 1-4, paragraphs
// 2.1-2.3, bijlagen 1-2, tabel 1-2 and figuur 1.

// A plan whose werklijnen number their goals like paragraphs (`- 1.3 …` under `### Doelen`).
function goals(...lines: string[]): string[] {
  return [
    '# 1. Inleiding', '', '## 1.1 Aanleiding', '', 'Tekst.', '', '## 1.2 Leeswijzer', '', 'Tekst.', '',
    '# 2. Werklijnen', '', '## Werklijn 1: Besparen {#w1}', '', '### Doelen', '', '- 1.1 Minder verbruik in huurwoningen.', '- 1.2 Meer zonnepanelen op daken.', '- 1.3 Alle scholen geïsoleerd.', '',
    '# 3. Uitvoering', '', ...lines
  ]
}

function plan(...lines: string[]): string[] {
  return [
    '# 1. Inleiding', '', ...lines, '',
    '# 2. Aanpak', '', '## 2.1 Wijken', '', 'Tekst.', '', '## 2.2 Scholen', '', 'Tekst.', '', '## 2.3 Sport', '', 'Tekst.', '',
    '*Tabel 1. Budget per jaar*', '', '| Jaar | Bedrag |', '|---|---|', '| 2026 | 10 |', '',
    '*Tabel 2. Inzet per wijk*', '', '| Wijk | Uren |', '|---|---|', '| Noord | 5 |', '',
    '![Figuur 1. Kaart van de wijken](kaart.png)', '',
    '# 3. Uitvoering', '', 'Tekst.', '',
    '# 4. Financiën', '', 'Tekst.', '',
    '# Bijlagen', '', '## Bijlage 1: Partners', '', 'Tekst.', '', '## Bijlage 2: Begrippen', '', 'Tekst.'
  ]
}

const defects: BatteryWording[] = [
  ['a chapter beyond the last', plan('De kosten lichten we toe in hoofdstuk 6.'), 'hoofdstuk 6'],
  ['a deep paragraph number under a missing paragraph', plan('De werkwijze staat in paragraaf 2.5.1.'), '2.5'],
  ['a paragraph by the § sign', plan('Zie § 3.4 voor de planning.'), '3.4'],
  ['a table number the plan lacks', plan('De bedragen staan in tabel 4.'), 'tabel 4'],
  ['a dotted table number the plan lacks', plan('Het overzicht in tabel 3.2 laat de uren zien.'), '3.2'],
  ['a figure number the plan lacks', plan('Figuur 3 toont de ligging van de locaties.'), 'Figuur 3'],
  ['a roman bijlage in a plan with arabic bijlagen', plan('De lijst staat in bijlage IV.'), 'IV'],
  ['a lettered bijlage in a plan with numbered bijlagen', plan('De begrippen staan in bijlage C.'), 'bijlage C'],
  ['a plural bijlage reference with one missing', plan('De bijlagen 2 en 5 geven de details.'), '5'],
  ['a chapter range past the end', plan('De hoofdstukken 3 tot en met 6 beschrijven de uitvoering.'), '6'],
  ['a reference in a list item', plan('Wat u in dit plan vindt:', '', '- de doelen (hoofdstuk 2);', '- de kosten (hoofdstuk 7).'), 'hoofdstuk 7'],
  ['a reference in a table cell', plan('| Onderwerp | Waar |', '|---|---|', '| Kosten | paragraaf 4.3 |'), '4.3'],
  ['a reference with emphasis around the number', plan('Meer hierover in **hoofdstuk 8**.'), '8'],
  ['a spelled ordinal chapter', plan('In het zesde hoofdstuk staat de evaluatie.'), 'zesde'],
  ['a reference split over a line break', plan('De evaluatie beschrijven we verderop in', 'hoofdstuk 9 van dit plan.'), '9'],
  ['a reference after a qualifier', plan('Zie vooral ook bijlage 3 voor de partners.'), 'bijlage 3'],
  ['a paragraph whose number only a goal carries', goals('Hoe we sturen, staat in paragraaf 1.3.'), '1.3'],
  ['a paragraph by § whose number only a goal carries', goals('De monitor beschrijven we in § 1.3.'), '1.3'],
  ['a paragraph in a list item whose number only a goal carries', goals('Zie ook:', '', '- paragraaf 1.3 voor de monitor.'), '1.3'],
  ['a bracketed chapter after this plan named', plan('Zoals deze nota verderop uitwerkt (hoofdstuk 7), kiezen we voor de wijk.'), 'hoofdstuk 7'],
  ['a roman bijlage between brackets', plan('De partners tekenen een convenant (bijlage III).'), 'III'],
  ['a figure by chapter in a plan numbering figures through', plan('In figuur 2.1 ziet u de route.'), '2.1']
]

const clean: CleanWording[] = [
  ['a chapter that exists', plan('De kosten lichten we toe in hoofdstuk 4.')],
  ['a paragraph that exists via §', plan('Zie § 2.3 voor de sportaanpak.')],
  ['a table that exists', plan('De bedragen staan in tabel 2.')],
  ['a figure that exists', plan('Figuur 1 toont de ligging van de wijken.')],
  ['a chapter of another document', plan('Hoofdstuk 6 van de Omgevingsvisie beschrijft de ambities.')],
  ['an article of a verordening', plan('Artikel 12 van de verordening regelt de subsidie.')],
  ['a bijlage of the begroting', plan('Bijlage 5 bij de begroting 2026 geeft de reserves.')],
  ['a plural reference where both exist', plan('De bijlagen 1 en 2 geven de details.')],
  ['a chapter range that exists', plan('De hoofdstukken 2 tot en met 4 beschrijven de aanpak.')],
  ['a spelled ordinal that exists', plan('In het derde hoofdstuk staat de uitvoering.')],
  ['a table number in a caption of its own', plan('*Tabel 3. Extra overzicht*', '', '| A | B |', '|---|---|', '| x | 1 |', '', 'Tabel 3 vat dit samen.')],
  ['a paragraph of a law', plan('Paragraaf 4.3 van de Omgevingswet regelt dit.')],
  ['a chapter of a named report', plan('Het rapport Wonen in de regio (hoofdstuk 7) laat de trend zien.')],
  ['a paragraph number that is a year-like amount', plan('Het budget stijgt met 2,5 procent.')],
  ['a roman bijlage the plan names in a heading', [...plan('De kaart staat in bijlage IV.'), '', '## Bijlage IV: Kaart', '', 'Tekst.']],
  ['a roman chapter of another report', plan('De evaluatie van de GGD (bijlage II) bevat de cijfers.')],
  ['a bracketed chapter of a named study', plan('Uit de woonvisie van de regio (hoofdstuk 8) blijkt de vraag.')],
  ['a dotted table that exists in a plan numbering per chapter', ['# 1. Inleiding', '', 'Zie tabel 2.2.', '', '# 2. Cijfers', '', '*Tabel 2.1 Inwoners*', '', '| a | b |', '|---|---|', '| x | 1 |', '', '*Tabel 2.2 Cliënten*', '', '| a | b |', '|---|---|', '| x | 1 |']],
  ['a goal by its own number', goals('Doel 1.3 vraagt de meeste inzet.')],
  ['a paragraph that exists next to numbered goals', goals('Hoe we sturen, staat in paragraaf 1.2.')],
  ['a goal list referred to by werklijn', goals('De doelen van werklijn 1 (1.1 tot en met 1.3) zijn haalbaar.')],
  ['a reference to the chapter in a law with article', plan('Volgens hoofdstuk 5 van de Jeugdwet is de gemeente verantwoordelijk.')]
]

describeBattery(xrefMissingTarget, defects, clean, 22)
