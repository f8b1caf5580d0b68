import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5 causes, with look-alikes that point inside the run or at something else:
// 1. item codes the plan defines in a run (`- **M1** …` to `M14`, `## P1 …`, a table of `W1` …)
//    and a reference elsewhere (a table cell, a sentence) to a code past the last one;
// 2. a bijlage that is a chapter of its own after the bijlagen (`# Bijlage 2: …`) already carries
//    its number: it is not one of the unnumbered chapters that may be the later bijlagen.
const maatregelen = ['# Maatregelen', '', '- **M1** Herinrichten van de Dorpsstraat.', '- **M2** Groot onderhoud aan de Ringweg.', '- **M3** Aanleggen van een fietspad langs de vaart.', '- **M4** Snoeien van de laanbomen.']
const projecten = ['# Projecten', '', '## P1 Kleedkamers sportpark', '', 'Tekst.', '', '## P2 Nieuwe tribune', '', 'Tekst.', '', '## P3 Verlichting velden', '', 'Tekst.']
const werkpakketten = ['# Werkpakketten', '', '| Code | Werkpakket |', '|---|---|', '| W1 | Maaien van bermen |', '| W2 | Onderhoud van vijvers |', '| W3 | Vervangen van bankjes |']
const bijlagen = (extra: string[]): string[] => ['# Bijlagen', '', '## Bijlage 1: Kaart van de wijken', '', 'Tekst.', '', '# Bijlage 2: Begrippen', '', 'Tekst.', ...extra]

const defects: DefectWording[] = [
  // 1. a code past the run
  ['an agenda cell past the last bullet code', [...maatregelen, '', '# Uitvoeringsagenda', '', '| Nr | Activiteit | Start |', '|---|---|---|', '| 1 | Herinrichting Dorpsstraat (M1) | 2027 |', '| 2 | Slimme verlichting op de Ringweg (M5) | 2028 |'], '`M5`'],
  ['a sentence past the last heading code', [...projecten, '', '# Planning', '', 'Na de kleedkamers volgt project P4, de kantine.'], '`P4`'],
  ['a sentence past the last table code', [...werkpakketten, '', '# Uitvoering', '', 'De aannemer voert ook werkpakket W6 uit, het vegen van de pleinen.'], '`W6`'],
  // 2. a bijlage chapter with its own number
  ['a reference past a numbered bijlage chapter', ['# Inleiding', '', 'De kaart met de zoeklocaties staat in bijlage 3.', '', ...bijlagen([])], '`bijlage 3`'],
  ['a reference past two numbered bijlage chapters', ['# Inleiding', '', 'De reacties staan in bijlage 3 en de cijfers in bijlage 4.', '', ...bijlagen(['', '# Bijlage 3: Reacties', '', 'Tekst.'])], '`bijlage 4`'],
  ['a reference past a numbered chapter with a dash', ['# Inleiding', '', 'Het overzicht van de subsidies staat in bijlage 5.', '', '# Bijlagen', '', '## Bijlage 1: Kaart', '', 'Tekst.', '', '# Bijlage 2 – Overzicht subsidies', '', 'Tekst.'], '`bijlage 5`']
]

const clean: CleanWording[] = [
  // 1. codes inside the run, other prefixes, quarters and road numbers
  ['references inside the run', [...maatregelen, '', '# Uitvoeringsagenda', '', '| Nr | Activiteit | Start |', '|---|---|---|', '| 1 | Herinrichting Dorpsstraat (M1) | 2027 |', '| 2 | Snoeien (M4) | 2028 |']],
  ['a code of another prefix and a quarter', [...projecten, '', '# Planning', '', 'De kantine (K4) volgt in Q4 2027; P3 wordt in 2028 opgeleverd.']],
  ['road numbers and a paper size', ['# Bereikbaarheid', '', '- A28 Afrit Zuid wordt verbreed.', '- N34 Omleiding bij de rotonde.', '- N381 Fietstunnel.', '', 'De kaart op A3-formaat toont ook de A7 en de N48.']],
  ['a quarter after table codes', [...werkpakketten, '', '# Uitvoering', '', 'Werkpakket W3 start in W4 2027 niet; het start in het vierde kwartaal.']],
  // 2. bijlagen that exist, or may be a later chapter
  ['a reference to the numbered bijlage chapter', ['# Inleiding', '', 'De begrippen staan in bijlage 2.', '', ...bijlagen([])]],
  ['a reference to the bijlage under the bijlagen, in a list item', ['# Inleiding', '', '- De wijkkaart staat in bijlage 1.', '- De begrippen staan in bijlage 2.', '', ...bijlagen([])]],
  ['a reference to an unnumbered trailing chapter', ['# Inleiding', '', 'De agenda staat in bijlage 3.', '', ...bijlagen(['', '# Uitvoeringsagenda', '', 'Tekst.'])]]
]

describeWordings(xrefMissingTarget, defects, clean)
