import { abbreviationUndefined } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hgmisc battery, written before reading the rule's code: an abbreviation as the first part of a
// hyphenated compound (`XYZ-toets`) that is explained nowhere, in a sentence whose other words
// happen to start with its letters. Words that are not next to each other and not in brackets
// spell nothing out.
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines, '']
const glossary = ['# Afkortingen', '', '| Afkorting | Betekenis |', '|---|---|', '| GGD | Gemeentelijke gezondheidsdienst |', '| Wmo | Wet maatschappelijke ondersteuning |', '']

const defects: BatteryWording[] = [
  ['a test whose letters stand apart in the sentence', [...p('De PVB-toets geldt voor alle plannen voor de verbouwing van bestaande panden in het centrum.'), ...glossary], 'PVB'],
  ['an approach with the letters in a list of nouns', [...p('Met de SLO-aanpak zetten scholen, leerkrachten en ouders samen een lesprogramma op.'), ...glossary], 'SLO'],
  ['a scheme with the letters after it', [...p('De HBT-regeling helpt huurders met betalingsachterstanden bij tijdelijke problemen met de huur.'), ...glossary], 'HBT'],
  ['a meeting in a later sentence', [...p('Het MKA-overleg vindt elke maand plaats. De meeste kleine aanbieders doen mee.'), ...glossary], 'MKA'],
  ['a method whose letters follow in a long sentence', [...p('Volgens de BRW-methode beoordelen we de risico’s van elke aanvraag voor woningsplitsing.'), ...glossary], 'BRW'],
  ['a model in a list item', [...p('Wat we doen:', '', '- we werken met het TOV-model, dat teams ondersteunt bij vragen over verhuizen;', '- we evalueren elk jaar.'), ...glossary], 'TOV'],
  ['a ladder in a sentence with digits', [...p('Op de ZWB-ladder staan 4 treden, van zelfstandig wonen tot begeleid wonen.'), ...glossary], 'ZWB'],
  ['a committee with a relative clause', [...p('Alle aanvragen gaan langs de RVT-commissie, die het risico voor de veiligheid en het toezicht beoordeelt.'), ...glossary], 'RVT']
]

const clean: CleanWording[] = [
  ['spelled out in brackets after the compound', [...p('De RHT-regeling (regeling huurbetaling tijdelijk) helpt huurders met een achterstand.'), ...glossary]],
  ['spelled out before and abbreviated in brackets', [...p('Het Centrum voor Jeugd en Gezin (CJG) heeft een eigen inloop. Het CJG-team werkt in alle wijken.'), ...glossary]],
  ['in the glossary', [...p('Het GGD-rapport laat zien dat de helft van de jongeren te weinig beweegt.'), ...glossary]],
  ['everyday compounds', [...p('De ICT-kosten en de btw-plicht vallen onder de EU-regels.'), ...glossary]],
  ['spelled out after a colon in small letters', [...p('We werken volgens het LOB-model: luisteren, ondersteunen en begeleiden.'), ...glossary]],
  ['spelled out after staat voor', [...p('De KWT-aanpak staat voor kort, warm en toegankelijk contact met de wijkbewoner.'), ...glossary]],
  ['spelled out with capitals after the name', [...p('De kern van de DOS-werkwijze is dat we Doen, Overleggen en Samenwerken.'), ...glossary]],
  ['spelled out as capitalised words right before', [...p('De Regionale Verkeersbegeleiding Twentestraat (RVT) begint in mei; de RVT-teams rijden daarna mee.'), ...glossary]]
]

describeBattery(abbreviationUndefined, defects, clean, 8)
