/**
 * Whether a counted noun names the unit of a rate: the stem of a Dutch noun (plural endings off,
 * long vowels single), a unit after `per` and the nouns that count it (`openingsweken` at `per
 * week`, `pashouders` at `per pas`, `wijkcentra` at `per wijkcentrum`). Shared by the readers of
 * rates (rate-products and the ones built on it).
 */

import { isPersonNoun } from './person-nouns.js'

/**
 * The stem of a Dutch noun for comparing a counted noun with the unit after `per`: plural endings
 * off, long vowels and doubled consonants single (`weken`, `week`: `wek`; `velden`: `veld`).
 */
export function nounStem(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s$|(?<=\p{L}{2})(?:en|s)$/u, '')
    .replace(/([aeiou])\1/gu, '$1')
    .replace(/([^aeiou])\1$/u, '$1')
    // `brieven` and `brief`, `huizen` and `huis`: a plural voices the last consonant.
    .replace(/v$/u, 'f')
    .replace(/z$/u, 's')
}

const PER_HEAD = /^(?:persoon|hoofd|capita)$/iu
const PEOPLE = /^(?:inwoners|bewoners|deelnemers|leerlingen|medewerkers|cli[eë]nten|jongeren|ouderen|kinderen|volwassenen|personen|mensen|huurders|leden)$/iu

/**
 * Whether a counted noun names the unit after `per`: it is the unit or a compound ending in it
 * (`openingsweken`); a holder or user of one unit counts that unit too (`pashouders` at `per pas`).
 */
export const namesUnit = (noun: string, unit: string): boolean => {
  // `per persoon`, `per hoofd`: a rate per head names any count of people (`inwoners`, `deelnemers`,
  // `mantelzorgers`).
  if (PER_HEAD.test(unit) && (PEOPLE.test(noun) || isPersonNoun(noun))) return true
  // A unit in `-s` keeps it (`per clubhuis` for `clubhuizen`, `per bus` for `bussen`): its stem
  // is that of its plural, not the word with a plural's `-s` taken off.
  const u = nounStem(unit)
  const voiced = /s$/iu.test(unit) ? nounStem(`${unit}en`) : u
  const holder = /^(.+?)(?:houder|gebruiker|bezitter|eigenaar|eigenaren)s?$/iu.exec(noun)?.[1]
  // A plural in `-s` of a noun in `-en` (`huishoudens`, `per huishouden`) keeps the whole unit.
  const plural = noun.toLowerCase().replace(/['’]?s$/u, '')
  // A short unit in `-s` (`les`, `bus`) loses that `s` to the stem; its plural (`lessen`) stems to the unit itself.
  if (nounStem(noun) === unit.toLowerCase()) return true
  // An English plural in `-es` after `ch`/`sh` (`buurtcoaches` at `per coach`, `per sandwich`).
  if (/[cs]h$/iu.test(unit) && noun.toLowerCase().replace(/(?<=[cs]h)es$/u, '').endsWith(unit.toLowerCase())) return true
  // A Latin plural in `-a` of a unit in `-um` (`wijkcentra`, `per wijkcentrum`; `musea`).
  if (/um$/iu.test(unit) && unit.length >= 5 && noun.toLowerCase().endsWith(`${unit.toLowerCase().slice(0, -2)}a`)) return true
  return u.length >= 2 && (nounStem(noun).endsWith(u) || nounStem(noun).endsWith(voiced) || (plural !== noun.toLowerCase() && plural.endsWith(unit.toLowerCase())) || (holder !== undefined && nounStem(holder) === u))
}

// `coaches` for `buurtcoach`: the counted noun is the last part of the compound unit.
export const shortForm = (noun: string, unit: string): boolean => {
  // `coaches`: a loanword's plural in `-es` keeps an `e` after the stem.
  const stem = nounStem(noun).replace(/(?<=[^aeiou]h)e$/u, '')
  return stem.length >= 4 && unit.length > stem.length && nounStem(unit).endsWith(stem)
}

// Up to two words right after a count: the counted noun is one of them (`18 deelnemers`, `3.800 losse jaarkaarten`).
const TWO_WORDS = /^\s*(?:[\p{L}-]+\s+){0,1}[\p{L}-]+/u

/** The (at most two) words right after a count, where its counted noun stands. */
export function wordsAfter(text: string): string[] {
  return TWO_WORDS.exec(text)?.[0].match(/[\p{L}-]+/gu) ?? []
}
