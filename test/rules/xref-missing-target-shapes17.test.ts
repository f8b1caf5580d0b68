import { xrefMissingTarget } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 battery (hmisc), written before reading the rule again: a numbered thing named by an
// ordinal word one past the last (`het zesde sturende principe`, `de vierde pijler`), with
// adjectives between the ordinal and the noun, in a list item, in brackets, across a line break;
// and a numbered bijlage in a plan that has no bijlagen at all, in several chapters and forms.
// Look-alikes: an ordinal that exists, an ordinal of time or rank (`de vierde keer`, `het
// zesde jaar`), an ordinal about another document's parts, a bijlage of a law or of the
// raadsvoorstel, a plan that does have the bijlage.

// Five principes under their chapter, headed by number only; three pijlers and two sporen by kind.
const body = (...lines: string[]): string[] => [
  '# 1. Inleiding', '', 'Tekst over de aanleiding.', '',
  '# 2. Werkende principes', '', 'Vijf principes geven richting aan onze keuzes.', '',
  '## 1. Dichtbij huis {#p1}', '', 'Tekst.', '', '## 2. Samen met de buurt {#p2}', '', 'Tekst.', '',
  '## 3. Eenvoudige regels {#p3}', '', 'Tekst.', '', '## 4. Eerlijk delen {#p4}', '', 'Tekst.', '', '## 5. Zuinig met middelen {#p5}', '', 'Tekst.', '',
  '# 3. Pijlers', '', '## Pijler 1: Wonen {#w1}', '', 'Tekst.', '', '## Pijler 2: Werken {#w2}', '', 'Tekst.', '', '## Pijler 3: Leren {#w3}', '', 'Tekst.', '',
  '# 4. Sporen', '', '## Spoor 1: Vroeg erbij {#s1}', '', 'Tekst.', '', '## Spoor 2: Snel hulp {#s2}', '', 'Tekst.', '',
  '# 5. Uitvoering en financiën', '', ...lines
]
// The same plan with an uitvoeringsagenda and no bijlagen: the agenda may be sent as bijlage 1.
const withAgenda = (...lines: string[]): string[] => [...body(...lines), '', '# 6. Uitvoeringsagenda', '', '| Activiteit | Doel | Start |', '|---|---|---|', '| Buurtkamer openen | Ontmoeting | 2027 |', '| Loket inrichten | Toegang | 2028 |']
// The same plan with two bijlagen at its end.
const withAnnexes = (...lines: string[]): string[] => [...body(...lines), '', '# Bijlagen', '', '## Bijlage 1: Begrippen', '', 'Tekst.', '', '## Bijlage 2: Partners', '', 'Tekst.']

const defects: BatteryWording[] = [
  ['an ordinal with an adjective before the noun', body('Die keuze komt voort uit het zesde werkende principe, dat om maatwerk vraagt.'), 'zesde'],
  ['an ordinal with two adjectives', body('Het zesde en laatste sturende principe vraagt om een vaste contactpersoon.'), 'zesde'],
  ['an ordinal pijler one past the last', body('De vierde pijler gaat over vrije tijd en sport.'), 'vierde'],
  ['an ordinal pijler in brackets with an adjective', body('De bibliotheek krijgt een grotere rol (de vierde, nieuwe pijler).'), 'vierde'],
  ['an ordinal in a list item', body('Zo werken we:', '', '- volgens het zevende principe vragen we eerst de buurt;', '- we rapporteren elk jaar.'), 'zevende'],
  ['an ordinal over a line break', body('Deze keuze past bij het zesde', 'principe uit hoofdstuk 2.'), 'zesde'],
  ['a principe by a cardinal word', body('Dit is een uitwerking van principe zes.'), 'zes'],
  ['an ordinal spoor one past the last', body('Het derde spoor richt zich op nazorg na een crisis.'), 'derde'],
  ['a spoor by a cardinal word', body('De nazorg valt onder spoor drie.'), 'drie'],
  ['a bijlage in a plan without bijlagen', body('De aannames achter de raming staan in bijlage 1.'), 'bijlage 1'],
  ['a bijlage in brackets in a plan without bijlagen', body('We kopen de diensten regionaal in (zie bijlage 2 voor de percelen).'), 'bijlage 2'],
  ['a bijlage at the start of a sentence', body('Bijlage 3 geeft per wijk het aantal deelnemers.'), 'Bijlage 3'],
  ['a lettered bijlage in a plan without bijlagen', body('De lijst met contactpersonen is opgenomen als bijlage A.'), 'bijlage A'],
  ['a bijlage in a table cell in a plan without bijlagen', body('| Onderdeel | Toelichting |', '|---|---|', '| Tarieven | zie bijlage 1 |'), 'bijlage 1'],
  ['bijlage 1 about other content in a plan with an agenda', withAgenda('De aannames voor de opslagen in de raming staan in bijlage 1.'), 'bijlage 1'],
  ['a bijlage in a list item in a plan without bijlagen', body('Meer informatie:', '', '- de planning van de werken in bijlage 2;', '- de risico\'s in hoofdstuk 4.'), 'bijlage 2']
]

const clean: CleanWording[] = [
  ['an ordinal principe that exists', body('Dit volgt uit het vijfde werkende principe, dat om zuinigheid vraagt.')],
  ['an ordinal pijler that exists', body('De derde pijler gaat over leren en scholing.')],
  ['an ordinal of time', body('Voor de zesde keer organiseren we de buurtdag.')],
  ['an ordinal of a year', body('In het zesde jaar van de samenwerking evalueren we de afspraken.')],
  ['an ordinal of another document', body('Het zesde principe van de landelijke Jeugdwet vraagt om eigen regie.')],
  ['a bijlage of a law in a plan without bijlagen', body('Bijlage 2 bij de Wet maatschappelijke ondersteuning geeft de normen.')],
  ['a bijlage of the raadsvoorstel', body('Het advies van de Wmo-raad zit als bijlage 1 bij het raadsvoorstel.')],
  ['a bijlage that exists', withAnnexes('De begrippen staan in bijlage 1.')],
  ['a lettered rank of a list', body('Het vierde punt op de agenda is de sportnota.')],
  ['an ordinal pijler of the province', body('De provincie werkt met vier pijlers; de vierde pijler van de provincie gaat over natuur.')],
  ['a bijlage of a letter', body('In bijlage 3 van de brief van de minister staan de bedragen.')],
  ['bijlage 1 for the agenda in a plan with an agenda', withAgenda('De activiteiten per jaar staan in bijlage 1.')],
  ['an ordinal spoor that exists', body('Het tweede spoor richt zich op snelle hulp.')],
  ['a spoor as a figure of speech', body('Met deze aanpak zitten we op het goede spoor.')],
  ['an ordinal of a quarter', body('In het vierde kwartaal van 2027 volgt de evaluatie.')]
]

describeBattery(xrefMissingTarget, defects, clean, 16)
