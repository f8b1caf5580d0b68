import { describe, expect, it } from 'vitest'
import { junit } from '../../packages/reporters/index.js'
import { cwd, diagnostic, sampleInput } from './input.js'

/** Docs URL of a fixture rule. */
const docs = (id: string) => `https://github.com/kapstok/kapstok/blob/main/docs/rules/${id}.md`

describe('junit', () => {
  it('should write a test suite per file and a test case per message, with errors as failures', () => {
    expect(junit(sampleInput())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="kapstok" tests="4" failures="2" errors="0">',
        '  <testsuite name="agenda.md" tests="2" failures="1" errors="0">',
        '    <testcase name="heading-case 3:1" classname="agenda.md">',
        `      <system-out>3:1 waarschuwing Kop \`inleiding\` begint met een kleine letter: gebruik \`Inleiding\` (${docs('heading-case')})</system-out>`,
        '    </testcase>',
        '    <testcase name="agenda-date-order 12:3" classname="agenda.md">',
        `      <failure message="Onverwachte einddatum \`01-2019\`: ligt vóór de startdatum \`medio 2022\`" type="error">12:3 fout Onverwachte einddatum \`01-2019\`: ligt vóór de startdatum \`medio 2022\` (${docs('agenda-date-order')})</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="begroting.md" tests="1" failures="1" errors="0">',
        '    <testcase name="reference-exists 40:15" classname="begroting.md">',
        `      <failure message="Onbekend programma \`P9\`: gebruik een id uit \`programmas\`" type="error">40:15 fout Onbekend programma \`P9\`: gebruik een id uit \`programmas\` (${docs('reference-exists')})</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="clean.md" tests="1" failures="0" errors="0">',
        '    <testcase name="kapstok" classname="clean.md"/>',
        '  </testsuite>',
        '</testsuites>'
      ].join('\n')
    )
  })

  it('should report warnings as failures with `warningsAsFailures`, but never info', () => {
    const input = {
      cwd,
      files: [
        {
          path: `${cwd}/a.md`,
          messages: [diagnostic('Let op', 'rule-a', 'warning', 'a.md', 1), diagnostic('Ter info', 'rule-b', 'info', 'a.md', 2)]
        }
      ]
    }
    const xml = junit(input, { warningsAsFailures: true })
    expect(xml).toContain('<testsuites name="kapstok" tests="2" failures="1" errors="0">')
    expect(xml).toContain(`      <failure message="Let op" type="warning">1:1 waarschuwing Let op (${docs('rule-a')})</failure>`)
    expect(xml).toContain(`      <system-out>2:1 info Ter info (${docs('rule-b')})</system-out>`)
  })

  it('should escape `<`, `&`, `"` and `\'` and drop characters XML cannot hold', () => {
    const message = diagnostic('Waarde `<a & "b">` is \'fout\'\u0007', 'rule-<x>', 'error', 'a&b.md')
    message.url = undefined
    const xml = junit({ cwd, files: [{ path: `${cwd}/a&b.md`, messages: [message] }] })
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="kapstok" tests="1" failures="1" errors="0">',
        '  <testsuite name="a&amp;b.md" tests="1" failures="1" errors="0">',
        '    <testcase name="rule-&lt;x&gt;" classname="a&amp;b.md">',
        '      <failure message="Waarde `&lt;a &amp; &quot;b&quot;&gt;` is &apos;fout&apos;" type="error">- fout Waarde `&lt;a &amp; &quot;b&quot;&gt;` is &apos;fout&apos;</failure>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>'
      ].join('\n')
    )
  })

  it('should write well-formed XML: every element closed in order', () => {
    const xml = junit(sampleInput())
    const stack: string[] = []
    for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([\w-]+)[^>]*?(\/?)>/g)) {
      if (closing) expect(stack.pop()).toBe(name)
      else if (!selfClosing) stack.push(name ?? '')
    }
    expect(stack).toEqual([])
    expect(xml.replaceAll(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/&/)
  })
})
