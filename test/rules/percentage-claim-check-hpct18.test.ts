import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hpct18, four shapes of a percentage the numbers contradict, written before changing the rule's code:
// a part with a label or bound between it and a pointing share (`klasse 1 of 2; dat is …`, `een 7 of hoger`),
// `negen op de tien` with `bijna`/`ruim`/`ongeveer` said of what in tenths is eight, a growth against a year whose
// level stands sentences or paragraphs up in the section, and a change said as its difference and end level
// (`met € 40.000 tot € 240.000`, also in mixed magnitudes: `met 300 duizend euro tot € 1,2 miljoen`).
// Look-alikes: the same shapes right, rounded percentages, a share of another whole, a growth against another year.
// Start code: 5 of 17 caught (the first by a wrong reading: the `2` of `klasse 1 of 2` as the part; the level of a year
// named by it by the pair beside it), and those two right look-alikes flagged. After: 17 of 17, all look-alikes quiet.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  // A label or a bound between the part and a pointing share.
  ['class label between part and share', body('Bij de keuring in 2024 vielen 45 van de 120 bruggen in klasse 1 of 2; dat is 41 procent van het areaal.'), '41 procent'],
  ['grade bound between part and share', body('Van de 75 deelnemers haalden er 48 een 7 of hoger; dat is 70 procent van de cursisten.'), '70 procent'],
  ['age bound between part and share', body('Vorig jaar waren 130 van de 400 bezoekers 65 jaar of ouder, dat is 38 procent van het publiek.'), '38 procent'],
  ['zone label, share in digits', body('Op 1 januari woonden 210 van de 600 huurders in zone 3, dat is 40% van het bestand.'), '40%'],
  // Nine in ten said of what is eight in ten.
  ['bijna negen op de tien after a pair', body('Van de 150 aanvragen voor een gevelsubsidie zijn er 123 gehonoreerd, bijna negen op de tien.'), 'negen op de tien'],
  ['bijna negen op de tien, whole in brackets after a noun phrase', body('Bij de grootste vestiging, met de meeste uitleningen (5.200), kwamen 4.230 boeken op tijd terug: bijna negen op de tien.'), 'negen op de tien'],
  ['ongeveer negen op de tien', body('Ongeveer negen op de tien ondervraagde ouders (205 van de 250) vindt de schoolroute veilig.'), 'negen op de tien'],
  ['bijna negen op de tien before the pair', body('Bijna negen op de tien huurders, 338 van de 416, betaalt de huur per automatische incasso.'), 'negen op de tien'],
  // A growth against a year whose level stands further up the section.
  ['growth against a year two sentences up', body('Voor 2024 stelden we de huur van een volkstuin vast op € 80. Dat bedrag gold voor alle tuinen.', '', 'Voor 2026 verhogen we de huur naar € 92, 20 procent meer dan in 2024.'), '20 procent'],
  ['growth against a year paragraphs up, counts', body('In 2023 telde de bibliotheek 4.000 leden.', '', 'Het aantal uitleningen bleef gelijk.', '', 'In 2025 zijn het er 4.700, 25 procent meer dan in 2023.'), '25 procent'],
  ['tariff higher than the year before', body('Het tarief voor 2025 is € 2,40 per container. Inwoners betalen per lediging.', '', 'In 2026 wordt het € 2,60, 12 procent hoger dan in 2025.'), '12 procent'],
  ['small round ten against a year up', body('Voor 2024 trokken we € 4,00 per leerling uit voor cultuuronderwijs.', '', 'In 2026 gaat dat naar € 4,32 per leerling, 10 procent meer dan in 2024.'), '10 procent'],
  ['growth above the level of a year named by it', body('De eigen bijdrage is in 2023 vastgesteld op € 12,00.', '', 'In 2024 blijft die € 12,50 en in 2025 wordt het € 13,00: ruim 12 procent boven het niveau van 2023.'), '12 procent'],
  // A difference and an end level.
  ['met D tot N, verhogen', body('We verhogen het subsidieplafond met € 40.000 tot € 240.000, een stijging van 25 procent.'), '25 procent'],
  ['met D tot N in mixed magnitudes, verlagen', body('Per 2027 verlagen we het budget voor evenementen met 300 duizend euro tot € 1,2 miljoen, een daling van 25 procent.'), '25 procent'],
  ['met D tot N, the direction in the share', body('Het aantal standplaatsen op de markt breiden we met 12 uit tot 60, een groei van 20 procent.'), '20 procent'],
  ['met D tot N in millions, verhoogt', body('Het college verhoogt de bijdrage aan de veiligheidsregio met € 0,2 miljoen tot € 2,2 miljoen: een plus van 12 procent.'), '12 procent']
]

