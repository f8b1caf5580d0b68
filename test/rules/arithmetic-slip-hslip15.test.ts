import { arithmeticSlip } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Helper hslip15: sums and differences must be of one kind. A count of years (`over de vier
// jaren`, `in drie jaar`) is no term of a sum of pupils or burials, however close that sum comes
// to a stated number. The defects are slips of counts or amounts in sentences that also name a
// span of years; the clean look-alikes put a mean one digit from a level plus or minus the years.

const body = (...lines: string[]): string[] => ['# Ontwikkeling', '', ...lines]

const defects: BatteryWording[] = [
  ['a rise over years, difference slipped', body('Het aantal leden groeide in drie jaar van 412 naar 538, een toename van 136 leden.'), '136'],
  ['a fall over years, difference slipped', body('In vier jaar tijd daalde het aantal klachten van 1.240 naar 985, een daling van 265.'), '265'],
  ['a sum of two kinds of loans', body('De bibliotheek leende in 2025 48.300 boeken uit en 12.400 e-books; samen 61.700 uitleningen.'), '61.700'],
  ['a sum over two years', body('Over twee jaar gerekend kwamen er 318 en 276 aanvragen binnen, samen 584.'), '584'],
  ['a net count in a list item', body('Resultaten:', '', '- In vijf jaar werden 1.420 bomen geplant en 380 gekapt; per saldo kwamen er 1.140 bij.', '- De bermen zijn ingezaaid.'), '1.140'],
  ['a remainder across two sentences with a span', body('Voor de komende zes jaar zijn 2.760 woningen gepland. Daarvan zijn er 1.385 sociale huur, zodat er 1.475 overblijven voor andere segmenten.'), '1.475'],
  ['a difference of visitors in two years', body('Het zwembad trok in 2024 86.400 bezoekers en in 2025 91.250, dus 5.850 meer.'), '5.850'],
  ['a sum of amounts with a duration', body('De renovatie duurt drie jaar en kost € 412.000 voor het gebouw en € 96.000 voor de inrichting, samen € 518.000.'), '518.000'],
  ['a growth of residents over ten years', body('In tien jaar tijd steeg het aantal inwoners van 23.480 naar 25.115, een groei van 1.735 inwoners.'), '1.735'],
  ['a remainder of rides in the next year', body('De buurtbus reed 14.600 ritten in 2025; in 2026 zijn dat er 2.150 minder, zodat er 12.550 ritten overblijven.'), '12.550'],
  ['a waiting list grown over two years', body('De wachtlijst telde 615 huishoudens; in twee jaar kwamen er 230 bij, zodat er nu 855 wachten.'), '855'],
  ['a sum of hours over a span of years', body('In de eerste twee jaar werkten de vrijwilligers 3.640 uur in de tuin en 1.275 uur in de winkel, samen 4.815 uur.'), '4.815'],
  ['a deduction of a subsidy (in brackets)', body('De kosten (€ 284.000 over vier jaar) dalen met een bijdrage van € 61.000 tot € 233.000.'), '233.000']
]

const clean: CleanWording[] = [
  ['a mean of pupils over three years after a level', body('Het aantal leerlingen daalde naar 287. Over de drie jaren gerekend waren er gemiddeld 296 leerlingen per jaar.')],
  ['a mean of households over five years after a level', body('De wachtlijst kromp tot 412 huishoudens. Over de vijf jaren gerekend wachtten er gemiddeld 419 huishoudens per jaar.')],
  ['a mean of rides over six years after a level', body('Het gebruik steeg naar 1.534 ritten. Over de zes jaren gemeten reden er gemiddeld 1.549 ritten per jaar.')],
  ['a mean of members over the four years before', body('De bibliotheek had eind 2025 641 leden. In de vier jaren daarvoor waren het er gemiddeld 675 per jaar.')],
  ['a mean of funerals after a fall over three years', body('Het aantal uitvaarten in de aula daalde in drie jaar naar 176. Over die drie jaar gerekend waren het er gemiddeld 183 per jaar.')],
  ['a mean of debts over five years', body('Het aantal huishoudens met schulden daalde in vijf jaar naar 463. Over die vijf jaar gerekend waren het er gemiddeld 498 per jaar.')],
  ['a mean of visitors over three years', body('Het museum groeide in drie jaar naar 5.240 bezoekers. Over die drie jaar kwamen er gemiddeld 5.137 bezoekers per jaar.')],
  ['a mean of pupils in a summer school over four years', body('In 2026 gaan 318 kinderen naar de zomerschool. Over vier jaren gerekend kwamen er gemiddeld 312 kinderen per jaar.')],
  ['a mean of permits over two years', body('In 2025 verleenden we 742 vergunningen. Over de twee jaren gerekend waren dat er gemiddeld 748 per jaar.')],
  ['a mean of reports over seven years', body('Het aantal meldingen zakte tot 1.205. Over de zeven jaren gerekend kwamen er gemiddeld 1.272 meldingen per jaar binnen.')]
]

describeBattery(arithmeticSlip, defects, clean, 7)
