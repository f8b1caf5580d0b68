import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A sentence whose share points back ("Dat is …", "De stijging van …", "… dus …") to the numbers
// of the sentence before, when no other reading finds its part and whole: a share that fits no
// pair of those numbers is reported. Fresh wordings; the clean ones fit some pair.
const defects: DefectWording[] = [
  ['a pronoun and a fraction in words', ['# Bereik', '', 'In 2025 meldden zich 640 mantelzorgers bij het steunpunt; 120 van hen kregen respijtzorg.', 'Dat is een op de drie.'], 'een op de drie'],
  ['a rise named as a noun', ['# Ontwikkeling', '', 'Het aantal deelnemers ging van 220 naar 260.', 'De stijging van 30 procent komt vooral uit de dorpen.'], '30 procent'],
  ['a share with dus', ['# Uitkomst', '', 'We voerden 450 keukentafelgesprekken en 90 daarvan leidden tot een indicatie.', 'Vier op de tien gesprekken eindigden dus in een indicatie.'], 'Vier op de tien']
]
const clean: CleanWording[] = [
  ['a pronoun and a fraction that fits', ['# Bereik', '', 'In 2025 meldden zich 640 mantelzorgers bij het steunpunt; 160 van hen kregen respijtzorg.', 'Dat is een op de vier.']],
  ['a rise that fits', ['# Ontwikkeling', '', 'Het aantal deelnemers ging van 200 naar 260.', 'De stijging van 30 procent komt vooral uit de dorpen.']],
  ['a share about something else, with no pointing word', ['# Uitkomst', '', 'We voerden 450 keukentafelgesprekken en 90 daarvan leidden tot een indicatie.', 'Landelijk eindigt 35 procent van de gesprekken zo.']]
]
describeWordings(percentageClaimCheck, defects, clean)
