import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc12 battery, written before reading the rule: a count before a list, with a long relative
// clause (`, waar …`, `, die …`) between its noun and the colon, over a list of another size.
// Look-alikes: the right size, a clause that counts per item, a part (`waaronder`), a list of what
// happens there rather than of the places.
const p = (...lines: string[]): string[] => ['# Aanpak', '', ...lines]
const three = ['', '- Hoogeind, in het dorpshuis;', '- Lindeloo, in de sporthal;', '- Brakel, in de school aan de Dijk.']

const defects: BatteryWording[] = [
  ['waar with a long clause', p('We openen vijf inloophuizen, waar bewoners zonder afspraak binnenlopen met vragen over geld en voor hulp bij het invullen van formulieren:', ...three), 'vijf'],
  ['die with a long clause', p('Er komen vier buurtkamers, die op doordeweekse middagen open zijn voor ouderen en voor iedereen die even wil bijpraten:', ...three), 'vier'],
  ['digits with a long clause', p('We hebben 2 steunpunten, waar vrijwilligers elke week spreekuur houden over belastingen en over toeslagen en schulden:', ...three), '2'],
  ['fronted phrase and a long clause', p('Naast de bibliotheek steunen we zes leesclubs, waar kinderen na schooltijd samen lezen en soms ook een boek mogen lenen voor thuis:', ...three), 'zes'],
  ['waarin with a long clause', p('We richten vier werkplaatsen in, waarin jongeren met een vakman aan fietsen sleutelen en daarna hun eigen fiets mogen houden:', ...three), 'vier'],
  ['a short one for reference', p('We openen vijf inloophuizen:', ...three), 'vijf'],
  // Re-read rm5: more wordings, fresh.
  ['particle op before waar', p('We zetten zes ontmoetingsplekken op, waar ouderen op woensdagmiddag koffie drinken en met buren over de wijk kunnen praten:', ...three), 'zes'],
  ['die with a passive clause', p('In de wijken komen vier speelbossen, die door kinderen uit de buurt samen met de boswachter worden ingericht en onderhouden:', ...three), 'vier'],
  ['waar with a bijzin inside', p('We kiezen twee proeflocaties, waar de nieuwe afvalcontainers eerst een half jaar staan voordat ze in de hele gemeente komen:', ...three), 'twee'],
  ['waarin with a list inside the clause', p('De gemeente steunt zeven repaircafés, waarin vrijwilligers elke maand kapotte lampen, kleding en kleine apparaten voor bewoners repareren:', ...three), 'zeven'],
  ['particle aan before waar', p('We wijzen vier rustpunten aan, waar wandelaars langs de rivier een bank, een afvalbak en een informatiebord over de natuur vinden:', ...three), 'vier'],
  ['die with the subject after it', p('Er komen twee jongerenplekken, die de jongerenwerkers samen met de jongeren zelf in de komende zomer inrichten en beheren:', ...three), 'twee'],
  ['digits with waar and two objects', p('We openen 5 taalcafés, waar nieuwkomers met vrijwilligers oefenen met Nederlands praten en met het lezen van brieven van instanties:', ...three), '5']
]

const clean: CleanWording[] = [
  ['the right size with a long clause', p('We openen drie inloophuizen, waar bewoners zonder afspraak binnenlopen met vragen over geld en voor hulp bij het invullen van formulieren:', ...three)],
  ['a part with waaronder', p('We openen vijf inloophuizen, waaronder deze drie waar bewoners zonder afspraak binnenlopen met vragen over geld en formulieren:', ...three)],
  ['per item in the clause before the pronoun', p('We openen twee inloophuizen per dorp, waar bewoners zonder afspraak binnenlopen met vragen over geld en voor hulp bij formulieren:', ...three)],
  ['a list of times, not places', p('We openen vijf inloophuizen, waar bewoners op de volgende momenten zonder afspraak binnenlopen met vragen over geld en formulieren:', '', '- maandagochtend;', '- woensdagmiddag;', '- vrijdagavond.')],
  ['a list of what is done', p('We openen vijf inloophuizen, waar vrijwilligers de bewoners met de volgende zaken helpen bij geldzaken en bij het invullen van formulieren:', ...three)],
  ['no colon, the list is something else', p('We openen vijf inloophuizen, waar bewoners zonder afspraak binnenlopen met vragen over geld en voor hulp bij het invullen van formulieren.', '', 'Daarnaast:', ...three)],
  ['another count in the clause', p('We openen vijf inloophuizen, waar bewoners zonder afspraak terechtkunnen bij drie vaste medewerkers en hulp krijgen bij het invullen van formulieren:', ...three)],
  ['a relative clause with elk, right size', p('We openen drie inloophuizen, die elk een eigen spreekuur houden voor vragen over geld en voor hulp bij het invullen van formulieren:', ...three)],
  ['a part with onder meer', p('We openen onder meer vijf inloophuizen, waar bewoners zonder afspraak binnenlopen met vragen over geld en voor hulp bij formulieren:', ...three)],
  ['the right size in digits', p('We hebben 3 steunpunten, waar vrijwilligers elke week spreekuur houden over belastingen en over toeslagen en schulden:', ...three)]
]

describeBattery(countClaimMismatch, defects, clean, 9)
