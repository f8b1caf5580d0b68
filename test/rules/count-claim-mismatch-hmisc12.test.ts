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
  ['a short one for reference', p('We openen vijf inloophuizen:', ...three), 'vijf']
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

describeBattery(countClaimMismatch, defects, clean, 6)
