import { periodMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery written before reading the rule's code (plan periode 2026-2029). Class question: does
// the text state a span for this plan that differs from its metadata, in whatever wording,
// with distractor years, a line break or emphasis in the sentence? Spans of other documents,
// sub-periods of tasks and look-ahead years stay quiet.
const p = (line: string): string[] => ['# Inleiding', '', line]

const defects: BatteryWording[] = [
  ['tot en met, ends early', p('Dit plan loopt van 2026 tot en met 2028.')],
  ['jaren tot en met, ends late', p('Deze nota geldt voor de jaren 2026 tot en met 2030.')],
  ['looptijd with a dash, starts late', p('De looptijd van dit programma is 2027-2029.')],
  ['planperiode beslaat, starts early', p('De planperiode beslaat 2025 tot en met 2029.')],
  ['t/m after looptijd', p('Het uitvoeringsprogramma heeft een looptijd van 2026 t/m 2030.')],
  ['span in the next sentence', p('Dit plan kijkt vier jaar vooruit. Het loopt van 2026 tot en met 2030.')],
  ['line break inside the sentence', ['# Inleiding', '', 'Deze nota loopt van 2026 tot en', 'met 2028.']],
  ['span in bold', p('Dit plan geldt voor **2026 tot en met 2030**.')],
  ['distractor year before', p('Sinds 2015 is er veel veranderd; dit plan loopt van 2026 tot en met 2028.')],
  ['qualifier in between', p('Dit beleidsplan loopt, net als de regionale afspraken, van 2026 tot en met 2030.')],
  ['span with a number of years after', p('De looptijd van deze nota is 2026 tot en met 2030 (vijf jaar).')],
  ['en-dash span after planperiode', p('Voor de planperiode 2026–2030 kiezen we drie speerpunten.')],
  // Added after the first run: a personal pronoun for a de-word plan after a sentence that names
  // another note with years of its own.
  ['zij after a sentence naming an older note', p('Deze nota vervangt de Sportnota 2019. Zij beschrijft het beleid voor de jaren 2026 tot en met 2028.')],
  ['ze after a sentence naming an older agenda', p('Deze agenda volgt op de Woonagenda 2020. Ze zet de koers uit voor 2027-2029.')],
  ['zij with the span at the end', p('Deze nota vervangt de Parkeervisie 2015 en de Beleidsregel 2017. Zij geeft de kaders voor de jaren 2026 tot en met 2030.')],
  ['a coordinated clause naming another thing after the span', p('Deze nota vervangt de Sportnota 2019. Zij beschrijft het beleid voor 2026 tot en met 2028 en legt de basis voor de subsidieverordening.')]
]

const clean: CleanWording[] = [
  ['the right span', p('Dit plan loopt van 2026 tot en met 2029.')],
  ['the right span with a dash', p('De planperiode is 2026-2029.')],
  ['a sub-period of a task', p('In de periode 2026-2028 bouwen we drie scholen.')],
  ['the previous plan', p('Het vorige plan liep van 2021 tot en met 2025.')],
  ['another document', p('De regionale woonagenda loopt van 2025 tot en met 2030.')],
  ['full dates', p('Dit plan loopt van 1 januari 2026 tot en met 31 december 2029.')],
  ['number of years before the span', p('De looptijd van het plan is vier jaar: 2026 tot en met 2029.')],
  ['evaluation after the end', p('Dit plan loopt tot en met 2029; de evaluatie volgt in 2030.')],
  ['a long-term vision', p('Dit plan bouwt voort op de visie 2020-2040.')],
  ['an ambition beyond the plan', p('De doelen uit dit plan lopen door tot 2035.')],
  ['a look ahead', p('Dit plan loopt van 2026 tot en met 2029, met een doorkijk naar 2032.')],
  ['a scheme inside the plan', p('De subsidieregeling loopt van 2026 tot en met 2027.')],
  ['the predecessor note', p('Dit plan is het vervolg op de nota 2022-2025.')],
  ['zij after the plan, the right span', p('Deze nota vervangt de Sportnota 2019. Zij beschrijft het beleid voor de jaren 2026 tot en met 2029.')],
  ['die for the older note', p('Deze nota vervangt de Sportnota 2019. Die gold voor de jaren 2019 tot en met 2022.')],
  ['a coordinated clause, the right span', p('Deze nota vervangt de Sportnota 2019. Zij beschrijft het beleid voor 2026 tot en met 2029 en legt de basis voor de subsidieverordening.')],
  ['the other thing before the span in the same clause', p('Deze nota vervangt de Sportnota 2019. De subsidieverordening geldt voor 2026 tot en met 2028 en wordt daarna herzien.')],
  ['zij for the partners, who work in the plan', p('Deze nota noemt de partners. Zij werken in de jaren 2026 tot en met 2028 samen aan de wijkaanpak.')]
]

describeBattery(periodMismatch, defects, clean, 16)
