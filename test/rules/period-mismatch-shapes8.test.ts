import { periodMismatch } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 cause (the plan runs 2026-2029): years named by a compound ("de subsidiejaren",
// "de begrotingsjaren", "de kalenderjaren") are years; the topic word in front ("subsidie") is not
// another thing with a period of its own. Look-alikes: the compound that fits, another thing's
// years, the years of a document the plan follows.

const defects: DefectWording[] = [
  ['a kadernota for its subsidy years', ['# Inleiding', '', 'Deze kadernota geldt voor de subsidiejaren 2026 tot en met 2030.'], '`2026 tot en met 2030`'],
  ['a programme over its budget years', ['# Inleiding', '', 'Dit programma loopt over de begrotingsjaren 2027-2029.'], '`2027-2029`'],
  ['a nota spanning calendar years', ['# Inleiding', '', 'Deze nota beslaat de kalenderjaren 2025 tot en met 2029.'], '`2025 tot en met 2029`'],
  ['a plan for its execution years', ['# Inleiding', '', 'Dit plan geldt voor de uitvoeringsjaren 2026 t/m 2031.'], '`2026 t/m 2031`']
]

const clean: CleanWording[] = [
  ['the compound with the plan\'s years', ['# Inleiding', '', 'Deze kadernota geldt voor de subsidiejaren 2026 tot en met 2029.']],
  ['a subsidy scheme with years of its own', ['# Inleiding', '', 'De subsidieregeling gold voor de subsidiejaren 2022-2025 en liep daarna af.']],
  ['the years of the Rijk the programme follows', ['# Inleiding', '', 'Dit programma sluit aan op de subsidiejaren 2024-2027 van de rijksregeling.']],
  ['a project in its own budget years', ['# Inleiding', '', 'Het project Groene Schoolpleinen kreeg geld in de begrotingsjaren 2023-2025.']]
]

describeWordings(periodMismatch, defects, clean)
