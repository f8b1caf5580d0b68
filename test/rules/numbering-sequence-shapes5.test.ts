import { numberingSequence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5 causes, with look-alikes that run on, restart or only mention a number:
// 1. bullets that open with a numbering word and a number (`- Stap 3: …`, `- **Fase 2** – …`)
//    number the list like an ordered list does;
// 2. dotted numbers of bullets (`- 2.4 …`, goals under a heading) are a list of their own, not
//    part of the sections `2.1`, `2.2` …: a section that exists does not fill the gap in the list.
const defects: DefectWording[] = [
  // 1. numbering words on bullets
  ['a bullet step that skips one', ['# Werkwijze', '', 'Elke aanvraag doorloopt dezelfde route:', '', '- Stap 1: de inwoner meldt zich bij het loket;', '- Stap 2: een consulent voert het keukentafelgesprek;', '- Stap 4: het college neemt een besluit.'], '`4` volgt op `2`'],
  ['bold phases with a dash that skip one', ['# Planning', '', '* **Fase 1** – verkenning met de bewoners', '* **Fase 2** – ontwerp van de openbare ruimte', '* **Fase 3** – aanbesteding', '* **Fase 5** – uitvoering'], '`5` volgt op `3`'],
  ['bullet actions with a repeat', ['# Acties', '', '- Actie 1. We openen een inloopspreekuur.', '- Actie 2. We werven vrijwilligers.', '- Actie 2. We starten een belcirkel.', '- Actie 3. We evalueren in 2028.'], '`2` volgt op `2`'],
  // 2. dotted bullets apart from the sections
  ['goal bullets that skip a number a section has', ['# 2. Opgaven', '', '## 2.1 Werk', '', 'Tekst.', '', '## 2.2 Wonen', '', 'Tekst.', '', '## 2.3 Zorg', '', 'Tekst.', '', '### Doelen', '', '- 2.1 Meer inwoners hebben betaald werk.', '- 2.2 De wachttijd voor een woning daalt.', '- 2.4 Minder inwoners wachten op hulp.'], '`2.4` volgt op `2.2`'],
  ['bold dotted bullets that skip a number', ['# 3. Thema’s', '', '## 3.1 Sport', '', '## 3.2 Cultuur', '', '## 3.3 Erfgoed', '', '## Resultaten', '', '- **3.1** Elk kind kan zwemmen.', '- **3.3** De bibliotheek blijft open.'], '`3.3` volgt op `3.1`'],
  ['star bullets of goals under their own heading', ['# 1. Inleiding', '', '## 1.1 Aanleiding', '', '## 1.2 Leeswijzer', '', '## 1.3 Proces', '', '### Ambities', '', '* 1.1 Iedereen doet mee.', '* 1.3 Niemand raakt achter.', '* 1.4 Elke wijk heeft een ontmoetingsplek.'], '`1.3` volgt op `1.1`']
]

const clean: CleanWording[] = [
  // 1. steps that run on, restart, pick out, or are mentioned in a sentence
  ['bullet steps that run on', ['# Werkwijze', '', '- Stap 1: melden;', '- Stap 2: gesprek;', '- Stap 3: besluit.']],
  ['steps mentioned in bullets', ['# Werkwijze', '', '- In stap 2 kijken we naar het netwerk.', '- In stap 4 volgt het besluit.']],
  ['phases that restart per wijk', ['# Planning', '', '## Noord', '', '- Fase 1: verkennen', '- Fase 2: uitvoeren', '', '## Zuid', '', '- Fase 1: verkennen', '- Fase 2: uitvoeren']],
  ['a selection of steps that does not start at 1', ['# Werkwijze', '', 'Twee stappen veranderen:', '', '- Stap 2: het gesprek vindt thuis plaats;', '- Stap 5: de evaluatie volgt na drie maanden.']],
  // 2. dotted bullets that run on or go on under another heading
  ['goal bullets that run on beside sections', ['# 2. Opgaven', '', '## 2.1 Werk', '', '## 2.2 Wonen', '', '## 2.3 Zorg', '', '### Doelen', '', '- 2.1 Meer werk.', '- 2.2 Kortere wachttijd.', '- 2.3 Snellere hulp.']],
  ['bullets with codes of another system', ['# 1. Programma', '', '## 1.1 Taakvelden', '', 'Het programma omvat de taakvelden:', '', '- 4.2 Onderwijshuisvesting;', '- 6.2 Toegang;', '- 6.71 Maatwerkdienstverlening 18+;', '- 6.81 Geëscaleerde zorg 18+.']],
  ['goal bullets that go on under the next heading', ['# 2. Opgaven', '', '## 2.1 Werk', '', '- 2.1 Meer werk.', '- 2.2 Minder uitkeringen.', '', '## 2.2 Wonen', '', '- 2.3 Kortere wachttijd.', '- 2.4 Meer woningen.']]
]

describeWordings(numberingSequence, defects, clean)
