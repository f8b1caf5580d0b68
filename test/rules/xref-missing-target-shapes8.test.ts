import { xrefMissingTarget } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 8 cause: a bijlage named by a letter (`bijlage A`) in a plan without any bijlage points at
// an appendix of its own as surely as `bijlage 1` does (a warning: it may be sent along).

const defects: DefectWording[] = [
  ['a caption that sends the reader to a lettered bijlage', ['# Financiën', '', '*Tabel 2. Reserves (x € 1.000); het verloop staat in bijlage A.*', '', '| Reserve | 2026 |', '|---|---|', '| Algemeen | 100 |'], '`bijlage A`'],
  ['a lettered bijlage between brackets', ['# Aanpak', '', 'De wijken met de meeste hittestress staan op een kaart (zie bijlage B).'], '`bijlage B`'],
  ['a lettered bijlage the plan says it includes', ['# Aanpak', '', 'De lijst van partners is opgenomen als bijlage C.'], '`bijlage C`']
]

const clean: CleanWording[] = [
  ['a lettered bijlage that exists', ['# Aanpak', '', 'De kaart staat in bijlage A.', '', '# Bijlagen', '', '## Bijlage A: Kaart', '', 'Tekst.']],
  ['a lettered bijlage sent separately', ['# Aanpak', '', 'De kaart staat in bijlage B (apart bijgevoegd).']],
  ['a lettered bijlage of another document', ['# Aanpak', '', 'Bijlage A bij de Verordening maatschappelijke ondersteuning regelt de tarieven.']],
  ['a lettered bijlage in a plan with numbered bijlagen that has the letter part', ['# Aanpak', '', 'De cijfers staan in bijlage 2a.', '', '# Bijlagen', '', '## Bijlage 2a: Cijfers', '', 'Tekst.']]
]

describeWordings(xrefMissingTarget, defects, clean)
