import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 causes (the plan runs 2026-2029): years named by a compound ("de subsidiejaren",
// "de begrotingsjaren", "de kalenderjaren") are years; the topic word in front ("subsidie") is not
// another thing with a period of its own. The end of the plan named with its year in either order
// ("in 2030, aan het einde van deze nota"). An end year a year or two off right after the clause
// that names the plan, without a verb of duration ("Met dit programma zetten we tot en met 2030 in"). Look-alikes: the compound that fits, another thing's
// years, the years of a document the plan follows.

const defects: DefectWording[] = [
  ['a kadernota for its subsidy years', ['# Inleiding', '', 'Deze kadernota geldt voor de subsidiejaren 2026 tot en met 2030.'], '`2026 tot en met 2030`'],
  ['a programme over its budget years', ['# Inleiding', '', 'Dit programma loopt over de begrotingsjaren 2027-2029.'], '`2027-2029`'],
  ['a nota spanning calendar years', ['# Inleiding', '', 'Deze nota beslaat de kalenderjaren 2025 tot en met 2029.'], '`2025 tot en met 2029`'],
  ['a plan for its execution years', ['# Inleiding', '', 'Dit plan geldt voor de uitvoeringsjaren 2026 t/m 2031.'], '`2026 t/m 2031`'],
  ['the end year before the end of the plan', ['# Inleiding', '', 'In 2030, aan het einde van deze nota, is de wachtlijst weg.'], '`2030`'],
  ['the end of the plan before its year', ['# Inleiding', '', 'Aan het eind van dit programma, eind 2030, willen we dat iedereen meedoet.'], '`2030`'],
  // A state at the end; an evaluation may follow in the year after (period-mismatch-shapes17).
  ['the end of the looptijd after the year', ['# Resultaat', '', 'De wachtlijst is in 2030, aan het eind van de looptijd, verdwenen.'], '`2030`'],
  ['an end year right after the plan\'s clause', ['# Inleiding', '', 'Met dit uitvoeringsprogramma zetten we tot en met 2030 in op een sterkere aanpak.'], '`tot en met 2030`'],
  ['an end year after the plan and the verb', ['# Inleiding', '', 'Dit programma zet tot en met 2031 in op preventie.'], '`tot en met 2031`'],
  ['an end year of the plan and its agenda', ['# Inleiding', '', 'In deze nota en de bijbehorende uitvoeringsagenda tot en met 2030 staan de keuzes.'], '`tot en met 2030`']
]

const clean: CleanWording[] = [
  ['the compound with the plan\'s years', ['# Inleiding', '', 'Deze kadernota geldt voor de subsidiejaren 2026 tot en met 2029.']],
  ['a subsidy scheme with years of its own', ['# Inleiding', '', 'De subsidieregeling gold voor de subsidiejaren 2022-2025 en liep daarna af.']],
  ['the years of the Rijk the programme follows', ['# Inleiding', '', 'Dit programma sluit aan op de subsidiejaren 2024-2027 van de rijksregeling.']],
  ['the end year of the plan by its end', ['# Inleiding', '', 'Aan het eind van deze nota, in 2029, evalueren we.']],
  ['a year after the end of the plan', ['# Inleiding', '', 'In 2031, twee jaar na het eind van deze nota, meten we opnieuw.']],
  ['a long-term horizon after the plan', ['# Inleiding', '', 'Met dit programma werken we tot en met 2040 aan een klimaatneutrale gemeente.']],
  ['a forecast with its own end year', ['# Inleiding', '', 'In deze nota geven we de prognose tot en met 2031 voor het aantal leerlingen.']],
  ['maintenance of a building until a later year', ['# Inleiding', '', 'Met deze nota reserveren we geld voor het onderhoud van de sporthal tot en met 2031.']],
  ['another paper\'s end year', ['# Inleiding', '', 'Dit programma sluit aan op het Preventieakkoord, dat loopt tot en met 2030.']],
  ['a project in its own budget years', ['# Inleiding', '', 'Het project Groene Schoolpleinen kreeg geld in de begrotingsjaren 2023-2025.']]
]

describeWordings(periodMismatch, defects, clean)
