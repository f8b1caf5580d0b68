import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { builtinPackPackage, checkColors, defaultPackName, PackError, resolvePackDir } from '@kapstok/packs'
import { EXIT, UsageError, type CliIo } from '../io.js'
import { translateArgError } from '../main.js'

/** Primary colour of a new pack unless `--kleur` gives one. */
const defaultPrimary = '#5a2d82'

/** The package the new pack extends. */
const basePackage = builtinPackPackage(defaultPackName)

/**
 * `kapstok pack new <naam>`: write a template pack `kapstok-pack-<naam>/` that extends the
 * default pack (`"extends": "@kapstok/pack-nl-gemeente"` in `pack.json`): it inherits every
 * layout, partial, stylesheet, label and the PDF layout, and has only its own colour, its own
 * logo, one overridden partial (`colofon`) and a README, with a `package.json` ready for
 * `npm publish`.
 *
 * @param args Arguments after `pack`.
 * @param io Streams and working folder.
 * @returns Exit code: 0 written, 2 usage error or folder already there.
 */
export async function packCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parsePackArgs(args)
  const [sub, name, ...extra] = positionals
  if (sub !== 'new') throw new UsageError(sub === undefined ? '`kapstok pack` verwacht een opdracht: `kapstok pack new <naam>`' : `Onbekende opdracht \`pack ${sub}\`; bedoelt u \`kapstok pack new <naam>\`?`)
  if (name === undefined || extra.length > 0) throw new UsageError('`kapstok pack new` verwacht één naam, bijvoorbeeld `kapstok pack new huisstijl`')
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new UsageError(`Ongeldige naam \`${name}\`: gebruik kleine letters, cijfers en streepjes (het wordt het npm-pakket \`kapstok-pack-<naam>\`)`)
  const primary = values.kleur ?? defaultPrimary
  try {
    checkColors({ primary })
  } catch (error) {
    throw new UsageError(error instanceof PackError ? error.message : `Ongeldige kleur \`${primary}\``)
  }
  const out = resolve(io.cwd, values.out ?? `kapstok-pack-${name}`)
  if (existsSync(out)) {
    io.stderr.write(`Niets geschreven: \`${relative(io.cwd, out)}\` bestaat al. Kies een andere naam of map.\n`)
    return EXIT.usage
  }
  const base = resolvePackDir(defaultPackName, io.cwd)
  await mkdir(join(out, 'assets'), { recursive: true })
  await mkdir(join(out, 'partials'), { recursive: true })
  const manifest = { name, version: '0.1.0', description: `Huisstijl ${name} voor kapstok, gebaseerd op ${defaultPackName}`, extends: basePackage, logo: 'assets/logo.svg', colors: { primary } }
  const files: Record<string, string> = {
    'pack.json': `${JSON.stringify(manifest, null, 2)}\n`,
    'package.json': `${JSON.stringify(packageJson(name), null, 2)}\n`,
    'assets/logo.svg': logoSvg(name, primary),
    'partials/colofon.hbs': colofon(await readFile(join(base, 'partials', 'colofon.hbs'), 'utf8'), name),
    'README.md': readme(name)
  }
  for (const [file, text] of Object.entries(files)) await writeFile(join(out, file), text)
  io.stdout.write(`Sjabloonpakket geschreven naar ${relative(io.cwd, out) || '.'}\n\nGebruik het in kapstok.config.yaml:\n  template: ./${relative(io.cwd, out)}\nof na publiceren (npm install kapstok-pack-${name}):\n  template: ${name}\n`)
  return EXIT.ok
}

function parsePackArgs(args: string[]) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options: { kleur: { type: 'string' }, out: { type: 'string' } } })
  } catch (error) {
    throw new UsageError(error instanceof Error ? `${translateArgError(error.message)} voor \`kapstok pack new\`` : String(error))
  }
}

function packageJson(name: string): Record<string, unknown> {
  return {
    name: `kapstok-pack-${name}`,
    version: '0.1.0',
    description: `kapstok template pack ${name}`,
    keywords: ['kapstok', 'kapstok-pack'],
    exports: { './pack.json': './pack.json', './package.json': './package.json' },
    files: ['pack.json', 'README.md', 'assets', 'partials'],
    // The base ships with kapstok; a newer base may change what this pack inherits.
    peerDependencies: { [basePackage]: '*' }
  }
}

// A plain placeholder logo in the pack's colour: a rectangle and the pack's initial.
function logoSvg(name: string, primary: string): string {
  const initial = name[0]?.toUpperCase() ?? 'K'
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48">
  <rect x="0" y="0" width="48" height="48" fill="${primary}"/>
  <text x="24" y="33" font-family="sans-serif" font-size="28" fill="#ffffff" text-anchor="middle">${initial}</text>
</svg>
`
}

// The overridden partial: the default colofon with a line naming the house style, so a pack
// author sees where a partial changes the output.
function colofon(source: string, name: string): string {
  const line = `<p class="colofon-huisstijl">Huisstijl: ${name}</p>\n`
  const body = source.includes('</footer>') ? source.replace('</footer>', `${line}</footer>`) : `${source.trimEnd()}\n${line}`
  return `{{!-- Overschreven in kapstok-pack-${name}: de colofon noemt de huisstijl. --}}\n${body.trimEnd()}\n`
}

function readme(name: string): string {
  return `# kapstok-pack-${name}

Sjabloonpakket voor [kapstok](https://www.npmjs.com/package/kapstok), gemaakt met
\`kapstok pack new ${name}\`. Het **breidt het standaardpakket uit**: \`"extends": "${basePackage}"\`
in \`pack.json\`. Alles wat dit pakket niet zelf heeft, komt uit het standaardpakket: de
opmaak (\`layouts/\`), de onderdelen (\`partials/\`), de stylesheet, de PDF-opmaak
(\`pdf/layout.json\`), de kleuren en de woorden (\`labels\`).

- \`pack.json\`: naam, \`extends\`, kleuren (\`colors\`: alleen wat afwijkt), logo en labels.
- \`assets/logo.svg\`: het logo; vervang het door dat van de gemeente.
- \`partials/colofon.hbs\`: een overschreven onderdeel. Overschrijf een ander onderdeel door een
  bestand met dezelfde naam in \`partials/\` te zetten (kopieer het uit het standaardpakket en
  pas het aan); een eigen \`assets/kapstok.css\` vervangt de stylesheet, een eigen
  \`pdf/layout.json\` overschrijft per instelling die van het standaardpakket.

## Gebruiken

In \`kapstok.config.yaml\` van een plan:

\`\`\`yaml
template: ${name}            # na npm install kapstok-pack-${name}
# of, zonder te publiceren:
# template: ./kapstok-pack-${name}
\`\`\`

## Publiceren

\`\`\`sh
npm publish
\`\`\`
`
}
