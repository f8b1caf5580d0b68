export { renderPdf, type RenderPdfOptions } from './lib/api.js'
export { pdfRenderer, type PdfRendererOptions } from './lib/plugin.js'
export { writePdf, type PdfOptions, type WritePdfOptions } from './lib/render.js'
export { loadLayout, loadPdfPack, pdfPack, type PackSettings } from './lib/pack.js'
export { pdfColour } from './lib/colour.js'
export {
  defaultLayout,
  resolveLayout,
  type Colours,
  type Labels,
  type Layout,
  type LayoutInput,
  type Margins,
  type Sizes
} from './lib/layout.js'
