import { countClaimMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 shapes of a count whose noun opens its sentence as the subject: only a verb before the
// colon (`Vier organisaties doen mee: …`), the list in the next sentence that points back
// (`Zeven partners tekenden het convenant. Dat zijn …`), and words that single the list out
// (`drie soorten in het bijzonder: …`). Look-alikes: the same lists right, a remark after the
// colon, and a pointing sentence that describes a kind instead of naming the things.

const defects: DefectWording[] = [
  ['a count, its verb, then names', ['# Partners', '', 'Vier organisaties doen mee: de Zonnebloem, het Rode Kruis en de KBO.'], '`Vier organisaties`'],
  ['a count, then its list in the sentence that points back', ['# Partners', '', 'Zeven partners tekenden het convenant. Dat zijn de woningcorporatie, de GGD, de politie, de huisartsen, de thuiszorg en de bibliotheek.'], '`Zeven partners`'],
  ['a count singled out before its list', ['# Natuur', '', 'We beschermen drie soorten in het bijzonder: de steenuil en de kamsalamander.'], '`drie soorten`'],
  ['a count with a verb and a particle, then things with their article', ['# Knelpunten', '', 'Vier knelpunten springen eruit: de wachtlijst, de kosten en de bereikbaarheid.'], '`Vier knelpunten`']
]

const clean: CleanWording[] = [
  ['the organisations that are four', ['# Partners', '', 'Vier organisaties doen mee: de Zonnebloem, het Rode Kruis, de KBO en Humanitas.']],
  ['the partners that are seven', ['# Partners', '', 'Zeven partners tekenden het convenant. Dat zijn de woningcorporatie, de GGD, de politie, de huisartsen, de thuiszorg, de bibliotheek en de school.']],
  ['a remark after the colon', ['# Wijken', '', 'Twee wijken vallen op: de wachtlijsten in Noord, Zuid en Oost zijn het langst.']],
  ['a pointing sentence that compares', ['# Partners', '', 'Drie partners doen mee. Dat zijn er meer dan vorig jaar: toen deden de GGD en de politie mee.']],
  ['a pointing sentence about a kind', ['# Gezinnen', '', 'Tien gezinnen doen mee. Dit zijn gezinnen uit Noord en Zuid.']],
  ['volunteers and where most come from', ['# Vrijwilligers', '', 'Zes vrijwilligers helpen: de meeste via de Zonnebloem en het Rode Kruis.']]
]

describeWordings(countClaimMismatch, defects, clean)
