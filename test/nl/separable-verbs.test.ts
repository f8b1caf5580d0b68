import { describe, expect, it } from 'vitest'
import { hasSeparableVerb, isVerbParticle } from '@kapstok/nl'

const words = (clause: string): string[] => clause.split(/\s+/)

describe('hasSeparableVerb', () => {
  it.each([
    ['Wij nemen dit', 'mee'],
    ['Het college stelt een wijziging', 'voor'],
    ['Dat valt', 'op'],
    ['De gemeente voert de taak', 'uit'],
    ['Het aantal aanvragen nam vorig jaar', 'af'],
    ['We passen de regeling', 'aan'],
    ['De raad gaf het verzoek', 'door'],
    ['De wethouder legt het plan', 'voor'],
    ['Wij zetten de pilot', 'door']
  ])('should read %j + %j as a separable verb', (clause, particle) => {
    expect(hasSeparableVerb(words(clause), particle)).toBe(true)
  })

  it.each([
    ['We werken samen met de partners', 'van'],
    ['De subsidie is bedoeld', 'voor'],
    ['We kiezen een aanpak', 'op'],
    ['Het betreft de inwoners', 'in'],
    ['Wij kiezen voor de aanpak', 'op']
  ])('should not read %j + %j as a separable verb', (clause, particle) => {
    expect(hasSeparableVerb(words(clause), particle)).toBe(false)
  })
})

describe('isVerbParticle', () => {
  it('should know particles and not other words', () => {
    expect(['op', 'Aan', 'uit', 'voor', 'om'].map(isVerbParticle)).toEqual([true, true, true, true, true])
    expect(['van', 'naar', 'de', 'met'].map(isVerbParticle)).toEqual([false, false, false, false])
  })
})
