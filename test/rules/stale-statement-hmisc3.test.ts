import { staleStatement } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmisc3 battery, written before reading the rule: an event told as still to come (an
// expectation, a plan, a future auxiliary) at a month or season that already lies behind the
// document date. Look-alikes: the same hedges pointing at a later year, a past date that is
// only the starting point of a forecast, a stand or count at a past date, a past tense, the
// date of the forecast itself rather than of the event.
const front = { titel: 'Uitvoeringsprogramma Buurt en Zorg 2027-2030', periode: '2027-2030', datum: '2026-10-01' }
const p = (...lines: string[]): string[] => ['# Aanleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['naar verwachting with a month', p('Gedeputeerde Staten nemen naar verwachting in april 2026 een besluit over de nieuwe fietsroute.'), '2026'],
  ['naar verwachting fronted', p('Naar verwachting stelt het college in februari 2026 de nieuwe beleidsregel vast.'), '2026'],
  ['verwacht with te-infinitive', p('Het waterschap verwacht in mei 2026 met de dijkversterking te beginnen.'), '2026'],
  ['zal with a month', p('De minister zal in juni 2026 de hoogte van de uitkering bekendmaken.'), '2026'],
  ['staat gepland voor', p('De oplevering van de nieuwe sporthal staat gepland voor maart 2026.'), '2026'],
  ['a plural zullen', p('De drie woningcorporaties zullen in januari 2026 hun prestatieafspraken ondertekenen.'), '2026'],
  ['naar verwachting in a list item', ['# Planning', '', 'Wat er nog komt:', '', '- het onderzoek naar de busverbinding is naar verwachting in juli 2026 klaar;', '- daarna kiezen we een route.'], '2026'],
  ['an expectation in brackets', p('Het nieuwe zwembad (dat naar verwachting in augustus 2026 opengaat) krijgt een extra doelgroepenbad.'), '2026'],
  ['wordt verwacht with a month', p('Het eindrapport van de rekenkamer wordt in april 2026 verwacht.'), '2026'],
  ['a planned month in a second sentence', p('De wijkraad krijgt een eigen budget. Dat besluit valt naar verwachting in mei 2026.'), '2026'],
  ['naar verwachting begin of a year', p('De aanbesteding van het leerlingenvervoer wordt begin 2026 naar verwachting gegund.'), '2026'],
  ['is voorzien voor', p('De ingebruikname van het nieuwe milieupark is voorzien voor juni 2026.'), '2026'],
  ['verwachten we with a month', p('In maart 2026 verwachten we de eerste uitkomsten van de proef met buurtbemiddeling.'), '2026'],
  // The expected event names a plan whose title carries a span of years: the span is a name,
  // not the time of the event.
  ['a titled plan with a span after the expected month', p('De raad stelt naar verwachting in mei 2026 de Woonvisie Veldhoorn 2026-2031 vast.'), '2026'],
  ['a titled plan with a span before the expected month', p('Het Regionaal Energieplan 2025-2030 wordt naar verwachting in april 2026 vastgesteld.'), '2026'],
  ['zal with a titled programme', p('Het college zal in juni 2026 het Uitvoeringsplan Jeugd 2026-2029 aan de raad voorleggen.'), '2026'],
  ['a planned month and a strategy span in a clause after', p('De provincie besluit naar verwachting in februari 2026 over de Omgevingsvisie 2026-2040; dit programma sluit daarop aan.'), '2026'],
  ['a planned date with a span in brackets', p('De nieuwe regionale woondeal (2025-2030) wordt naar verwachting in januari 2026 ondertekend.'), '2026'],
  // A table or map as the subject of an event (it is published, updated) still announces.
  ['a table updated at a past month', p('Het overzicht van de wachtlijsten wordt naar verwachting in mei 2026 geactualiseerd.'), '2026'],
  ['a map that appears at a past month', p('De nieuwe kaart met alle fietsroutes verschijnt in april 2026.'), '2026'],
  ['an expected opening with a figure of thousands', p('De nieuwe bibliotheek met 2.400 vierkante meter opent naar verwachting in april 2026.'), '2026']
]

const clean: CleanWording[] = [
  ['a forecast starting from a past year', p('Het aantal mantelzorgers stijgt naar verwachting van 2.140 in 2024 tot 2.600 in 2031.')],
  ['a forecast from a past stand', p('Naar verwachting groeit het aantal meldingen van 410 in 2024 naar 520 in 2029.')],
  ['the same hedge at a later date', p('Gedeputeerde Staten nemen naar verwachting in april 2027 een besluit over de nieuwe fietsroute.')],
  ['a stand at a past date', p('De tabel geeft per buurt het aantal lantaarnpalen op 1 januari 2026 en het aantal dat vervangen moet worden.')],
  ['a past tense of the expectation', p('In maart 2026 verwachtte het waterschap nog dat de dijkversterking later zou beginnen.')],
  ['a past tense of the decision', p('De raad stelde in februari 2026 de nieuwe verordening vast.')],
  ['the date of the forecast itself', p('Volgens de prognose van mei 2026 verdubbelt het aantal laadpunten tot 2030.')],
  ['a perfect tense', p('Het eindrapport van de rekenkamer is in april 2026 verschenen.')],
  ['an expectation without a date', p('We verwachten dat de wachttijden de komende jaren verder dalen.')],
  ['zal pointing at the plan period', p('De minister zal in juni 2027 de hoogte van de uitkering bekendmaken.')],
  ['a stand described by a count', p('Eind 2025 telde de gemeente 84 deelauto\'s; naar verwachting worden dat er 150 in 2030.')],
  ['a reported past expectation', p('De verwachting uit januari 2026 was dat de bouw een half jaar zou duren.')],
  // Figures with a thousands separator must not cut the sentence: the later year after them
  // still belongs to the same forecast.
  ['a forecast in thousands from a past year', p('Het aantal huishoudens groeit van 12.350 in 2025 tot naar verwachting 13.100 in 2031.')],
  ['a forecast in thousands with zal', p('Het aantal bezoekers zal stijgen van 48.000 in 2025 naar 60.000 in 2029.')],
  ['a forecast with a decimal in thousands', p('De woningvoorraad stijgt van 9.870 in 2024 naar verwachting tot 10.450 in 2028, een groei van 580 woningen.')],
  // A table, figure or overview describing a stand at a past date tells what it shows, not what
  // will happen.
  ['a table showing a stand at the end of a year', p('De tabel geeft per dorp de stand van de speelplekken eind 2025, met daarnaast wat in de jaren 2023 tot en met 2025 vernieuwd is.')],
  ['a figure showing a month', p('Figuur 3 toont de wachttijden voor een woningaanpassing in maart 2026.')],
  ['an overview listing a stand per date', p('Het overzicht hieronder laat de bezetting van de opvang per 1 juli 2026 zien.')],
  ['an appendix containing figures', p('Bijlage 2 bevat de aantallen meldingen per wijk in het voorjaar van 2026.')],
  ['a numbered table giving a count on a day', p('Tabel 4 geeft het aantal wachtenden op 1 april 2026 per gebied.')],
  ['a map showing with a split verb', p('Onderstaande kaart laat de ligging van de laadpalen in juni 2026 zien.')],
  ['a section describing a situation', p('Deze paragraaf beschrijft hoe vol de gymzalen zaten in het najaar van 2025.')],
  ['a table giving a count of thousands', p('Lindewoud telt ruim 21.000 inwoners. De tabel vermeldt de leeftijdsopbouw begin 2026 per kern.')]
]

describeBattery(staleStatement, defects, clean, 21, front)
