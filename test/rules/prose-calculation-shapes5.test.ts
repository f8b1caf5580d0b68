import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// A mean per counted thing (`€ 17.000 per vereniging`) against the total and the count of that
// thing in the sentence or the two before. The size of a change written in words (`een afname van elf`), checked against the values it
// changes between. Look-alikes: the right size in words, a size that counts something else
// (`een toename van twee procentpunt`), and an article that is no number (`een afname van het aantal`).
const defects: DefectWording[] = [
  ['a mean per counted thing a sentence later', ['# Subsidies', '', 'Vorig jaar kregen 86 verenigingen samen € 1,29 miljoen. Gemiddeld ontving een vereniging daarmee ruim € 17.000 per vereniging.'], '1,29 miljoen ÷ 86'],
  ['a mean per thing in the same sentence', ['# Leningen', '', 'We verstrekten 140 startersleningen voor in totaal € 4,2 miljoen, gemiddeld € 35.000 per lening.'], '4,2 miljoen ÷ 140'],
  ['a mean per thing with the count in words', ['# Wijken', '', 'Twaalf buurtinitiatieven deelden € 54.000. Dat is circa € 6.000 per buurtinitiatief.'], '54.000 ÷ Twaalf'],
  ['a fall in words', ['# Vastgoed', '', 'Het aantal sporthallen daalt van 14 naar 11, een afname van twee hallen.'], '14 − 11 = 2`'],
  ['a rise in words', ['# Jeugd', '', 'Het aantal jongerenwerkers groeit van 9 naar 15, een toename van vijf.'], '15 − 9 = 5`'],
  ['a larger number in words', ['# Zorg', '', 'Het aantal casemanagers ging van 31 naar 47, een stijging van achttien casemanagers.'], '47 − 31 = 18`']
]

const clean: CleanWording[] = [
  ['a mean per counted thing that holds', ['# Subsidies', '', 'Vorig jaar kregen 86 verenigingen samen € 1,29 miljoen. Gemiddeld ontving een vereniging daarmee ruim € 15.000 per vereniging.']],
  ['a rate per thing beside an investment of another kind', ['# Wonen', '', 'De corporatie investeert € 9,6 miljoen in 60 woningen. De gemeente geeft een subsidie van € 2.500 per woning.']],
  ['a mean per thing rounded', ['# Leningen', '', 'We verstrekten 140 startersleningen voor in totaal € 4,2 miljoen, gemiddeld circa € 30.000 per lening.']],
  ['a rate per year', ['# Budget', '', 'Voor vier jaar is € 200.000 beschikbaar, € 45.000 per jaar en de rest voor evaluatie.']],
  ['a fall in words that holds', ['# Vastgoed', '', 'Het aantal sporthallen daalt van 14 naar 11, een afname van drie hallen.']],
  ['a rise in words that holds', ['# Jeugd', '', 'Het aantal jongerenwerkers groeit van 9 naar 15, een toename van zes.']],
  ['a size in percentage points', ['# Cijfers', '', 'Het aandeel ging van 41 naar 43, een stijging van twee procentpunt ten opzichte van 2022.']],
  ['an article, no number', ['# Cijfers', '', 'Het aantal wachtenden ging van 120 naar 95, een afname van het aantal die we vasthouden.']]
]

describeWordings(proseCalculation, defects, clean)
