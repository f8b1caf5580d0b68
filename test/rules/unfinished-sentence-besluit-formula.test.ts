import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A nota the raad adopted often opens with its besluit as the Gemeenteblad prints it: the aanhef,
// the considerans and the letter-spaced decision word, each on a line of its own without a full
// stop, the next one in lower case. Those lines were read as sentences cut at a paragraph break.
const t = (lines: string[]): string[] => ['# Inleiding', '', ...lines]

const clean: CleanWording[] = [
  ['the aanhef, considerans and decision word', t(['De raad van de gemeente Westerdal;', '', 'gelezen het voorstel van burgemeester en wethouders van 4 maart 2027', '', 'gelet op artikel 108 van de Gemeentewet', '', 'b e s l u i t :', '', 'vast te stellen de Nota sportaccommodaties 2027-2030.'])],
  ['a considerans with gezien and gehoord', t(['De gemeenteraad van Lemmerhoek,', '', 'gezien het advies van de commissie Samenleving', '', 'gehoord de beraadslagingen', '', 'besluit:', '', 'vast te stellen het Beleidskader jeugd.'])],
  ['overwegende dat on its own line', t(['De raad van de gemeente Oostvliet;', '', 'overwegende dat een nieuw kader nodig is', '', 'b e s l u i t', '', 'de nota vast te stellen.'])]
]

const defects: DefectWording[] = [
  // Outside the formula a paragraph cut in two is still a cut.
  ['a sentence cut after the besluit', t(['De raad van de gemeente Westerdal;', '', 'b e s l u i t :', '', 'vast te stellen de nota.', '', 'De nota geldt voor alle sportparken en de', '', 'sporthallen in de gemeente.']), '`de`'],
  ['gezien in a sentence that is no formula', t(['Gezien de drukte op de velden willen we de', '', 'openingstijden verruimen.']), '`de`'],
  ['a considerans word in a text without the decision word', t(['De raad van de gemeente Westerdal;', '', 'gelezen het voorstel van het college over de', '', 'sportparken.']), '`de`']
]

describeWordings(unfinishedSentence, defects, clean)
