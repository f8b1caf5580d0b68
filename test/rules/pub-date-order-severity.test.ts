import { describe, expect, it } from 'vitest'
import { PlanFile, type Plan } from '@kapstok/core'
import { pubDateOrder, runRule } from '@kapstok/rules'
import { model } from './helpers.js'

// A raadsbesluit signed before the meeting that took it cannot be (an error); signed a few days
// after it is unusual but happens (a warning): the text does not prove that date wrong.
function severities(vergaderdatum: string, ondertekening: string): string[] {
  const plan = model({ besluit: { vergaderdatum } } as Partial<Plan>, { status: 'vastgesteld', publicatie: { ondertekening } } as Partial<Plan['document']>)
  const file = new PlanFile('plan.json')
  file.model = plan
  runRule(pubDateOrder.rule, pubDateOrder.check, plan, file, { settings: {} })
  return file.messages.map((m) => (m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info'))
}

describe('pub-date-order: severity of a signing date that differs from the meeting', () => {
  it('should report signing before the meeting as an error', () => {
    expect(severities('2027-03-11', '2027-03-09')).toEqual(['error'])
  })
  it('should report signing after the meeting as a warning', () => {
    expect(severities('2027-03-11', '2027-03-12')).toEqual(['warning'])
  })
  it('should stay quiet when both dates are the same', () => {
    expect(severities('2027-03-11', '2027-03-11')).toEqual([])
  })
})
