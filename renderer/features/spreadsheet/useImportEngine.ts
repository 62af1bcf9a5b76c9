/**
 * The spreadsheet import engine, loaded when the import screen opens: reading .xlsx files needs
 * exceljs, which must stay out of the window's main bundle.
 */
import { useEffect, useState } from 'react';
import type * as Engine from '../../../shared/spreadsheet/import';

export type ImportEngine = typeof Engine;

export type EngineState =
  | { status: 'loading' }
  | { status: 'ready'; engine: ImportEngine }
  | { status: 'failed'; message: string };

export function useImportEngine(): EngineState {
  const [state, setState] = useState<EngineState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    import('../../../shared/spreadsheet/import').then(
      (engine) => {
        if (live) setState({ status: 'ready', engine });
      },
      () => {
        if (live)
          setState({
            status: 'failed',
            message:
              'The spreadsheet reader could not be loaded. Reload the window (Ctrl+R) and try again.',
          });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
