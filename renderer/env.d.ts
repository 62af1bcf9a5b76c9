/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** package.json's version, set at build time. */
  readonly PACKAGE_VERSION: string;
}

/** pdfkit's browser build (fonts and zlib included), for the Article 30 PDF's workers. */
declare module 'pdfkit/js/pdfkit.standalone.js' {
  import PDFDocument from 'pdfkit';
  export default PDFDocument;
}
