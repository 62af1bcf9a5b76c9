/**
 * Where a workbook is written: exceljs's streaming writer, which writes each row out as it is
 * committed, wherever exceljs ships it (Node: the command line and the bench); its in-memory
 * workbook where it does not (exceljs's browser build, which the window loads, has no `stream`).
 */
import ExcelJS from 'exceljs';

export interface XlsxTarget {
  workbook: ExcelJS.Workbook;
  /** Writes out whatever of the sheet is still held; no row can be added to it afterwards. */
  finishSheet(sheet: ExcelJS.Worksheet): void;
  /** The finished workbook's bytes. */
  bytes(): Promise<Uint8Array>;
}

/** The buffer exceljs's streaming writer collects the zip in when given no stream to write to. */
interface CollectedBytes {
  read(): Uint8Array;
}

/** Whether this build of exceljs has the streaming writer (its browser build does not). */
export function canStream(): boolean {
  return typeof (ExcelJS as Partial<typeof ExcelJS>).stream?.xlsx?.WorkbookWriter === 'function';
}

function streamingTarget(): XlsxTarget {
  // Styles are what the template looks like; shared strings would keep every text in memory.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    useStyles: true,
    useSharedStrings: false,
  });
  return {
    workbook,
    finishSheet: (sheet) => sheet.commit(),
    bytes: async () => {
      await workbook.commit();
      const collected = (workbook as unknown as { stream: CollectedBytes }).stream;
      return new Uint8Array(collected.read());
    },
  };
}

function inMemoryTarget(): XlsxTarget {
  const workbook = new ExcelJS.Workbook();
  return {
    workbook,
    // The in-memory workbook keeps every row until it is written as a whole.
    finishSheet: () => undefined,
    bytes: async () => new Uint8Array(await workbook.xlsx.writeBuffer()),
  };
}

/** The streaming writer where there is one, else the in-memory workbook. */
export function xlsxTarget(streaming = canStream()): XlsxTarget {
  return streaming ? streamingTarget() : inMemoryTarget();
}
