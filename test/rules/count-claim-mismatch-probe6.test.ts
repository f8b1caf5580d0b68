import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Probe wave 6b: fresh shapes of a count that does not match its list, with look-alikes that match.
const defects: DefectWording[] = [
  ['a count after a list with an adjective', ['# Ambities', '', '- een schone haven', '- een levendig centrum', '', 'Deze drie belangrijke ambities vragen om samenwerking.'], '`drie belangrijke ambities`'],
  ['a count after a numbered list in a second clause', ['# Stappen', '', '1. inventariseren', '2. prioriteren', '3. uitvoeren', '4. evalueren', '', 'Voor elk van deze vijf stappen maken we een planning.'], '`vijf stappen`'],
  ['a count in digits after a list', ['# Locaties', '', '- de sporthal', '- het zwembad', '', 'Op deze 3 locaties plaatsen we laadpalen.'], '`3 locaties`'],
  ['a heading count with three sub-headings short', ['# De vier sporen', '', '## Wonen', '', 'Tekst.', '', '## Zorg', '', 'Tekst.', '', '## Werk', '', 'Tekst.'], '`vier sporen`'],
  ['a caption count with rows short', ['# Kernen', '', '*Tabel 2: zes kernen*', '', '| Kern | Inwoners |', '|---|---|', '| Noord | 1200 |', '| Zuid | 900 |', '| Oost | 800 |', '| West | 700 |', '| Midden | 400 |'], '`zes kernen`'],
  ['a count in words with numbered items', ['# Acties', '', 'We nemen de volgende zeven maatregelen:', '', '1. meer toezicht', '2. betere verlichting', '3. een buurtapp', '4. cameratoezicht', '5. een buurtwacht', '6. een meldpunt'], '`zeven maatregelen`'],
  ['a count after the list', ['# Doelen', '', '- schonere lucht', '- minder geluid', '- meer groen', '', 'Met deze vier doelen werken we aan een gezonde stad.'], '`vier doelen`'],
  ['a count with digits before a list', ['# Locaties', '', 'De 5 locaties zijn:', '', '- het Marktplein', '- de Havenkade', '- het Stationsplein', '- de Kerkbrink', '- het Molenveld', '- de Dijk'], '`5 locaties`'],
  ['a heading count with ruim', ['# Projecten', '', 'Het college start drie projecten:', '', '- Fietsbrug', '- Kindcentrum'], '`drie projecten`'],
  ['a count over a blank line with an inline list', ['# Partners', '', 'We werken samen met vier partners: de woningcorporatie, de GGD en de politie.'], '`vier partners`'],
  ['a heading saying De drie sporen with two subheadings', ['## De drie sporen', '', '### Spoor A', '', 'Tekst.', '', '### Spoor B', '', 'Tekst.'], '`drie sporen`'],
  ['a table count in prose before', ['# Subsidies', '', 'De tabel hieronder toont de vier regelingen.', '', '| Regeling | Budget |', '|---|---|', '| Sport | 10 |', '| Cultuur | 20 |', '| Jeugd | 5 |', '| Ouderen | 5 |', '| Wijk | 5 |'], '`vier regelingen`']
]

const clean: CleanWording[] = [
  ['de vijf uitgangspunten with five listed', ['# Kader', '', 'Wij hanteren de vijf uitgangspunten:', '', '- duurzaam', '- betaalbaar', '- veilig', '- inclusief', '- lokaal']],
  ['a heading count matching sub-headings', ['# De drie sporen', '', '## Wonen', '', 'Tekst.', '', '## Zorg', '', 'Tekst.', '', '## Werk', '', 'Tekst.']],
  ['a caption count matching rows', ['# Kernen', '', '*Tabel 2: drie kernen*', '', '| Kern | Inwoners |', '|---|---|', '| Noord | 1200 |', '| Zuid | 900 |', '| Oost | 800 |']],
  ['a count bounded by onder andere', ['# Acties', '', 'We nemen onder andere zeven maatregelen, zoals:', '', '1. meer toezicht', '2. betere verlichting']],
  ['a count of something else before a list', ['# Doelen', '', 'In vier jaar willen we het volgende bereiken:', '', '- schonere lucht', '- minder geluid']],
  ['a count with a total row', ['# Kernen', '', 'De drie kernen:', '', '| Kern | Inwoners |', '|---|---|', '| Noord | 1200 |', '| Zuid | 900 |', '| Oost | 800 |', '| Totaal | 2900 |']],
  ['a count with a sub-list', ['# Maatregelen', '', 'We nemen twee maatregelen:', '', '- meer toezicht, namelijk:', '  - camera’s', '  - boa’s', '- betere verlichting']],
  ['a matching count after a list', ['# Doelen', '', '- schonere lucht', '- minder geluid', '- meer groen', '', 'Met deze drie doelen werken we aan een gezonde stad.']],
  ['a count of years after a list', ['# Aanpak', '', '- toezicht', '- preventie', '', 'In deze vier jaren blijven we investeren.']],
  ['a count after a list with sub-items counted whole', ['# Maatregelen', '', '- toezicht:', '  - camera’s', '  - boa’s', '', 'Deze drie maatregelen kosten samen 40.000 euro.']],
  ['a count after a list announced with its own count', ['# Kader', '', 'We kiezen drie sporen:', '', '- wonen', '- zorg', '- werk', '', 'Deze drie sporen zijn leidend.']],
  ['a count later in the paragraph after a list', ['# Wijken', '', '- Noord', '- Zuid', '', 'Het gaat goed. In deze vier wijken wonen vooral gezinnen.']],
  ['an inline list matching', ['# Partners', '', 'We werken samen met drie partners: de woningcorporatie, de GGD en de politie.']]
]

describeWordings(countClaimMismatch, defects, clean)
