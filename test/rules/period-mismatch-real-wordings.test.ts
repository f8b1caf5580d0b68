import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// The forms in which published Dutch municipal plans state their own period, collected from real
// programme texts (a label line "Programmaperiode" above its years, "Wij bieden u … aan",
// "voorliggend programma", "blijft van kracht tot", "het laatste jaar van de planperiode", a
// beslispunt "… vast te stellen"), written fresh with years that contradict `periode: 2026-2029`.
// The look-alikes give the years of other things in the same forms: the previous period, a
// vision year, the begroting and a meerjarenraming that runs beyond the plan.

const defects: DefectWording[] = [
  ['a label line above its years', ['# Kenmerken', '', '**Programmaperiode**', '2026 - 2030'], '`2026 - 2030`'],
  ['a plain label line above its years', ['# Over dit programma', '', 'Planperiode', '2025 – 2029', '', 'Opdrachtgever: wethouder Wonen'], '`2025 – 2029`'],
  ['the plan offered to the council', ['# Aanbieding', '', 'Hierbij bieden wij u het uitvoeringsprogramma 2025-2028 aan.'], '`2025-2028`'],
  ['voorliggend without an article', ['# Inleiding', '', 'Voorliggend programma beschrijft onze inzet voor 2026 tot en met 2030.'], '`2026 tot en met 2030`'],
  ['van kracht until a year', ['# Inleiding', '', 'Dit plan blijft van kracht tot en met 2031.'], '`tot en met 2031`'],
  ['the last year of the planperiode', ['# Evaluatie', '', 'De eindevaluatie volgt in 2028, het laatste jaar van de planperiode.'], '`2028`'],
  ['the first year of the programmaperiode', ['# Planning', '', 'In het eerste jaar van de programmaperiode, 2027, zetten we de basis neer.'], '`2027`'],
  ['the planperiode spans years', ['# Inleiding', '', 'De planperiode beslaat vijf jaar.'], '`vijf jaar`'],
  ['the plan covers years in plural', ['# Inleiding', '', 'Dit beleidsplan bestrijkt drie jaren.'], '`drie jaren`'],
  ['the planperiode ends', ['# Planning', '', 'De programmaperiode eindigt op 31 december 2030.'], '31 december 2030`'],
  // A state at the end, not what follows it: an account or evaluation may come in the year after (period-mismatch-shapes17).
  ['the end of the planperiode with a year', ['# Resultaat', '', 'Aan het eind van de planperiode, in 2030, zijn alle scholen goed geïsoleerd.'], '`2030`'],
  ['a beslispunt to adopt the plan', ['# Besluit', '', 'De raad besluit:', '', '1. het uitvoeringsprogramma 2025-2028 vast te stellen;', '2. het college te vragen jaarlijks te rapporteren.'], '`2025-2028`'],
  ['adopt with the years before the verb', ['# Besluit', '', 'Het college stelt de raad voor het actieprogramma voor 2026 t/m 2030 vast te stellen.'], '`2026 t/m 2030`'],
  ['a relative clause with an end year', ['# Inleiding', '', 'In dit programma, dat loopt tot en met 2030, staan vier opgaven centraal.'], '`tot en met 2030`'],
  ['the plan named in quotes with years', ['# Inleiding', '', 'Het programma ‘Samen Verder’ (2025-2028) is de opvolger van de wijkaanpak.'], '`2025-2028`'],
  ['de komende jaren said of the plan with jaren', ['# Inleiding', '', 'Met deze nota zetten we voor de komende vijf jaren de koers uit.'], '`vijf jaren`'],
  ['a planning table with a year too many', ['# Planning van de acties', '', '| Actie | 2026 | 2027 | 2028 | 2029 | 2030 |', '|---|---|---|---|---|---|', '| Buurtteams | start | uitbreiden | gereed | evaluatie | afbouw |'], '`2030`'],
  ['the plan looks ahead a number of years', ['# Inleiding', '', 'Dit programma kijkt vijf jaar vooruit.'], '`vijf jaar`'],
  ['a four-year plan that runs until an exclusive year', ['# Inleiding', '', 'Deze nota geldt tot 2031.'], '`tot 2031`']
]

