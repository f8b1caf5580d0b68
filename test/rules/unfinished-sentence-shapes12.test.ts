import { unfinishedSentence } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'

// Wave 12 battery, written before reading the rule again: a sentence that stops before its end
// without a closing mark, on a word that cannot end a Dutch clause: an adverb right after the
// finite verb and its subject (`krijgen daarbij ook`), an auxiliary that still waits for its
// participle (`kan worden`, `zal`), a modal without infinitive. In a paragraph, a list item whose
// neighbours close, over a soft line break, with emphasis. Look-alikes: the same clauses complete,
// an auxiliary after its participle (`gerenoveerd kan worden`), a clause whose object is fronted
// (`dat kan ook`), modals ending a bijzin (`als zij dat willen`), nominal list items, lead-ins.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines, '', '# Geld', '', 'Het budget is € 40.000.']
const items = (...lines: string[]): string[] => ['# Aanpak', '', 'We doen het volgende:', '', ...lines, '', '# Geld', '', 'Het budget is € 40.000.']

const defects: BatteryWording[] = [
  ['an adverb after verb and subject clause', p('Gezinnen die de toeslag ontvangen, krijgen daarnaast ook')],
  ['a modal with nog and no infinitive', p('Wie zich aanmeldt bij het loket, kan daarna nog')],
  ['a list item ending on kan worden', items('- we onderzoeken of het zwembad na 2027 kan worden', '- we verlengen het contract met de beheerder;', '- we evalueren in 2028.')],
  ['a paragraph ending on moet worden', p('We kijken samen met de clubs of de regeling in 2028 moet worden')],
  ['a list item ending on hiervoor ook', items('- Scholen die meedoen, ontvangen hiervoor ook', '- De GGD geeft voorlichting in de klas.', '- We evalueren na een jaar.')],
  ['a bare verb and bovendien', p('Inwoners met schulden krijgen bovendien')],
  ['a bijzin ending on zullen', p('We bekijken met de verenigingen of de velden vanaf 2028 zullen')],
  ['a soft line break before the adverbs', p('Ouders die een aanvraag doen, krijgen', 'daarbij ook')],
  ['emphasis around the adverbs', p('Jongeren tot 18 jaar krijgen **daarnaast ook**')],
  ['kan worden without a date', p('Het college laat onderzoeken of de oude sporthal kan worden')],
  ['a modal with an object and no infinitive in a list', items('- Verenigingen kunnen voor de verbouwing een bijdrage', '- De gemeente betaalt de helft van de kosten.', '- We evalueren na een jaar.')],
  ['wordt with only a time phrase', p('De subsidie voor de 12 buurthuizen wordt vanaf volgend jaar')],
  ['a list item ending on zal worden with a distractor number', items('- Daarnaast bekijken we of de 3 gymzalen in 2029 zullen worden', '- we plaatsen 40 nieuwe banken;', '- we evalueren in 2028.')]
]

const clean: BatteryWording[] = [
  ['the adverb clause complete', p('Gezinnen die de toeslag ontvangen, krijgen daarnaast ook een kindpakket.')],
  ['a fronted object before kan ook', p('Inwoners met een laag inkomen kunnen dat ook.')],
  ['kan worden with its participle', p('We onderzoeken of de sporthal na 2028 kan worden gerenoveerd.')],
  ['the participle before kan worden', p('We onderzoeken of de sporthal na 2028 gerenoveerd kan worden.')],
  ['a list item ending on a verb', items('- we onderzoeken of het zwembad open kan blijven;', '- we verlengen het contract;', '- we evalueren in 2028.')],
  ['moet nog blijken', p('Of dat ook in 2028 zo blijft, moet nog blijken.')],
  ['nominal list items without marks', items('- sportverenigingen', '- scholen', '- buurthuizen')],
  ['a relative clause ending on a modal', p('De wijkcoach helpt gezinnen die dat willen.')],
  ['a bijzin ending on a negated modal', p('Kinderen mogen gratis zwemmen als hun ouders dat niet kunnen.')],
  ['a relative clause ending on doen', p('We doen dit samen met partners die dat al jaren doen.')],
  ['a clause ending on is', p('De regeling blijft zoals die nu is.')],
  ['a complete sentence ending on ook', p('Dit geldt voor gezinnen met kinderen. Zij krijgen het pakket daarbij ook.')],
  ['a list item complete with ook', items('- ouders die werken, krijgen het pakket ook;', '- we evalueren na een jaar.')],
  ['a lead-in with a colon', p('Verenigingen die meedoen, krijgen daarbij ook:', '', '- een vaste contactpersoon;', '- een bijdrage in de kosten.')],
  ['a participle before zal worden in a list item', items('- de velden die in 2029 vervangen zullen worden;', '- we evalueren in 2028.')]
]

describeBattery(unfinishedSentence, defects, clean, 9)
