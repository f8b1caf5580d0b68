export { PackError } from './lib/error.js'
export { checkColors } from './lib/colors.js'
export { builtinPackPackage, defaultPackName, resolvePackDir } from './lib/resolve.js'
export { readManifest, type PackManifest } from './lib/manifest.js'
export {
  mergeTemplateConfig,
  planFolder,
  templateConfig,
  templateSetting,
  type PackOverrides,
  type TemplateConfig,
  type TemplateSources
} from './lib/config.js'
export { loadPack, type LoadPackOptions, type Pack, type PackLogo } from './lib/load.js'
export { mergeManifests, mergeRecords, packLayers, type PackLayer } from './lib/extends.js'
export { locateSetting } from './lib/locate.js'
export { packFor, packPart, packRuleId, reportPackError } from './lib/report.js'
export { documentsToRender } from './lib/documents.js'
export { documentOptionsFor, readDocumentOptions, type DocumentOptions, type DocumentOptionsByKind } from './lib/document-options.js'
export { confinedFile, isInside, LOGO_EXTENSIONS, MAX_LOGO_BYTES, MAX_PARTIAL_BYTES, sanitizeMarkup, sanitizeSvg } from './lib/sandbox.js'
