import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 17 battery (hcount3), written before reading the rule again: the counted noun is not the
// last word before the colon. After it stand a phrase (`met elk een eigen weging`, `tegen
// geluidsoverlast`, `voor de komende periode`), the particle of a separable verb (`wijst … aan`,
// `voeren … uit`, `schaffen … af`), or an apposition after a comma (`, elk met een eigen
// voorzitter`). And the list is not always a top-level one: a count in a list item announces the
// sub-items indented under it. Look-alikes: the same with the right number, a list of topics
// after a count of partners, a count of times, a subset (`waarvan`, `onder meer`), a count in an
// earlier sentence, sub-items under an item that has no count.
// Start code: 8 of 14 caught, and `waarvan de belangrijkste` was flagged. The gates: `elk`/`ieder`
// after the noun read as a count per item (`drie acties per wijk`) even in `met elk een eigen …`; `aan`,
// `voor`, `over` before the colon read as a dangling preposition, never as the particle of the verb;
// items of a list item were never counted against the item's own count; `waarvan` marked no part.
// After: 14 of 14. Added later (probing more shapes): a pointer in brackets (`(zie paragraaf 3.2)`)
// and `, die ieder een eigen …` hid the list (now 16 of 16); names in brackets before the colon were
// counted against the list below (a false warning on main too, now quiet).

const defects: BatteryWording[] = [
  ['a phrase with elk after the noun', ['We hanteren drie criteria met elk een eigen weging:', '', '- de afstand tot de school;', '- het aantal bewoners;', '- de staat van het trottoir;', '- de verkeersdrukte.']],
  ['a separable particle after the noun', ['Het college wijst zes locaties aan:', '', '- het Raadhuisplein;', '- de Veemarkt;', '- het parkeerterrein bij de sporthal;', '- de Stationsweg;', '- het terrein achter de brandweerkazerne.']],
  ['a particle and a year before the noun', ['Wij voeren in 2028 twee proeven uit:', '', '1. een deelauto in elke kern;', '2. een buurtbus op zaterdag;', '3. een fietsenstalling bij de halte.']],
  ['a particle with digits', ['We leggen 3 nieuwe wandelroutes aan:', '', '- langs de Beek;', '- door het Hooge Bos;', '- rond de ijsbaan;', '- over de oude dijk.']],
  ['a phrase against something', ['Wij nemen vijf maatregelen tegen geluidsoverlast:', '', '- stille bestrating;', '- lagere snelheid;', '- een geluidsscherm;', '- een verbod op nachtelijk laden;', '- extra controles;', '- een meldpunt.']],
  ['a particle and a phrase', ['We zetten twee sporen in voor de komende periode:', '', '- vroeg signaleren;', '- snel doorverwijzen;', '- nazorg na een crisis.']],
  ['a particle uit with a phrase', ['We nodigen vijf partijen uit voor het overleg:', '', '- de woningstichting;', '- de huurdersvereniging;', '- de thuiszorg;', '- het sociaal team.']],
  ['an apposition after a comma', ['We stellen vier werkgroepen in, elk met een eigen voorzitter:', '', '- verkeer;', '- groen;', '- spelen.']],
  ['a particle af', ['We schaffen in 2029 twee regelingen af:', '', '- de tegemoetkoming voor de hondenbelasting;', '- de bijdrage voor schoolzwemmen;', '- de premie voor regentonnen.']],
  ['a count in a list item with sub-items', ['- We trainen elk jaar veertig vrijwilligers.', '- In 2029 starten we een loket met hulp voor drie doelgroepen:', '  - mantelzorgers;', '  - statushouders;', '  - werkzoekenden boven de vijftig;', '  - jonge ouders.', '- We evalueren het loket na twee jaar.']],
  ['a count in a numbered item with sub-items', ['1. Preventie. We betrekken vier scholen bij de aanpak:', '   - De Wilg;', '   - Het Palet;', '   - De Regenboog.', '2. Nazorg. We volgen elk gezin een jaar lang.']],
  ['a phrase with a bracket', ['Dit plan kent vier speerpunten (elk met eigen doelen):', '', '- schoon;', '- heel;', '- veilig;', '- groen;', '- gezond.']],
  ['a verb-final clause', ['Dit zijn de zeven wijken waar we in 2028 beginnen:', '', '- Oosterhof;', '- Molenkamp;', '- De Brink;', '- Vogelzang;', '- Het Zand;', '- Veldhuizen.']],
  ['a pointer in brackets before the colon', ['We onderscheiden vier leeftijdsgroepen (zie paragraaf 3.2):', '', '- peuters;', '- basisschoolkinderen;', '- tieners.']],
  ['a relative clause with ieder een eigen', ['In deze nota staan twee wijken voorop, die ieder een eigen budget krijgen:', '', '- Oosterhof;', '- Molenkamp;', '- De Brink.']],
  ['a count word in numerals after a particle', ['We stellen 2 fondsen open voor verenigingen:', '', '- het sportfonds;', '- het cultuurfonds;', '- het buurtfonds.']]
]

