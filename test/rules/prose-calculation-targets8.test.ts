import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 shape: a level now and a target level, then the gap (`De wachttijd is nu 14 weken. In
// 2028 willen we dat terugbrengen naar 8 weken, een verkorting van 5 weken.`). The target may be
// `wordt dat`, `naar`, `moeten … worden` or `ons doel is`; the gap `een daling van`, `… meer`,
// `dus … minder`. Look-alikes: the same gaps right, a count of another thing, a change split over
// two items, and a gap that restates an addition.

const defects: DefectWording[] = [
  ['a level per year now, then wordt dat', ['# Afval', '', 'Een huishouden scheidt nu 140 kilo restafval per jaar. Met de nieuwe aanpak wordt dat 100 kilo, een daling van 30 kilo.'], '`40`'],
  ['a waiting time brought back naar', ['# Zorg', '', 'De wachttijd is nu 14 weken. In 2028 willen we dat terugbrengen naar 8 weken, een verkorting van 5 weken.'], '`6`'],
  ['a target that must be reached, then the gap after a colon', ['# Jeugd', '', 'Nu doen 240 kinderen mee. Dat moeten er in 2028 300 worden: 80 kinderen meer.'], '`60`'],
  ['a goal, then dus … minder', ['# Opvang', '', 'Het aantal daklozen is 65. Ons doel is 40 in 2029, dus 15 minder.'], '`25`']
]

const clean: CleanWording[] = [
  ['the fall that holds', ['# Afval', '', 'Een huishouden scheidt nu 140 kilo restafval per jaar. Met de nieuwe aanpak wordt dat 100 kilo, een daling van 40 kilo.']],
  ['the shorter wait that holds', ['# Zorg', '', 'De wachttijd is nu 14 weken. In 2028 willen we dat terugbrengen naar 8 weken, een verkorting van 6 weken.']],
  ['the target gap that holds', ['# Jeugd', '', 'Nu doen 240 kinderen mee. Dat moeten er in 2028 300 worden: 60 kinderen meer.']],
  ['a count of places against a plan', ['# Jeugd', '', 'Nu doen 240 kinderen mee. In 2028 komen er 300 plekken bij: 80 plekken meer dan gepland.']],
  ['a rise split over two purposes', ['# Budget', '', 'Het budget is nu € 2,4 miljoen. Voor 2027 wordt dat € 2,6 miljoen, een stijging van € 150.000 voor jeugd en € 50.000 voor zorg.']],
  ['an addition restated', ['# Wijken', '', 'We hebben nu 12 buurtcoaches. Daar komen er 3 bij, zodat er 15 zijn: 3 meer.']]
]

describeWordings(proseCalculation, defects, clean)
