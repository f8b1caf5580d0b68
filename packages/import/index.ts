export { importDocx, countWords, type ImportOptions, type ImportResult, type ImportStats } from './lib/import.js'
export { DocumentError, readDocx, type DocxContent, type ExtractedImage } from './lib/docx.js'
export type { DocumentProperties } from './lib/properties.js'
export type { ImportNote } from './lib/notes.js'
