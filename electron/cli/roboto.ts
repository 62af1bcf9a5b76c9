/** Roboto's four faces as shipped in pdfmake's package: the fonts every PDF in Node is set in. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RopaFonts } from '../../shared/reports/ropa-pdf';

const robotoFolder = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);

export const ROBOTO = {
  normal: join(robotoFolder, 'Roboto-Regular.ttf'),
  bold: join(robotoFolder, 'Roboto-Medium.ttf'),
  italics: join(robotoFolder, 'Roboto-Italic.ttf'),
  bolditalics: join(robotoFolder, 'Roboto-MediumItalic.ttf'),
};

/** The three faces the Article 30 record is set in, read from disk. */
export const ropaFonts = (): RopaFonts => ({
  regular: readFileSync(ROBOTO.normal),
  bold: readFileSync(ROBOTO.bold),
  italic: readFileSync(ROBOTO.italics),
});
