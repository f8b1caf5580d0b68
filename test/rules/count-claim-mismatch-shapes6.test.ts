import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 6 cause, with look-alikes that match, bound the count or announce another list:
// a count, then a short sentence that points back to it with a pronoun (`ze`, `die`, `deze`) and
// opens the list with a colon ("Wij zetten ze op een rij:"): the list is of the counted noun.

const defects: DefectWording[] = [
  ['die hebben we as the pointing sentence', ['# Park', '', 'Bewoners gaven ons vier wensen mee voor het park. Die hebben we als volgt vertaald:', '', '- meer bankjes', '- een hondenlosloopveld', '- betere verlichting'], '`vier wensen`'],
  ['ze in a pointing sentence before a numbered list', ['# Afspraken', '', 'Met de woningcorporaties maakten we zes afspraken. Wij vatten ze hier samen:', '', '1. Er komen 200 sociale huurwoningen bij.', '2. De huren stijgen niet meer dan de inflatie.', '3. Elke wijk krijgt een huismeester.', '4. Leegstand is binnen drie maanden opgelost.', '5. Nieuwbouw is gasloos.'], '`zes afspraken`'],
  ['ze op een rij with more items than counted', ['# Knelpunten', '', 'In de gesprekken hoorden we drie knelpunten. Wij zetten ze op een rij:', '', '- de wachttijd bij het loket', '- de bereikbaarheid per bus', '- de kosten van de pas', '- de drukte op zaterdag'], '`drie knelpunten`'],
  ['a pointing sentence before a table', ['# Afspraken', '', 'Met de scholen maakten we vier afspraken. Wij zetten ze hieronder in een tabel:', '', '| Afspraak | Wie |', '|---|---|', '| Gezonde kantine | school |', '| Fietsenstalling | gemeente |', '| Schoolplein open | school |'], '`vier afspraken`']
]

const clean: CleanWording[] = [
  ['a pointing sentence before a table that matches', ['# Afspraken', '', 'Met de scholen maakten we drie afspraken. Wij zetten ze hieronder in een tabel:', '', '| Afspraak | Wie |', '|---|---|', '| Gezonde kantine | school |', '| Fietsenstalling | gemeente |', '| Schoolplein open | school |']],
  ['a pointing sentence whose list matches', ['# Park', '', 'Bewoners gaven ons drie wensen mee voor het park. Die hebben we als volgt vertaald:', '', '- meer bankjes', '- een hondenlosloopveld', '- betere verlichting']],
  ['a sentence that announces measures of its own', ['# Park', '', 'We hebben vier wensen opgehaald. Daarvoor nemen we de volgende maatregelen:', '', '- meer bankjes', '- betere verlichting']],
  ['a count of places before a list of answers', ['# Overlast', '', 'In drie wijken is de overlast groot. Daar zetten we het volgende tegenover:', '', '- extra toezicht', '- een buurtapp']],
  ['a bounded count before a pointing sentence', ['# Park', '', 'Bewoners gaven ons onder meer vijf wensen mee. Die hebben we zo vertaald:', '', '- meer bankjes', '- betere verlichting']],
  ['a pronoun before a list of other things', ['# Inspraak', '', 'We kregen vier reacties. Ze gingen over de volgende onderwerpen:', '', '- parkeren', '- groen']]
]

describeWordings(countClaimMismatch, defects, clean)
