import { resolveLabels, type DocumentView, type Labels } from '@kapstok/documents'
import Handlebars, { type RuntimeOptions } from 'handlebars'
import { sanitizeMarkup } from '@kapstok/packs'
import { colorCss } from './colors.js'
import { registerHelpers } from './helpers.js'
import type { HtmlPack } from './pack.js'

/** What a layout sees. */
export interface LayoutContext {
  /** The document. */
  document: DocumentView
  /** Pack data for the layout. */
  pack: {
    /** Pack name. */
    name: string
    /** Stylesheet hrefs. */
    styles: string[]
    /** Logo href (optional). */
    logo?: string
    /** Alt text of the logo: empty for the pack's decorative logo, `Logo gemeente X` for a plan's own. */
    logoAlt: string
  }
  /**
   * `<style>` element with the colour custom properties (a SafeString; empty without colours),
   * preceded by the pack's stylesheets for self-contained HTML.
   */
  colorStyle: Handlebars.SafeString
  /** Value of `<meta name="generator">`. */
  generator: string
  /** The words of the document, pack labels applied (e.g. `labels.inhoudsopgave`). */
  labels: Labels
}

/** Options for `renderHtml`. */
export interface RenderHtmlOptions {
  /** Value of `<meta name="generator">` (default: `kapstok`). */
  generator?: string
}

/**
 * Render one document to a standalone HTML page with a pack's layout and partials. The layout
 * is `layouts/<document>.hbs` or else `layouts/default.hbs`. All model text is escaped by
 * Handlebars; prose goes through the sanitising `prose` helper.
 *
 * @param view The document.
 * @param pack The loaded pack.
 * @param options Generator (optional).
 * @returns The HTML.
 */
export function renderHtml(view: DocumentView, pack: HtmlPack, options: RenderHtmlOptions = {}): string {
  const hbs = environment(pack)
  const source = pack.layouts[view.kind] ?? pack.layouts.default
  if (source === undefined) {
    throw new Error(`Cannot render \`${view.kind}\` with pack \`${pack.manifest.name}\`: add \`layouts/default.hbs\` or \`layouts/${view.kind}.hbs\``)
  }
  const template = hbs.compile(source, { strict: false, preventIndent: true })
  const css = colorCss(pack.colors)
  const labels = resolveLabels(pack.labels)
  const context: LayoutContext = {
    document: view,
    pack: {
      name: pack.manifest.name,
      styles: pack.styles,
      ...(pack.logo ? { logo: pack.logo } : {}),
      logoAlt: pack.customLogo ? labels.logo.replace('{gemeente}', view.meta.gemeente) : ''
    },
    // Self-contained HTML: the pack's stylesheets come before the colours, as the links would.
    colorStyle: new hbs.SafeString(`${pack.inlineCss ? `<style>\n${pack.inlineCss}\n</style>\n` : ''}${css ? `<style>${css}</style>` : ''}`),
    generator: options.generator ?? 'kapstok',
    labels
  }
  return tidy(template(context))
}

// One Handlebars environment per pack (partials differ between packs and overrides).
const environments = new WeakMap<HtmlPack, typeof Handlebars>()

function environment(pack: HtmlPack): typeof Handlebars {
  let hbs = environments.get(pack)
  if (!hbs) {
    hbs = Handlebars.create()
    registerHelpers(hbs, { notesLabel: resolveLabels(pack.labels).noten })
    for (const [name, source] of Object.entries(pack.partials)) {
      if (pack.trusted || !pack.planPartials.includes(name)) {
        hbs.registerPartial(name, source)
        continue
      }
      // A plan's own partial is markup from an upload: what it renders is sanitised.
      const template = hbs.compile(source)
      hbs.registerPartial(name, ((context: unknown, options?: RuntimeOptions) => sanitizeMarkup(template(context, options))) as Handlebars.Template)
    }
    environments.set(pack, hbs)
  }
  return hbs
}

// Drop the blank lines that block helpers leave, so the output diffs well.
function tidy(html: string): string {
  return `${html.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`
}
