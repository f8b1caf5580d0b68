import { describe, expect, it } from 'vitest'
import { parseDutchPeriod } from '@kapstok/nl'

// The school calendar and spans of quarters, winters and months as agenda cells write them:
// each reading is the first and last day the words can mean.
const spans: Array<[string, string, string, number]> = [
  ['schooljaar 2027-2028', '2027-08-01', '2028-07-31', 1],
  ['Schooljaar 2029/2030', '2029-08-01', '2030-07-31', 1],
  ['schooljaar 2027/28', '2027-08-01', '2028-07-31', 1],
  ['schooljaar 28/29', '2028-08-01', '2029-07-31', 1],
  ['cursusjaar 2026-2027', '2026-08-01', '2027-07-31', 1],
  ['start schooljaar 2027-2028', '2027-08-01', '2027-10-31', 0.8],
  ['einde van het schooljaar 2027-2028', '2028-05-01', '2028-07-31', 0.8],
  ['zomervakantie 2028', '2028-07-01', '2028-09-05', 0.8],
  ['herfstvakantie 2027', '2027-10-01', '2027-10-31', 0.8],
  ['kerstvakantie 2027', '2027-12-15', '2028-01-10', 0.8],
  ['meivakantie 2029', '2029-04-20', '2029-05-10', 0.8],
  ['na de zomervakantie 2027', '2027-09-05', '2027-11-30', 0.6],
  ['Q1-Q2 2028', '2028-01-01', '2028-06-30', 1],
  ['Q3/Q4 2029', '2029-07-01', '2029-12-31', 1],
  ['eind Q2 2028', '2028-06-01', '2028-06-30', 0.8],
  ['begin Q4 2027', '2027-10-01', '2027-10-31', 0.8],
  ['laatste kwartaal 2029', '2029-10-01', '2029-12-31', 1],
  ['laatste helft 2028', '2028-07-01', '2028-12-31', 1],
  ['primo 2028', '2028-01-01', '2028-03-31', 0.8],
  ['winter 2027-2028', '2027-12-01', '2028-02-29', 0.8],
  ['winter 2028/29', '2028-12-01', '2029-02-28', 0.8],
  ['december 2027/januari 2028', '2027-12-01', '2028-01-31', 1]
]

describe('parseDutchPeriod: the school calendar and spans', () => {
  it.each(spans)('should read %s as %s to %s', (text, start, end, confidence) => {
    const reading = parseDutchPeriod(text)
    expect([reading.kind, reading.start, reading.end, reading.confidence]).toEqual(['period', start, end, confidence])
  })

  // Not a school year: two years that do not follow each other, and a year range without the word.
  it.each([
    ['schooljaar 2027-2029', 'event'],
    ['2027-2028', 'period']
  ])('should not read %s as a school year', (text, kind) => {
    const reading = parseDutchPeriod(text)
    expect(reading.kind).toBe(kind)
    expect(reading.form).not.toMatch(/^school/)
  })
})
