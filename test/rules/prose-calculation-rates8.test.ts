import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 shapes of a rate times a count: the unit named before the rate in its own clause
// (`Per deelnemer kost de cursus € 450`, `Elke buurtcoach begeleidt 25 huishoudens`, the count by
// the short form of a compound unit), a price named as such (`een entreeprijs van € 7,50`) for
// whatever is counted, and `dus`, `zo`, `daarmee` before the result. A payback `na N jaar` (after N
// years it is earned back) needs N years at least, as `binnen N jaar` does. Look-alikes: the same sums
// right, and `dus` or `daarmee` before numbers that are no product.

const defects: DefectWording[] = [
  ['a rate per participant first, then the count and the result', ['# Cursussen', '', 'Per deelnemer kost de cursus € 450. Met 60 deelnemers komt dat op € 29.000.'], '`27.000`'],
  ['each coach with households, then the number of coaches', ['# Wijkteams', '', 'Elke buurtcoach begeleidt 25 huishoudens. Met 8 coaches bereiken we zo 220 huishoudens.'], '`200`'],
  ['a named entrance price over the expected visitors', ['# Museum', '', 'We verwachten jaarlijks 1.200 bezoekers. Met een entreeprijs van € 7,50 levert dat € 8.000 per jaar op.'], '`9.000`'],
  ['trees per year over years after dus', ['# Bomen', '', 'We planten 150 nieuwe bomen per jaar. Over vijf jaar zijn het dus 600 bomen extra.'], '`750`'],
  ['after years too few to earn the investment back', ['# Energie', '', 'We sparen jaarlijks € 45.000 uit. Na drie jaar is de investering van € 150.000 terugverdiend.'], '`3,33`'],
  ['solar panels earned back after too few years', ['# Energie', '', 'De zonnepanelen kosten € 120.000 en besparen € 15.000 per jaar. Na zes jaar zijn ze terugverdiend.'], '`8`'],
  ['a rate per pupil, then the count and daarmee', ['# Onderwijs', '', 'Per leerling ontvangt de school € 120. Voor 350 leerlingen is daarmee € 45.000 beschikbaar.'], '`42.000`']
]

const clean: CleanWording[] = [
  ['earned back after exactly enough years', ['# Energie', '', 'We sparen jaarlijks € 50.000 uit. Na drie jaar is de investering van € 150.000 terugverdiend.']],
  ['earned back after more than enough years', ['# Energie', '', 'We sparen jaarlijks € 60.000 uit. Na drie jaar is de investering van € 150.000 ruim terugverdiend.']],
  ['the rate per participant that holds', ['# Cursussen', '', 'Per deelnemer kost de cursus € 450. Met 60 deelnemers komt dat op € 27.000.']],
  ['the coaches that hold', ['# Wijkteams', '', 'Elke buurtcoach begeleidt 25 huishoudens. Met 8 coaches bereiken we zo 200 huishoudens.']],
  ['the entrance price that holds', ['# Museum', '', 'We verwachten jaarlijks 1.200 bezoekers. Met een entreeprijs van € 7,50 levert dat € 9.000 per jaar op.']],
  ['one per school, then a count in fte after daarmee', ['# Scholen', '', 'Elke school krijgt een coördinator. Met 14 scholen zijn dus 14 coördinatoren nodig, en daarmee 3 fte extra.']],
  ['a budget per district and a number of districts without a result', ['# Wijken', '', 'Per wijk werken we met een budget van € 20.000. In 2027 starten we in 4 wijken; in 2028 volgen er 2.']],
  ['a growing count after dus', ['# Vrijwilligers', '', 'Elke vrijwilliger krijgt een vergoeding van € 150 per jaar. Het aantal vrijwilligers groeide van 300 naar 420; we verwachten dus ruim 450 in 2029.']],
  ['a meeting per core, the count restated', ['# Kernen', '', 'Per kern organiseren we een bijeenkomst. We hebben 6 kernen, dus 6 bijeenkomsten per ronde.']],
  ['a fee times applications that holds', ['# Leges', '', 'Een tarief van € 35 geldt voor 2027; met 1.500 aanvragen ontvangen we dus € 52.500 aan leges.']]
]

describeWordings(proseCalculation, defects, clean)
