/** CI systems `kapstok init --ci` writes a file for. */
export const ciSystems = ['github', 'gitlab'] as const

/** A CI system `kapstok init --ci` knows. */
export type CiSystem = (typeof ciSystems)[number]

/** Where each CI system reads its configuration, relative to the repository root. */
export const ciFile: Record<CiSystem, string> = {
  github: '.github/workflows/kapstok.yml',
  gitlab: '.gitlab-ci.yml'
}

/**
 * The CI configuration that checks and builds a plan: on GitHub Actions annotations on the
 * changed lines, a SARIF report for code scanning and the built documents as an artifact; on
 * GitLab CI a code quality report and the documents as artifacts. The same text is in
 * `docs/ci.md`.
 *
 * @param system `github` or `gitlab`.
 * @param plan The plan folder, relative to the repository root.
 * @returns The file's text.
 */
export function ciText(system: CiSystem, plan: string): string {
  const p = plan === '' ? '.' : plan
  if (system === 'github') {
    return `# Controleert en bouwt het plan bij elke push en pull request (kapstok init --ci github).
name: kapstok
on: [push, pull_request]
permissions:
  contents: read
  security-events: write
jobs:
  kapstok:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install --no-save kapstok
      - name: Controleren (meldingen bij de regels)
        run: npx kapstok check ${p} --format github
      - name: Controleren (SARIF voor code scanning)
        if: always()
        run: npx kapstok check ${p} --format sarif --output-file kapstok.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: always()
        with:
          sarif_file: kapstok.sarif
      - name: Bouwen
        run: npx kapstok build ${p} --out out
      - uses: actions/upload-artifact@v4
        with:
          name: documenten
          path: out/
`
  }
  return `# Controleert en bouwt het plan in elke pipeline (kapstok init --ci gitlab).
kapstok:
  image: node:20
  script:
    - npm install --no-save kapstok
    - npx kapstok check ${p} --format gitlab --output-file gl-code-quality-report.json
    - npx kapstok build ${p} --out out
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
    paths:
      - out/
`
}
