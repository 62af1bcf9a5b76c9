/**
 * Writes a PDF file object by object as it is given them, keeping only the bytes and each
 * object's offset for the cross-reference table: the Article 30 record's pages arrive as
 * compressed streams from the workers and are written as they are, never parsed or modelled.
 */

const latin1 = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index) & 0xff;
  return bytes;
};

/** A text string (titles, bookmarks) as UTF-16BE hex, so any character survives. */
export function textString(text: string): string {
  let hex = '<FEFF';
  for (let index = 0; index < text.length; index += 1) {
    hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  }
  return `${hex}>`;
}

/** A date as PDF writes it (UTC): D:YYYYMMDDHHmmSSZ. */
export function pdfDate(iso: string): string {
  const date = new Date(iso);
  const two = (value: number) => String(value).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z)`;
}

/** A number as few digits as it needs (two decimals at most). */
export const num = (value: number): string => String(Math.round(value * 100) / 100);

export const ref = (id: number): string => `${id} 0 R`;

export class PdfWriter {
  private readonly pieces: Uint8Array[] = [];
  private length = 0;
  /** Byte offset of each object, by object number (0 is the free list's head). */
  private readonly offsets: number[] = [0];
  private next = 1;

  constructor() {
    // The comment of high bytes tells transfer tools the file is binary.
    this.write('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n');
  }

  private write(piece: string | Uint8Array): void {
    const bytes = typeof piece === 'string' ? latin1(piece) : piece;
    this.pieces.push(bytes);
    this.length += bytes.byteLength;
  }

  /** A number for an object written later (so objects can point at each other). */
  reserve(): number {
    const id = this.next;
    this.next += 1;
    return id;
  }

  /** Writes object `id` (reserved, or a fresh one) with `body`, a dictionary or array. */
  object(body: string, id = this.reserve()): number {
    this.offsets[id] = this.length;
    this.write(`${id} 0 obj\n${body}\nendobj\n`);
    return id;
  }

  /** Writes a stream object; `entries` are its dictionary's other keys (its filter, if any). */
  stream(bytes: Uint8Array, entries = '', id = this.reserve()): number {
    this.offsets[id] = this.length;
    this.write(`${id} 0 obj\n<< ${entries} /Length ${bytes.byteLength} >>\nstream\n`);
    this.write(bytes);
    this.write('\nendstream\nendobj\n');
    return id;
  }

  /** The cross-reference table and trailer, then the whole file as one buffer. */
  finish(root: number, info: number): Uint8Array {
    const start = this.length;
    let table = `xref\n0 ${this.next}\n0000000000 65535 f \n`;
    for (let id = 1; id < this.next; id += 1) {
      const offset = this.offsets[id];
      if (offset === undefined) throw new Error(`PDF object ${id} was reserved but never written`);
      table += `${String(offset).padStart(10, '0')} 00000 n \n`;
    }
    this.write(
      `${table}trailer\n<< /Size ${this.next} /Root ${ref(root)} /Info ${ref(info)} >>\nstartxref\n${start}\n%%EOF\n`,
    );
    const file = new Uint8Array(this.length);
    let offset = 0;
    for (const piece of this.pieces.splice(0)) {
      file.set(piece, offset);
      offset += piece.byteLength;
    }
    return file;
  }
}
