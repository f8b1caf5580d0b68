import { groupEntries, position, type Entry } from './entries.js'
import type { Reporter, ReporterOptions } from './types.js'

/** Dutch word for each severity, used in failure text. */
const words = { error: 'fout', warning: 'waarschuwing', info: 'info' } as const

/**
 * JUnit XML for CI systems that show test results (GitLab, Jenkins, Azure): `<testsuites>`
 * with one `<testsuite>` per file and one `<testcase>` per message, named
 * `<rule-id> <line>:<column>`. Errors are `<failure>`s; warnings too with
 * `warningsAsFailures`, otherwise they and info messages are passing test cases with the
 * message in `<system-out>`. A file without messages gets one passing test case, so every
 * checked file shows up.
 *
 * @param input Files and messages.
 * @param options `warningsAsFailures` (default: `false`).
 * @returns The XML document, without a final newline.
 */
export const junit: Reporter = (input, options = {}) => {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  for (const group of groupEntries(input)) {
    const cases = group.entries.map((entry) => testCase(entry, options))
    const failed = cases.filter((item) => item.failed).length
    const body =
      cases.length === 0
        ? [`    <testcase name="kapstok" classname="${escape(group.path)}"/>`]
        : cases.map((item) => item.xml)
    tests += body.length
    failures += failed
    suites.push(
      `  <testsuite name="${escape(group.path)}" tests="${body.length}" failures="${failed}" errors="0">`,
      ...body,
      '  </testsuite>'
    )
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kapstok" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>'
  ].join('\n')
}

/**
 * The `<testcase>` for one message.
 *
 * @param entry A message entry.
 * @param options Reporter options.
 * @returns Its XML and whether it is a failure.
 */
function testCase(entry: Entry, options: ReporterOptions): { xml: string; failed: boolean } {
  const { json } = entry
  const place = position(entry)
  const name = [json.ruleId ?? 'kapstok', place].filter(Boolean).join(' ')
  const text = `${place ?? '-'} ${words[json.severity]} ${json.message}${json.url ? ` (${json.url})` : ''}`
  const failed = json.severity === 'error' || (json.severity === 'warning' && options.warningsAsFailures === true)
  const inner = failed
    ? `<failure message="${escape(json.message)}" type="${json.severity}">${escape(text)}</failure>`
    : `<system-out>${escape(text)}</system-out>`
  return {
    xml: `    <testcase name="${escape(name)}" classname="${escape(entry.path)}">\n      ${inner}\n    </testcase>`,
    failed
  }
}

/**
 * Escape text for XML attributes and content; drops characters XML 1.0 cannot contain.
 *
 * @param value Raw text.
 * @returns Escaped text.
 */
function escape(value: string): string {
  return value
    .replaceAll(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}
