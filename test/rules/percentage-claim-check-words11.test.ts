import { percentageClaimCheck } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 11: a part and its whole written in words (`Zeven van de elf`, `twaalf van de 40`) are
// read like digits. Look-alikes: the same shares right, a threshold (`onder de 50%`) after such a
// pair, and `een van de` (mostly the article).

const defects: DefectWording[] = [
  ['both in words, a percentage', ['Zes van de negen dorpshuizen hebben een defibrillator, bijna 75 procent.'], '75 procent'],
  ['both in words, a fraction', ['Acht van de twaalf wijkteams werken met een vaste huisarts, de helft.'], 'de helft'],
  ['a part in words and a whole in digits', ['Vijftien van de 60 aanbieders leverden op tijd, 20 procent.'], '20 procent']
]

const clean: CleanWording[] = [
  ['both in words, right', ['Zes van de negen dorpshuizen hebben een defibrillator, twee derde.']],
  ['a part in words and a whole in digits, right', ['Vijftien van de 60 aanbieders leverden op tijd, een kwart.']],
  ['a threshold after a pair in words', ['Vier van de tien clubs komen onder de 50% bezetting uit; dat is 40 procent van de clubs.']],
  ['een van de is no count', ['Een van de vier scholen, de Regenboog, doet niet mee; dat is 25 procent van de leerlingen niet.']]
]

describeWordings(percentageClaimCheck, defects, clean)
