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
  ['a clause with waar', s('Het beleid rust op drie pijlers, waar alle acties onder vallen:', ['preventie;', 'vroeg signaleren;', 'snelle hulp;', 'nazorg.'], true), 'drie']
]

const clean: CleanWording[] = [
  ['a matching list after the clause', s('We hanteren drie soorten vergunningen, die we per aanvraag beoordelen:', ['de tijdelijke vergunning;', 'de vaste vergunning;', 'de ontheffing voor de markt.'])],
  // The list names the ones picked first, a subset the clause announces.
  ['a clause that counts a subset', s('Er zijn vijf wijken, waarvan we er twee als eerste aanpakken:', ['de Noordhoek;', 'het Havenkwartier.'])],
  // The list is about something else than the counted noun: the steps, not the staff.
  ['a count of people and a list of steps', s('Sinds vorig jaar werken vier medewerkers aan de regeling, die in drie stappen verloopt:', ['de aanvraag;', 'het gesprek;', 'het besluit.'], true)],
  ['highlights after a full stop', s('We werken met vier teams, die elk een eigen wijk hebben. De drukste zijn:', ['team Oost;', 'team Centrum.'])],
  ['a numbered list matching digits', s('We onderscheiden 4 doelgroepen, die elk een eigen aanpak krijgen:', ['jongeren;', 'studenten;', 'ouders;', 'ouderen.'], true)]
]

describeBattery(countClaimMismatch, defects, clean, 0)
