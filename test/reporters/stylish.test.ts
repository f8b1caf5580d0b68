import { describe, expect, it } from 'vitest'
import { stylish } from '../../packages/reporters/index.js'
import { cwd, diagnostic, sampleInput } from './input.js'

describe('stylish', () => {
  it('should group messages per file, sorted by place, in aligned columns with a Dutch summary', () => {
    expect(stylish(sampleInput())).toBe(
      [
        'agenda.md',
        '  3:1   waarschuwing  Kop `inleiding` begint met een kleine letter: gebruik `Inleiding`      heading-case',
        '  12:3  fout          Onverwachte einddatum `01-2019`: ligt vóór de startdatum `medio 2022`  agenda-date-order',
        '',
        'begroting.md',
        '  40:15  fout  Onbekend programma `P9`: gebruik een id uit `programmas`  reference-exists',
        '',
        '✖ 3 problemen (2 fouten, 1 waarschuwing)'
      ].join('\n')
    )
  })

  it('should colour the path, severities, rule ids and summary with ANSI codes when `color` is true', () => {
    expect(stylish(sampleInput(), { color: true })).toBe(
      [
        '\u001B[4magenda.md\u001B[24m',
        '  3:1   \u001B[33mwaarschuwing\u001B[39m  Kop `inleiding` begint met een kleine letter: gebruik `Inleiding`      \u001B[2mheading-case\u001B[22m',
        '  12:3  \u001B[31mfout\u001B[39m          Onverwachte einddatum `01-2019`: ligt vóór de startdatum `medio 2022`  \u001B[2magenda-date-order\u001B[22m',
        '',
        '\u001B[4mbegroting.md\u001B[24m',
        '  40:15  \u001B[31mfout\u001B[39m  Onbekend programma `P9`: gebruik een id uit `programmas`  \u001B[2mreference-exists\u001B[22m',
        '',
        '\u001B[1m\u001B[31m✖\u001B[39m 3 problemen (2 fouten, 1 waarschuwing)\u001B[22m'
      ].join('\n')
    )
  })

  it('should use singular nouns for one problem', () => {
    const input = { cwd, files: [{ path: `${cwd}/a.md`, messages: [diagnostic('Fout `x`', 'rule-a', 'error', 'a.md', 2)] }] }
    expect(stylish(input)).toBe('a.md\n  2:1  fout  Fout `x`  rule-a\n\n✖ 1 probleem (1 fout)')
  })

  it('should mark warnings and info without errors with ⚠ and count them separately', () => {
    const input = {
      cwd,
      files: [
        {
          path: `${cwd}/a.md`,
          messages: [
            diagnostic('Let op `x`', 'rule-a', 'warning', 'a.md', 1),
            diagnostic('Ter info', 'rule-b', 'info', 'a.md', 2),
            diagnostic('Ook ter info', 'rule-b', 'info', 'a.md', 3)
          ]
        }
      ]
    }
    expect(stylish(input)).toBe(
      [
        'a.md',
        '  1:1  waarschuwing  Let op `x`    rule-a',
        '  2:1  info          Ter info      rule-b',
        '  3:1  info          Ook ter info  rule-b',
        '',
        '⚠ 3 problemen (1 waarschuwing, 2 info)'
      ].join('\n')
    )
  })

  it('should show `-` as the position of a message without a place, before placed ones', () => {
    const input = {
      cwd,
      files: [
        {
          path: `${cwd}/plan.yaml`,
          messages: [
            diagnostic('Sleutel `titel` ontbreekt', 'schema-required', 'error', 'plan.yaml', 4),
            diagnostic('Geen documenten in deze map', 'plan-empty', 'error', 'plan.yaml')
          ]
        }
      ]
    }
    expect(stylish(input)).toBe(
      [
        'plan.yaml',
        '  -    fout  Geen documenten in deze map  plan-empty',
        '  4:1  fout  Sleutel `titel` ontbreekt    schema-required',
        '',
        '✖ 2 problemen (2 fouten)'
      ].join('\n')
    )
  })

  it('should say that there are no problems, in green with colour', () => {
    const input = { cwd, files: [{ path: `${cwd}/clean.md`, messages: [] }] }
    expect(stylish(input)).toBe('✔ Geen problemen gevonden')
    expect(stylish(input, { color: true })).toBe('\u001B[32m✔\u001B[39m Geen problemen gevonden')
    expect(stylish({ files: [] })).toBe('✔ Geen problemen gevonden')
  })
})
