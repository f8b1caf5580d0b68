import { describe, expect, it } from 'vitest'
import { github } from '../../packages/reporters/index.js'
import { cwd, diagnostic, sampleInput } from './input.js'

describe('github', () => {
  it('should print one workflow command per message with file, region and rule id as title', () => {
    expect(github(sampleInput())).toBe(
      [
        '::warning file=agenda.md,line=3,col=1,endLine=3,endColumn=10,title=heading-case::Kop `inleiding` begint met een kleine letter: gebruik `Inleiding`',
        '::error file=agenda.md,line=12,col=3,endLine=12,endColumn=10,title=agenda-date-order::Onverwachte einddatum `01-2019`: ligt vóór de startdatum `medio 2022`',
        '::error file=begroting.md,line=40,col=15,endLine=40,endColumn=17,title=reference-exists::Onbekend programma `P9`: gebruik een id uit `programmas`'
      ].join('\n')
    )
  })

  it('should use `::notice` for info and annotate the whole file when there is no place', () => {
    const input = {
      cwd,
      files: [
        { path: `${cwd}/a.md`, messages: [diagnostic('Ter info', 'rule-b', 'info', 'a.md', 2, 1, 3)] },
        { path: `${cwd}/plan.yaml`, messages: [diagnostic('Geen documenten', 'plan-empty', 'error', 'plan.yaml')] }
      ]
    }
    expect(github(input)).toBe(
      [
        '::notice file=a.md,line=2,col=1,endLine=2,endColumn=3,title=rule-b::Ter info',
        '::error file=plan.yaml,title=plan-empty::Geen documenten'
      ].join('\n')
    )
  })

  it('should escape `%`, `\\r` and `\\n` in the message and also `:` and `,` in properties', () => {
    const message = diagnostic('Bedrag `12,5%`: geen geheel\r\naantal centen', 'money-cents', 'error', 'b,c:d%.md', 1)
    const input = { cwd, files: [{ path: `${cwd}/b,c:d%.md`, messages: [message] }] }
    expect(github(input)).toBe(
      '::error file=b%2Cc%3Ad%25.md,line=1,col=1,endLine=1,endColumn=6,title=money-cents::Bedrag `12,5%25`: geen geheel%0D%0Aaantal centen'
    )
  })

  it('should print nothing when there are no messages', () => {
    expect(github({ cwd, files: [{ path: `${cwd}/clean.md`, messages: [] }] })).toBe('')
  })
})
