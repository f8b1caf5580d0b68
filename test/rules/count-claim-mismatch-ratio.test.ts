import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// `een op de vier sportvelden` is a ratio (one in every four), and `een van de vijf scholen` a
// part of a whole: neither sizes the list after it. Both were read as a count of the list.
const t = (lines: string[]): string[] => ['# Aanpak', '', ...lines]

const clean: CleanWording[] = [
  ['a ratio before a list of examples', t(['Een op de vier sportvelden is aan vervanging toe:', '', '- het hoofdveld in Noord', '- het trainingsveld in Oost', '- het kunstgrasveld bij de school'])],
  ['a ratio in figures', t(['Bij 1 op de 5 scholen ontbreekt een veilige oversteek:', '', '- De Wilg', '- Het Anker', '- De Linde', '- De Eik', '- De Populier', '- De Es'])],
  ['one of a number of things', t(['Een van de vijf wijkcentra sluit in 2028:', '', '- wijkcentrum De Bron'])],
  ['two in every three', t(['Twee op de drie ouderen willen langer thuis wonen. Wat zij noemen:', '', '- hulp in huis', '- een aangepaste badkamer', '- vervoer', '- contact met de buren'])]
]

const defects: DefectWording[] = [
  ['a plain count before a shorter list', t(['Vier sportvelden zijn aan vervanging toe:', '', '- het hoofdveld in Noord', '- het trainingsveld in Oost', '- het kunstgrasveld bij de school']), '`Vier sportvelden`'],
  ['a count after a ratio in the sentence before', t(['Een op de drie scholen heeft geen schoolplein. Het gaat om vijf scholen:', '', '- De Wilg', '- Het Anker', '- De Linde', '- De Eik']), '`vijf scholen`'],
  ['the following six with four items', t(['We nemen de volgende zes maatregelen:', '', '- een loket', '- een spreekuur', '- een folder', '- een app']), '`zes maatregelen`']
]

describeWordings(countClaimMismatch, defects, clean)
