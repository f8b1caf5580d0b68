export { renderPdf, type RenderPdfOptions } from './lib/api.js'
export { pdfRenderer, type PdfRendererOptions } from './lib/plugin.js'
export { writePdf, type PdfOptions, type WritePdfOptions } from './lib/render.js'
export {
  defaultLayout,
  loadLayout,
  loadPack,
  resolveLayout,
  type Colours,
  type Labels,
  type Layout,
  type LayoutInput,
  type Margins,
  type PackSettings,
  type Sizes
} from './lib/layout.js'
