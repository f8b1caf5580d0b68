import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Bracket battery, written before reading the share readers: Dutch authors put a term of the
// claim in brackets — the part (`(80 aanvragen)`), the percentage (`(25 procent)`, `(45 %)`),
// the whole (`(180)`), or part and percentage together (`(35 laadpunten, 70 procent)`) — and the
// rest of the claim outside, sometimes in the sentence before. Shapes vary: a qualifier inside
// the bracket, a line break before it, emphasis, a relative clause, distractor numbers.
// Look-alikes that must stay quiet: the same claims right (incl. rounding words), a bracket with
// a year list, a reference, an article, a date, another noun, a share of another whole.
// The start code caught 10/14 (an age or duration between the share and its bracketed count, and
// a bracket that holds count and share together, stopped it); after the bracket gates 13/14, all
// right ones quiet. Open: the whole in brackets after its subject (`De groep (420 personen) … voor 40 procent`).

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['the part in brackets after the percentage', body('Van de 220 aanvragen werd 30 procent afgewezen (80 aanvragen).'), '30 procent'],
  ['part and percentage in brackets, whole in the sentence before', body('De gemeente beheert 260 speeltuinen. Een groot deel daarvan moet worden vervangen (104 speeltuinen, 48 procent).'), '48 procent'],
  ['the percentage in brackets after the part', body('Van de 310 meldingen werden er 62 binnen een week opgelost (25 procent).'), '25 procent'],
  ['the whole in brackets as a bare number', body('Van alle gecontroleerde bedrijven (180) voldeden er 45 niet aan de eisen, 30 procent.'), '30 procent'],
  ['the whole in brackets with its noun, part after a colon', body('De groep deelnemers (420 personen) bestond voor 40 procent uit vrouwen: 210 personen.'), '40 procent'],
  ['a % sign in brackets', body('Van de 96 scholen doen er 24 mee aan het project (35 %).'), '35 %'],
  ['part and percentage in brackets, the whole named by its noun before', body('Het netwerk telt 58 laadpunten. Het merendeel staat op bedrijventerreinen (35 laadpunten, 70 procent).'), '70 procent'],
  ['ruim inside the bracket that does not hold', body('Van de 500 woningen zijn er 160 aardgasvrij (ruim 40 procent).'), '40 procent'],
  ['a line break before the bracket', body('Van de 1.200 bezoekers kwamen er 300 uit een andere gemeente', '(35 procent).'), '35 procent'],
  ['emphasis inside and around the bracket', body('Van de 88 sportverenigingen hebben er **22** een eigen accommodatie (*30 procent*).'), '30 procent'],
  ['a relative clause, the part in brackets', body('Van de 140 jongeren die zich meldden, was 40 procent jonger dan 18 jaar (42 jongeren).'), '40 procent'],
  ['whole and part both in brackets', body('Van het totaal aantal meldingen (640) ging 20 procent over geluidsoverlast (96 meldingen).'), '20 procent'],
  ['distractor numbers, the part in brackets', body('Van de 250 deelnemers in 2025 vond 30 procent binnen 6 maanden werk (50 deelnemers).'), '30 procent'],
  ['a bracket of part and percentage after gemiddeld', body('Van de 75 vrijwilligers zijn er gemiddeld 30 per week actief (45 procent).'), '45 procent']
]

const clean: CleanWording[] = [
  ['the part in brackets, holding', body('Van de 220 aanvragen werd 30 procent afgewezen (66 aanvragen).')],
  ['part and percentage in brackets, holding', body('De gemeente beheert 260 speeltuinen. Een groot deel daarvan moet worden vervangen (104 speeltuinen, 40 procent).')],
  ['the percentage in brackets, holding', body('Van de 310 meldingen werden er 62 binnen een week opgelost (20 procent).')],
  ['ruim in the bracket, holding', body('Van de 310 meldingen werden er 64 binnen een week opgelost (ruim 20 procent).')],
  ['bijna and a % sign in the bracket, holding', body('Van de 75 vrijwilligers zijn er 29 ouder dan 65 jaar (bijna 40 %).')],
  ['a year list in brackets', body('Van de 800 inwoners die we spraken, fietst 42 procent dagelijks (2023: 38 procent, 2024: 40 procent).')],
  ['a reference in brackets', body('Van de 150 woningen is 20 procent sociale huur (zie bijlage 3).')],
  ['another noun in brackets', body('Van de 180 deelnemers rondde 75 procent het traject af (12 groepen).')],
  ['a share of another whole in brackets', body('Van de 400 aanvragen werd 10 procent afgewezen (landelijk 14 procent).')],
  ['an article in brackets', body('Van de 60 vergunningen is 25 procent verleend op grond van de verordening (art. 2.10).')],
  ['a date in brackets', body('Van de 90 standplaatsen is 20 procent vrij (peildatum 1 maart 2026).')],
  ['part and percentage in brackets after the whole before, holding', body('Het netwerk telt 58 laadpunten. Het merendeel staat op bedrijventerreinen (35 laadpunten, 60 procent).')],
  ['the whole and part both in brackets, holding', body('Van het totaal aantal meldingen (640) ging 15 procent over geluidsoverlast (96 meldingen).')],
  ['a regional comparison next to the right share', body('Van de 500 woningen zijn er 160 aardgasvrij (32 procent; in de regio 28 procent).')],
  ['a change in procentpunt next to the part', body('Van de 300 leerlingen sport 60 procent wekelijks (180 leerlingen, 5 procentpunt meer dan in 2024).')],
  ['a relative clause, the part in brackets, holding', body('Van de 140 jongeren die zich meldden, was 30 procent jonger dan 18 jaar (42 jongeren).')]
]

describeBattery(percentageClaimCheck, defects, clean, 13)