const clean: CleanWording[] = [
  ['class label between part and share, right', body('Bij de keuring in 2024 vielen 45 van de 120 bruggen in klasse 1 of 2; dat is 37,5 procent van het areaal.')],
  ['a count between part and share is of something else', body('Van de 80 scholen deden er 24 mee aan 3 projecten; dat is 40 procent van de provincie.')],
  ['age bound, share of a wider whole elsewhere', body('Vorig jaar waren 130 van de 400 bezoekers 65 jaar of ouder, dat is 3 procent van alle ouderen in de regio.')],
  ['ruim acht op de tien, right', body('Van de 150 aanvragen voor een gevelsubsidie zijn er 123 gehonoreerd, ruim acht op de tien.')],
  ['bijna negen op de tien, right', body('Bij de grootste vestiging, met de meeste uitleningen (5.200), kwamen 4.560 boeken op tijd terug: bijna negen op de tien.')],
  ['bijna de helft, its usual margin', body('Van de 90 gemalen zijn er 41 ouder dan dertig jaar, bijna de helft.')],
  ['growth against a year up, rounded', body('Voor 2024 stelden we de huur van een volkstuin vast op € 80. Dat bedrag gold voor alle tuinen.', '', 'Voor 2026 verhogen we de huur naar € 92, 15 procent meer dan in 2024.')],
  ['growth against the other year named, right', body('In 2024 was de huur € 80. In 2025 was dat € 84.', '', 'In 2026 wordt het € 92, bijna 10 procent meer dan in 2025.')],
  ['a round ten that rounds the growth', body('Het tarief voor 2025 is € 2,40 per container.', '', 'In 2026 wordt het € 2,63, 10 procent hoger dan in 2025.')],
  ['growth above the level of a year named by it, right (not the pair beside it)', body('De eigen bijdrage is in 2023 vastgesteld op € 12,00.', '', 'In 2024 blijft die € 12,50 en in 2025 wordt het € 13,00: ruim 8 procent boven het niveau van 2023.')],
  ['a year up whose level is a part of the later one', body('In 2024 kwamen 2.450 meldingen via de app binnen.', '', 'In 2025 waren het er in totaal 3.900, 14 procent meer dan in 2024.')],
  ['a year up with two amounts of its own', body('In 2024 kostte een volkstuin € 80 en een kas € 150.', '', 'In 2026 betaalt men € 92, 20 procent meer dan in 2024.')],
  ['met D tot N, right', body('We verhogen het subsidieplafond met € 40.000 tot € 240.000, een stijging van 20 procent.')],
  ['met D tot N in mixed magnitudes, right with ruim', body('Vanaf 2029 verhogen we de jaarlijkse bijdrage met 150 duizend euro tot € 1,8 miljoen, een stijging van ruim 9 procent.')],
  ['met D tot N, procentpunt of a rate', body('We verhogen het aandeel groene daken met 4 procentpunt tot 30%, een stijging van 15 procent.')],
  ['met D tot N, percentage of the end level named', body('We verhogen het budget met € 50.000 tot € 250.000; de helft daarvan, 50 procent, gaat naar de wijken.')]
]

describeBattery(percentageClaimCheck, defects, clean, 17)
