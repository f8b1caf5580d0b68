import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Helper hslip15: a ratio of two counts above 100 % (an occupancy, a subscription, a coverage):
// the larger count over the smaller, `880 fietsen op 800 plekken`. Read only as the smaller of
// the larger, such a claim is never right, and a correct one was reported. Defects: the ratio
// misstated; look-alikes: the ratio right, in other nouns, orders and wordings.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['bicycles on places, over-occupied, misstated', body('In de stalling aan de oostkant stonden 880 fietsen op 800 plekken: een bezetting van 120 procent.')],
  ['registrations for places, misstated', body('Voor de 250 plaatsen van de zomerschool schreven zich 340 kinderen in, een inschrijving van 146%.')],
  ['cars on spaces, the claim first', body('Een bezetting van 125% in de garage aan de markt: 460 auto\'s op 400 plekken.')],
  ['a coverage over the target', body('Het doel was 1.200 nieuwe bomen; we plantten er 1.380, dat is 125 procent van het doel.')],
  ['requests for a budget, over-subscribed', body('Er was € 400.000 beschikbaar en er werd voor € 520.000 aangevraagd, 140% van het budget.')],
  ['pupils in a building for fewer, in a list', body('Knelpunten:', '', '- In de school aan de Esdoornlaan zitten 390 leerlingen in een gebouw voor 300: een bezetting van 140%.', '- Het schoolplein is te klein.')],
  ['visitors over capacity across two sentences', body('De zaal heeft 500 stoelen. Bij de nieuwjaarsreceptie kwamen 560 bezoekers, een bezetting van 118 procent.')],
  ['berths in a harbour, in brackets', body('De jachthaven is overvol (230 boten op 200 ligplaatsen, een bezetting van 105%).')],
  ['ambulance rides above the norm', body('Er werden 1.650 ritten gereden op een norm van 1.500, 120 procent van de norm.')],
  ['homes built over the plan, in words', body('Gepland waren vierhonderd woningen; er zijn er 460 opgeleverd, 125 procent van de planning.')],
  ['applicants on vacancies', body('Op 60 stageplekken reageerden 81 studenten: 145 procent.')],
  ['dogs registered over the estimate', body('We schatten 2.000 honden; geregistreerd zijn er 2.300, 125% van de schatting.')]
]

const clean: CleanWording[] = [
  ['bicycles on places, right', body('In de stalling aan de oostkant stonden 880 fietsen op 800 plekken: een bezetting van 110 procent.')],
  ['registrations for places, right', body('Voor de 250 plaatsen van de zomerschool schreven zich 340 kinderen in, een inschrijving van 136%.')],
  ['cars on spaces, the claim first, right', body('Een bezetting van 115% in de garage aan de markt: 460 auto\'s op 400 plekken.')],
  ['a coverage over the target, right', body('Het doel was 1.200 nieuwe bomen; we plantten er 1.380, dat is 115 procent van het doel.')],
  ['requests for a budget, right', body('Er was € 400.000 beschikbaar en er werd voor € 520.000 aangevraagd, 130% van het budget.')],
  ['pupils in a building for fewer, right', body('Knelpunten:', '', '- In de school aan de Esdoornlaan zitten 390 leerlingen in een gebouw voor 300: een bezetting van 130%.', '- Het schoolplein is te klein.')],
  ['visitors over capacity across two sentences, right', body('De zaal heeft 500 stoelen. Bij de nieuwjaarsreceptie kwamen 560 bezoekers, een bezetting van 112 procent.')],
  ['berths in a harbour, right', body('De jachthaven is overvol (230 boten op 200 ligplaatsen, een bezetting van 115%).')],
  ['ambulance rides above the norm, right', body('Er werden 1.650 ritten gereden op een norm van 1.500, 110 procent van de norm.')],
  ['applicants on vacancies, right', body('Op 60 stageplekken reageerden 81 studenten: 135 procent.')],
  ['a tenth fewer, not a ratio', body('Het aantal meldingen daalde van 880 naar 800, bijna 10 procent minder.')],
  ['a share under a hundred', body('Van de 880 fietsen stonden er 800 in de rekken, ruim 90 procent.')]
]

describeBattery(percentageClaimCheck, defects, clean, 4)
