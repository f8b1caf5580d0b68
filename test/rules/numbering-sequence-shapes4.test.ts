import { numberingSequence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Fresh shapes of a document's own numbering that slips: bare item codes (a letter and a number)
// at the start of bullets or headings, paragraph numbers that restart or skip in deeper headings,
// run-in bold labels, roman numerals and parenthesised numbers. The clean ones are the legitimate
// forms a naive reader would flag.
const defects: DefectWording[] = [
  ['bare measure codes at the start of bullets, one repeated', ['# Maatregelen', '', '- V4 Snoeien van laanbomen in de wijken.', '- V5 Vervangen van speeltoestellen.', '- V5 Herstel van kademuren.', '- V6 Onderhoud van bermen.'], '`V5` volgt op `V5`'],
  ['bare codes in bold at the start of bullets, one skipped', ['# Projecten', '', '- **P1** Renovatie van de sporthal.', '- **P2** Nieuwe kleedkamers.', '- **P4** Verlichting op het kunstgras.'], '`P4` volgt op `P2`'],
  ['headings with item codes, one skipped', ['# Aanpak', '', '## W1 Groenonderhoud', '', 'Tekst.', '', '## W2 Verhardingen', '', 'Tekst.', '', '## W4 Kunstwerken', '', 'Tekst.'], '`W4` volgt op `W2`'],
  ['a third-level paragraph number skipping one', ['# 1 Inleiding', '', '## 1.2 Opgave', '', '### 1.2.1 Wegen', '', 'Tekst.', '', '### 1.2.2 Groen', '', 'Tekst.', '', '### 1.2.4 Water', '', 'Tekst.'], '`1.2.4` volgt op `1.2.2`'],
  ['a run-in bold paragraph label repeated', ['# Uitvoering', '', '**Stap 1.** We inventariseren de knelpunten.', '', '**Stap 2.** We maken een plan met de buurt.', '', '**Stap 2.** We voeren het plan uit.'], '`2` volgt op `2`'],
  ['roman numeral headings with a gap', ['# Programma', '', '## I Veilig thuis', '', 'Tekst.', '', '## II Veilige buurt', '', 'Tekst.', '', '## IV Veilig ondernemen', '', 'Tekst.'], '`IV` volgt op `II`'],
  ['parenthesised numbers at the start of paragraphs with a repeat', ['# Voorwaarden', '', '(1) De aanvrager woont in de gemeente.', '', '(2) Het inkomen ligt onder de grens.', '', '(2) Er is geen ander budget beschikbaar.'], '`2` volgt op `2`']
]

const clean: CleanWording[] = [
  ['bullets that start with a postcode area and a road number', ['# Wegen', '', '- N34 Omleiding bij de rotonde.', '- A28 Afrit Zuid wordt verbreed.', '- N381 Fietstunnel.']],
  ['bullets that start with codes of different letters', ['# Projecten', '', '- W1 Groenonderhoud.', '- V1 Verhardingen.', '- K1 Kunstwerken.']],
  ['a selection of measure codes cited in a sentence list', ['# Samenhang', '', 'De volgende maatregelen hangen samen:', '', '- M3 en M5 delen een budget.', '- M8 volgt na M3.']],
  ['roman numerals for centuries in headings', ['# Geschiedenis', '', '## De XIXe eeuw', '', 'Tekst.', '', '## De XXe eeuw', '', 'Tekst.']],
  ['parenthesised numbers that cite notes', ['# Bronnen', '', '(3) Zie de monitor.', '', '(7) Zie de begroting.']],
  ['third-level numbers that restart under each paragraph', ['# 2 Opgave', '', '## 2.1 Wegen', '', '### 2.1.1 Asfalt', '', '### 2.1.2 Klinkers', '', '## 2.2 Groen', '', '### 2.2.1 Bomen', '', '### 2.2.2 Hagen']]
]

describeWordings(numberingSequence, defects, clean)
