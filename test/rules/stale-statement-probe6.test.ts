import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Probe wave 6b: deadlines already passed at the document's date, with look-alikes that lie after it.
const dated = 'Vastgesteld door de gemeenteraad op 24 november 2026.'

const defects: DefectWording[] = [
  ['medio with zal', [dated, '', '# Planning', '', 'Het nieuwe beleid zal medio 2026 gereed zijn.'], '`medio 2026`'],
  ['voor de zomer with leggen we voor', [dated, '', '# Planning', '', 'Voor de zomer van 2026 leggen we de nota aan de raad voor.'], '`de zomer van 2026`'],
  ['in Q1 with wordt opgeleverd', [dated, '', '# Planning', '', 'In Q1 2026 wordt het onderzoek opgeleverd.'], '`Q1 2026`'],
  ['an agenda cell with a passed quarter', [dated, '', '# Agenda', '', '| Actie | Gereed |', '|---|---|', '| We stellen het plan op | Q2 2026 |'], '`Q2 2026`'],
  ['in september with gaan starten', [dated, '', '# Planning', '', 'In september 2026 gaan we starten met de bouw.'], '`september 2026`'],
  ['uiterlijk with moet', [dated, '', '# Planning', '', 'Uiterlijk 1 juli 2026 moet de aanvraag binnen zijn.'], '`1 juli 2026`'],
  ['a numeric date with verwachten', [dated, '', '# Planning', '', 'We verwachten het besluit op 15-03-2026.'], '`15-03-2026`'],
  ['eind with wordt afgerond in an item', [dated, '', '# Planning', '', '- Eind oktober 2026 wordt de pilot afgerond.', '- Daarna evalueren we.'], '`Eind oktober 2026`'],
  ['begin with presenteren', [dated, '', '# Planning', '', 'Begin 2026 presenteert het college de uitwerking.'], '`Begin 2026`'],
  ['het eerste halfjaar with is klaar', [dated, '', '# Planning', '', 'De verbouwing is in het eerste halfjaar van 2026 klaar.'], '`het eerste halfjaar van 2026`'],
  ['begin with a month and a passive', [dated, '', '# Subsidie', '', 'Begin maart 2026 wordt de nieuwe subsidieregeling opengesteld.'], '`Begin maart 2026`'],
  ['a slash date with besluit', [dated, '', '# Krediet', '', 'De raad besluit op 12/05/2026 over het krediet voor de sporthal.'], '`12/05/2026`'],
  ['a state with beschikbaar', [dated, '', '# Digitaal', '', 'Het nieuwe dashboard voor de wijkteams is medio 2026 beschikbaar.'], '`medio 2026`'],
  ['a deadline with moeten we', [dated, '', '# Aanvraag', '', 'Vóór 1 september 2026 moeten we de aanvraag bij de provincie indienen.'], '`1 september 2026`'],
  ['a deadline after the subject', [dated, '', '# Aanvraag', '', '- De scholen dienen uiterlijk 1 oktober 2026 hun plan in te leveren.', '- Daarna beoordelen we.'], '`1 oktober 2026`']
]

const clean: CleanWording[] = [
  ['medio with was', [dated, '', '# Planning', '', 'Het nieuwe beleid was medio 2026 gereed.']],
  ['a later quarter', [dated, '', '# Planning', '', 'In Q1 2027 wordt het onderzoek opgeleverd.']],
  ['a past-tense agenda cell', [dated, '', '# Agenda', '', '| Actie | Gereed |', '|---|---|', '| Plan opgesteld | Q2 2026 (gereed) |']],
  ['a perfect tense', [dated, '', '# Planning', '', 'In september 2026 zijn we gestart met de bouw.']],
  ['a state since', [dated, '', '# Planning', '', 'Sinds medio 2026 werkt het team met de nieuwe app.']],
  ['a later month', [dated, '', '# Planning', '', 'Eind december 2026 wordt de pilot afgerond.']],
  ['a yearly routine', [dated, '', '# Planning', '', 'Elk jaar voor de zomer leggen we de jaarrekening aan de raad voor.']],
  ['a passed decision', [dated, '', '# Planning', '', 'Op 15-03-2026 nam de raad het besluit.']],
  ['a state in the past', [dated, '', '# Planning', '', 'De verbouwing was in juni 2026 klaar.']],
  ['a state that holds already', [dated, '', '# Planning', '', 'De verbouwing is sinds juni 2026 klaar.']],
  ['a state at a later moment', [dated, '', '# Planning', '', 'De verbouwing is in het eerste halfjaar van 2027 klaar.']],
  ['a deadline in the past tense', [dated, '', '# Aanvraag', '', 'De aanvraag moest uiterlijk 1 juli 2026 binnen zijn.']],
  ['a year something is for with moeten', [dated, '', '# Financiën', '', 'Voor 2026 moeten we rekening houden met een tekort.']],
  ['a later numeric date', [dated, '', '# Planning', '', 'We verwachten het besluit op 15-12-2026.']],
  ['a later month after eind', [dated, '', '# Planning', '', 'Eind december 2026 presenteert het college de evaluatie.']]
]

describeWordings(staleStatement, defects, clean)
