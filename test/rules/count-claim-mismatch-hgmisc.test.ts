import { countClaimMismatch } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hgmisc battery, written before reading the rule's code: a count announced with a relative
// clause (`, die …`, `, waarvan …`, `, waarover …`) between the counted noun and the colon that
// opens the list. The clause says something about the counted things; the list still counts them.
const s = (intro: string, items: string[], numbered = false): string[] => [
  '# Aanpak', '', intro, '', ...items.map((item, i) => (numbered ? `${i + 1}. ${item}` : `- ${item}`)), ''
]

const defects: BatteryWording[] = [
  ['a relative clause with die', s('We hanteren drie soorten vergunningen, die we per aanvraag beoordelen:', ['de tijdelijke vergunning;', 'de vaste vergunning;', 'de evenementenvergunning;', 'de ontheffing voor de markt.']), 'drie'],
  ['a clause with waarvan', s('Het wijkteam houdt twee spreekuren, waarvan de tijden hieronder staan:', ['dinsdagochtend in het buurthuis;', 'donderdagmiddag in de bibliotheek;', 'vrijdagavond in de sporthal.']), 'twee'],
  ['digits and a numbered list', s('We onderscheiden 5 doelgroepen, die elk een eigen aanpak krijgen:', ['jongeren tot 18 jaar;', 'studenten;', 'ouders met jonge kinderen;', 'ouderen boven de 75.'], true), '5'],
  ['a clause with waarover', s('De regeling bestaat uit vier onderdelen, waarover de raad in het najaar besluit:', ['een vaste bijdrage per leerling;', 'een toeslag voor kleine scholen;', 'een budget voor vervoer.']), 'vier'],
  ['a long clause with a comma inside', s('We kiezen zes proeflocaties, die verspreid over de gemeente liggen en goed bereikbaar zijn, voor de eerste ronde:', ['het marktplein;', 'de haven;', 'het station;', 'het park aan de rand;', 'de oude school.']), 'zes'],
  // `per` inside the relative clause says how each item is used, not that the count is per something.
  ['per inside the relative clause', s('Er komen drie spreekuren, die per kern op een andere dag vallen:', ['maandag in het dorpshuis;', 'woensdag in de kerk;', 'vrijdag in de school;', 'zaterdag op het plein.']), 'drie'],
  ['a yearly indexation in the clause', s('De gemeente kent twee tarieven, die per jaar worden geïndexeerd:', ['het gewone tarief;', 'het tarief voor verenigingen;', 'het tarief voor scholen.'], true), 'twee'],
  ['zones mowed per season, digits', s('We onderscheiden 5 zones, die we per seizoen anders onderhouden:', ['de oever;', 'het speelveld;', 'de bloemrand;', 'het bos;', 'de hondenweide;', 'de moestuin.']), '5'],
  ['a clause with waar', s('Het beleid rust op drie pijlers, waar alle acties onder vallen:', ['preventie;', 'vroeg signaleren;', 'snelle hulp;', 'nazorg.'], true), 'drie']
]

const clean: CleanWording[] = [
  ['a matching list after the clause', s('We hanteren drie soorten vergunningen, die we per aanvraag beoordelen:', ['de tijdelijke vergunning;', 'de vaste vergunning;', 'de ontheffing voor de markt.'])],
  // The list names the ones picked first, a subset the clause announces.
  ['a clause that counts a subset', s('Er zijn vijf wijken, waarvan we er twee als eerste aanpakken:', ['de Noordhoek;', 'het Havenkwartier.'])],
  // The list is about something else than the counted noun: the steps, not the staff.
  ['a count of people and a list of steps', s('Sinds vorig jaar werken vier medewerkers aan de regeling, die in drie stappen verloopt:', ['de aanvraag;', 'het gesprek;', 'het besluit.'], true)],
  ['highlights after a full stop', s('We werken met vier teams, die elk een eigen wijk hebben. De drukste zijn:', ['team Oost;', 'team Centrum.'])],
  // `per` before the relative clause: the count is per wijk, the list holds all of them.
  ['per before the relative clause', s('We nemen drie acties per wijk, die we hieronder noemen:', ['Noord: een buurtapp;', 'Noord: een schouw;', 'Zuid: een buurtapp;', 'Zuid: een opruimdag;', 'Oost: een schouw.'])],
  ['per inside the clause, a matching list', s('Er komen drie spreekuren, die per kern op een andere dag vallen:', ['maandag in het dorpshuis;', 'woensdag in de kerk;', 'vrijdag in de school.'])],
  ['a numbered list matching digits', s('We onderscheiden 4 doelgroepen, die elk een eigen aanpak krijgen:', ['jongeren;', 'studenten;', 'ouders;', 'ouderen.'], true)]
]

describeBattery(countClaimMismatch, defects, clean, 6)