const clean: CleanWording[] = [
  ['a phrase with elk, right count', ['We hanteren drie criteria met elk een eigen weging:', '', '- de afstand tot de school;', '- het aantal bewoners;', '- de verkeersdrukte.']],
  ['a separable particle, right count', ['Het college wijst vier locaties aan:', '', '- het Raadhuisplein;', '- de Veemarkt;', '- de Stationsweg;', '- het terrein achter de kazerne.']],
  ['a count in a list item, right sub-items', ['- We trainen elk jaar veertig vrijwilligers.', '- In 2029 starten we een loket met hulp voor drie doelgroepen:', '  - mantelzorgers;', '  - statushouders;', '  - jonge ouders.', '- We evalueren het loket na twee jaar.']],
  ['topics after a count of partners', ['Met elk van de vier partners maken we afspraken over:', '', '- de inzet van personeel;', '- de verdeling van kosten;', '- het delen van gegevens.']],
  ['a count of times', ['We halen drie keer per jaar grofvuil op bij de volgende adressen:', '', '- Dorpsstraat 4;', '- Kerkweg 12;', '- Molenpad 1;', '- Veldweg 9;', '- Brink 20.']],
  ['a subset with waarvan', ['We nemen zes maatregelen, waarvan de belangrijkste zijn:', '', '- stille bestrating;', '- lagere snelheid.']],
  ['a subset with onder meer', ['We stellen vijf eisen aan aanbieders, onder meer:', '', '- een keurmerk;', '- een vaste contactpersoon.']],
  ['a count in an earlier sentence', ['Drie wijken krijgen voorrang. We voeren daar de volgende maatregelen uit:', '', '- extra verlichting;', '- nieuwe bankjes;', '- snoeien van struiken;', '- een buurtapp;', '- een schouw.']],
  ['sub-items under an item without a count', ['- We trainen elk jaar twee groepen vrijwilligers.', '- We openen een loket voor:', '  - mantelzorgers;', '  - statushouders;', '  - werkzoekenden;', '  - jonge ouders.']],
  ['a count of another noun before the particle', ['We nodigen in twee rondes de volgende partijen uit:', '', '- de woningstichting;', '- de huurdersvereniging;', '- de thuiszorg;', '- het sociaal team.']],
  ['a numbered item with right sub-items', ['1. Preventie. We betrekken drie scholen bij de aanpak:', '   - De Wilg;', '   - Het Palet;', '   - De Regenboog.', '2. Nazorg. We volgen elk gezin een jaar lang.']],
  ['a phrase of duration after the noun', ['We zetten twee jaar lang in op:', '', '- vroeg signaleren;', '- snel doorverwijzen;', '- nazorg na een crisis.']],
  ['a pointer in brackets, right count', ['We onderscheiden drie leeftijdsgroepen (zie paragraaf 3.2):', '', '- peuters;', '- basisschoolkinderen;', '- tieners.']],
  ['a count per item with its own trekker', ['We nemen drie acties per wijk, elk met een eigen trekker:', '', '- Oosterhof;', '- Molenkamp;', '- De Brink;', '- Vogelzang.']],
  ['names in brackets before the colon', ['We vernieuwen twee speeltuinen (Oost, West):', '', '- nieuwe toestellen;', '- een hek;', '- bankjes.']],
  ['an apposition, right count', ['We stellen drie werkgroepen in, elk met een eigen voorzitter:', '', '- verkeer;', '- groen;', '- spelen.']]
]

describeBattery(countClaimMismatch, defects, clean, 16)
