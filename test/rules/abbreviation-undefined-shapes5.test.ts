import { abbreviationUndefined } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Wave 5 cause, with look-alikes: letters before the name of a place the plan itself writes as a
// place (`in Zuidoost-Veluwe`, `de regio Noorderkempen`) open the name of a local or regional body
// (`RMC Zuidoost-Veluwe`), like letters before the municipality's own name: still letters to
// explain. Letters before another capitalised word stay part of a name (`ABC Advies`).
const defects: DefectWording[] = [
  ['letters before a region in a source cell', ['# Indicatoren', '', 'De gemeenten in Zuidoost-Achterland werken samen aan de schoolloopbaan.', '', '| Indicator | 2024 | Bron |', '|---|---|---|', '| Voortijdig schoolverlaten | 1,4 | VRD Zuidoost-Achterland |'], '`VRD`'],
  ['letters before a region named after regio', ['# Inkoop', '', 'De BSD Noorderkempen koopt de jeugdhulp in voor de regio Noorderkempen.'], '`BSD`'],
  ['letters before a region in a sentence, no article', ['# Toegang', '', 'Voor alle inwoners in Rivierenland is er één loket. Aanmelden kan bij VMD Rivierenland of bij het wijkteam.'], '`VMD`'],
  ['letters before a region in a list item', ['# Partners', '', 'We werken met alle gemeenten in het Lingeveld.', '', '- de woningcorporaties;', '- het WSP Lingeveld;', '- de huisartsen.'], '`WSP`']
]

const clean: CleanWording[] = [
  ['a company name', ['# Partners', '', 'Het onderzoek is uitgevoerd door KWB Advies in opdracht van de gemeente.']],
  ['letters before a region, explained', ['# Indicatoren', '', 'De Vereniging Regionale Dienstverlening (VRD) houdt de cijfers bij voor de gemeenten in Zuidoost-Achterland.', '', '| Indicator | Bron |', '|---|---|', '| Voortijdig schoolverlaten | VRD Zuidoost-Achterland |']],
  ['letters before a name that is no place of the plan', ['# Cultuur', '', 'Dit doen we samen met DKO Kunstwerk, de muziekschool in Veldhoorn.']],
  ['a name in capitals after what it is', ['# Zomer', '', 'Samen met Stichting MARE organiseren we de zomerschool voor nieuwkomers.']],
  ['a level after niveau', ['# Dienstverlening', '', 'De digitale formulieren halen in 2027 toegankelijkheidsniveau AA.']],
  ['a technical word in capitals', ['# Sporthal', '', 'De sporthal krijgt zuinige LED-verlichting en zonnepanelen.']],
  ['a place written in capitals before a place', ['# Wijken', '', 'De wijk ligt in Oost. Het project OOST Vernieuwt loopt tot 2028.']]
]

describeWordings(abbreviationUndefined, defects, clean)
