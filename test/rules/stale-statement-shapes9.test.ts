import { staleStatement } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 9: a fallback on the tense of the clause, not on a list of verbs. A window already past on
// the document's `datum` (a season, month, quarter, `vóór/na de zomer`, `begin/eind` + year, a full
// date), used as the time of the clause, with a present or future verb form and no past marker.
// Look-alikes: past and perfect forms, a conditional, a plan-internal past, an expectation that is
// itself dated, a window not yet past, a window that names a source (`de peiling van maart`)
// rather than the time of the clause, and `sinds` (a state that began then).
const front = { titel: 'Beleidskader Samen Sterk 2027-2030', soort: 'beleidskader', periode: '2027-2030', datum: '2026-11-24' }

const defects: DefectWording[] = [
  ['a verb at the end of a dat-clause', ['# Inleiding', '', 'Het Rijk verwacht dat de nieuwe handreiking in het voorjaar van 2026 verschijnt.'], '`het voorjaar van 2026`'],
  ['a present verb before the season', ['# Inleiding', '', 'Het kabinet presenteert in de zomer van 2026 een nieuw actieprogramma voor de jeugdzorg.'], '`de zomer van 2026`'],
  ['a passive present with wordt', ['# Inleiding', '', 'De provinciale omgevingsvisie wordt in het najaar van 2025 vastgesteld.'], '`het najaar van 2025`'],
  ['zal before the summer', ['# Besluiten', '', 'Vóór de zomer van 2026 zal de raad een besluit nemen over de locatie.'], '`de zomer van 2026`'],
  ['gaan at the start of a year', ['# Aanpak', '', 'Begin 2026 gaan we met de scholen in gesprek over de nieuwe werkwijze.'], '`Begin 2026`'],
  ['a quarter with a present verb', ['# Aanpak', '', 'De werkgroep levert in het tweede kwartaal van 2026 haar advies op.'], '`het tweede kwartaal van 2026`'],
  ['a full date with a separable verb', ['# Regels', '', 'Op 1 juli 2026 treedt de nieuwe verordening in werking.'], '`1 juli 2026`'],
  ['the end of an earlier year', ['# Aanpak', '', 'Eind 2025 starten de eerste buurtteams met de nieuwe werkwijze.'], '`Eind 2025`'],
  ['a month in an expected clause', ['# Evaluatie', '', 'We verwachten dat de evaluatie in september 2026 klaar is.'], '`september 2026`'],
  ['after the summer with worden', ['# Peiling', '', 'Na de zomer van 2025 worden de uitkomsten van de peiling met de raad gedeeld.'], '`de zomer van 2025`'],
  ['a month with opent', ['# Steunpunt', '', 'In april 2026 opent het nieuwe steunpunt in de bibliotheek.'], '`april 2026`'],
  ['a quarter with stelt beschikbaar', ['# Geld', '', 'Het ministerie stelt in het derde kwartaal van 2026 extra middelen beschikbaar.'], '`het derde kwartaal van 2026`'],
  ['komt er in the course of a season', ['# Geld', '', 'In de loop van het voorjaar van 2026 komt er een nieuwe subsidieregeling voor buurtinitiatieven.'], '`het voorjaar van 2026`'],
  ['is with an adjective, not a participle', ['# Website', '', 'Medio 2026 is de nieuwe website voor vrijwilligers klaar.'], '`Medio 2026`'],
  ['a modal with an infinitive at the end', ['# Besluiten', '', 'Het college wil de raad in oktober 2026 een voorstel voor de nieuwe tarieven voorleggen.'], '`oktober 2026`']
]

const clean: CleanWording[] = [
  ['a strong past form', ['# Inleiding', '', 'De nieuwe handreiking verscheen in het voorjaar van 2026.']],
  ['a weak past form', ['# Inleiding', '', 'Het kabinet presenteerde in de zomer van 2026 een nieuw actieprogramma voor de jeugdzorg.']],
  ['a perfect with is', ['# Inleiding', '', 'De provinciale omgevingsvisie is in het najaar van 2025 vastgesteld.']],
  ['a perfect with heeft', ['# Besluiten', '', 'Vóór de zomer van 2026 heeft de raad een besluit genomen over de locatie.']],
  ['a conditional', ['# Evaluatie', '', 'Als de evaluatie in het voorjaar van 2025 klaar was geweest, hadden we de uitkomsten hier gebruikt.']],
  ['a plan-internal past', ['# Inleiding', '', 'Tot en met het najaar van 2025 liep de vorige aanpak in twee wijken.']],
  ['an expectation that is itself dated', ['# Inleiding', '', 'In 2024 verwachtte het college dat de nieuwe wet in het voorjaar van 2025 zou ingaan.']],
  ['a window after the datum', ['# Evaluatie', '', 'De evaluatie volgt in het voorjaar van 2027.']],
  ['a month not yet over', ['# Voortgang', '', 'In december 2026 presenteert het college de eerste voortgangsrapportage.']],
  ['the end of the current year', ['# Aanpak', '', 'Eind 2026 starten de eerste buurtteams met de nieuwe werkwijze.']],
  ['a state since an earlier moment', ['# Aanpak', '', 'Sinds begin 2026 werken de buurtteams met de nieuwe werkwijze.']],
  ['a past relative clause and a present main clause', ['# Advies', '', 'Het advies dat de werkgroep in het tweede kwartaal van 2026 opleverde, gebruiken we in hoofdstuk 3.']],
  ['a source named by its month', ['# Cijfers', '', 'Uit de peiling van maart 2026 blijkt dat een op de vijf ouderen zich eenzaam voelt.']],
  ['was with an adjective', ['# Website', '', 'Medio 2026 was de nieuwe website voor vrijwilligers klaar.']],
  ['a modal in the past', ['# Besluiten', '', 'Het college wilde de raad in oktober 2026 een voorstel voor de nieuwe tarieven voorleggen.']],
  ['a perfect shared over en', ['# Inspraak', '', 'Het besluit is gepubliceerd op de website en op 10 maart 2026 in de huis-aan-huiskrant.']],
  ['a perfect with a modal infinitive', ['# Inspraak', '', 'De deelnemers hebben op 3 en 10 maart 2026 hun mening kunnen geven.']],
  ['a plural that is also a past form', ['# Inspraak', '', 'In april 2026 zetten we een vragenlijst uit; in totaal vulden 900 inwoners hem in.']],
  ['a state from a day on, with a decimal comma', ['# Bedragen', '', 'De bedragen stijgen per 1 januari 2026 met 1,8%.']],
  ['figures about a past season', ['# Cijfers', '', 'De cijfers over het voorjaar van 2026 laten zien dat het aantal aanmeldingen stijgt.']]
]

describeWordings(staleStatement, defects, clean, front)
