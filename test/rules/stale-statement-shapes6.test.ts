import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 6 causes, with look-alikes that hold a state, look back or lie after the document:
// 1. a stretch opened at an earlier moment (`vanaf`, `met ingang van`) with the verb of a change
//    that happens once (`krijgen`, `ontvangen`, `treedt in werking`): the change is announced;
// 2. an object put first and the verb before `we` ("X bestellen we in mei 2025"): planned as
//    much as after a moment put first.
const dated = 'Vastgesteld door de gemeenteraad op 9 oktober 2025.'

const defects: DefectWording[] = [
  // 1. vanaf with a verb of change
  ['vanaf a day with krijgen', [dated, '', '# Handhaving', '', 'Vanaf 1 maart 2025 krijgen alle wijkagenten een nieuwe portofoon.'], '`1 maart 2025`'],
  ['met ingang van with treedt in werking in an item', [dated, '', '# Regels', '', '- Met ingang van 1 juni 2025 treedt de nieuwe APV in werking.', '- De handhaving volgt later.'], '`1 juni 2025`'],
  ['vanaf a month with voeren in after a paragraph', [dated, '', '# Afval', '', 'De inzameling verandert.', '', 'Vanaf juli 2025 voeren we in alle kernen gedifferentieerde tarieven in.'], '`juli 2025`'],
  ['vanaf a month with ontvangen', [dated, '', '# Welkom', '', 'Vanaf januari 2025 ontvangen nieuwe inwoners een welkomstpakket van de gemeente.'], '`januari 2025`'],
  ['krijgen before vanaf in one clause', [dated, '', '# Handhaving', '', 'De wijkagenten krijgen vanaf 1 maart 2025 een nieuwe portofoon.'], '`1 maart 2025`'],
  ['ontvangen before vanaf in an item', [dated, '', '# Scholen', '', '- Alle basisscholen ontvangen vanaf januari 2025 een vast pakket schoolfruit.', '- De kinderopvang volgt.'], '`januari 2025`'],
  // 2. object first, verb before we
  ['an object first with bestellen we', [dated, '', '# Spelen', '', 'De nieuwe speeltoestellen bestellen we in mei 2025 bij de leverancier.'], '`mei 2025`'],
  ['an item with benaderen we', [dated, '', '# Wonen', '', '- De bewoners van de Parkflat benaderen we begin 2025 met een enquête.', '- Daarna volgt een avond.'], '`begin 2025`'],
  ['an adverb first with vragen we', [dated, '', '# Onderzoek', '', 'Daarna vragen we in het voorjaar van 2025 een offerte op bij drie bureaus.'], '`het voorjaar van 2025`']
]

const clean: CleanWording[] = [
  // 1. states, stretches since, later moments, routines and the past
  ['vanaf with hebben', [dated, '', '# Handhaving', '', 'Vanaf 1 maart 2025 hebben alle wijkagenten een nieuwe portofoon.']],
  ['sinds with krijgen', [dated, '', '# Dienstverlening', '', 'Sinds 1 juni 2025 krijgen inwoners hun paspoort thuisbezorgd.']],
  ['vanaf a later month with krijgen', [dated, '', '# Welkom', '', 'Vanaf januari 2026 krijgen nieuwe inwoners een welkomstpakket.']],
  ['vanaf with a routine', [dated, '', '# Taal', '', 'Vanaf april 2025 start elke maand een nieuwe groep.']],
  ['vanaf with werken', [dated, '', '# Wijkteams', '', 'Vanaf 2024 werken de wijkteams vanuit de scholen.']],
  ['vanaf in the past tense', [dated, '', '# Handhaving', '', 'Vanaf 1 juli 2025 kregen de handhavers bodycams.']],
  ['hebben before vanaf', [dated, '', '# Handhaving', '', 'De wijkagenten hebben vanaf 1 maart 2025 een nieuwe portofoon.']],
  ['krijgen before a later vanaf', [dated, '', '# Handhaving', '', 'De wijkagenten krijgen vanaf 1 maart 2026 een nieuwe portofoon.']],
  ['krijgen before vanaf with a routine', [dated, '', '# Afval', '', 'Inwoners krijgen vanaf 2024 elk jaar een afvalkalender.']],
  // 2. later moments, findings, the past and stretches
  ['an object first with a later month', [dated, '', '# Spelen', '', 'De nieuwe speeltoestellen bestellen we in mei 2026 bij de leverancier.']],
  ['an object first with a verb of perceiving', [dated, '', '# Klimaat', '', 'De gevolgen van de droogte merken we in de zomer van 2024 in alle wijken.']],
  ['an object first in the past tense', [dated, '', '# Subsidie', '', 'De aanvraag dienden we in januari 2025 in bij de provincie.']],
  ['an object first with sinds', [dated, '', '# Subsidie', '', 'De bijdrage ontvangen we sinds 2024 in vier termijnen.']]
]

describeWordings(staleStatement, defects, clean)