const clean: CleanWording[] = [
  ['the right years below a label line', ['# Kenmerken', '', '**Programmaperiode**', '2026 - 2029']],
  ['the plan offered with its own years', ['# Aanbieding', '', 'Hierbij bieden wij u het uitvoeringsprogramma 2026-2029 aan.']],
  ['the previous period', ['# Aanleiding', '', 'Dit programma bouwt voort op de resultaten van de vorige periode 2019-2022.']],
  ['a vision year', ['# Ambitie', '', 'In 2040 is onze gemeente energieneutraal; dit programma zet daar de eerste stappen naar.']],
  ['a vision with a range', ['# Ambitie', '', 'De omgevingsvisie schetst de ontwikkeling van 2026 tot 2040; dit programma werkt een deel daarvan uit.']],
  ['the begroting years', ['# Financiën', '', 'De kosten zijn verwerkt in de programmabegroting 2027-2030.']],
  ['a meerjarenraming beyond the plan', ['# Financiën', '', 'De structurele lasten lopen door in de meerjarenraming tot en met 2032.']],
  ['an evaluation after the planperiode', ['# Evaluatie', '', 'Na afloop van de planperiode, in 2030, evalueren we het programma.']],
  ['the right last year of the planperiode', ['# Evaluatie', '', 'De eindevaluatie volgt in 2029, het laatste jaar van de planperiode.']],
  ['the planperiode spans the right years', ['# Inleiding', '', 'De planperiode beslaat vier jaar.']],
  ['a beslispunt with the right years', ['# Besluit', '', 'De raad besluit:', '', '1. het uitvoeringsprogramma 2026-2029 vast te stellen;', '2. het college te vragen jaarlijks te rapporteren.']],
  ['a beslispunt withdrawing the old plan', ['# Besluit', '', 'De raad besluit:', '', '1. het uitvoeringsprogramma 2021-2025 in te trekken.']],
  ['a regulation that stays in force', ['# Regels', '', 'De subsidieregeling blijft van kracht tot en met 2031.']],
  ['a lease that runs on', ['# Huisvesting', '', 'De huurovereenkomst van de buurtkamer loopt tot 2032.']],
  ['a regional programme in quotes', ['# Samenwerking', '', 'Het regionale programma ‘Sterk Netwerk’ (2024-2027) vormt het kader voor de samenwerking.']],
  ['figures of earlier years', ['# Aanleiding', '', 'De cijfers over 2021-2024 laten een stijging van het aantal meldingen zien.']],
  ['a phase of one measure', ['# Planning', '', 'De uitvoering van maatregel 4 loopt van 2027 tot en met 2028.']],
  ['a rijksbijdrage with its own years', ['# Financiën', '', 'Het Rijk stelt voor de periode 2026-2028 middelen beschikbaar voor de wijkaanpak.']],
  ['a planning table with the plan years', ['# Planning van de acties', '', '| Actie | 2026 | 2027 | 2028 | 2029 |', '|---|---|---|---|---|', '| Buurtteams | start | uitbreiden | gereed | evaluatie |']],
  ['a meerjarenraming table beyond the plan', ['# Uitvoering en middelen', '', '| Maatregel | 2026 | 2027 | 2028 | 2029 | 2030 |', '|---|---|---|---|---|---|', '| Buurtteams | 120 | 130 | 130 | 130 | 130 |']],
  ['a table of figures of earlier years', ['# Uitvoering', '', 'Aantal deelnemers per jaar', '', '| Activiteit | 2022 | 2023 | 2024 | 2025 | 2026 |', '|---|---|---|---|---|---|', '| Taalcafé | 40 | 52 | 61 | 70 | 75 |']],
  ['a vision that looks further ahead', ['# Samenhang', '', 'De omgevingsvisie kijkt twintig jaar vooruit; dit programma werkt de eerste stappen uit.']],
  ['the komende jaren of a building', ['# Accommodaties', '', 'Het zwembad gaat de komende vijf jaren mee zonder grote renovatie.']]
]

describeWordings(periodMismatch, defects, clean)
