/** Exporting the ICO spreadsheet as a person does it: a busy notice, then where it went. */
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { notifyFailure } from '../../components/notifyFailure';
import { exportIcoSpreadsheet } from './exportSpreadsheet';

const NOTICE = 'ico-spreadsheet-export';
const FAILED = 'The ICO spreadsheet was not exported';

export function useSpreadsheetExport() {
  const [exporting, setExporting] = useState(false);

  const exportSpreadsheet = useCallback(async () => {
    setExporting(true);
    notifications.show({
      id: NOTICE,
      loading: true,
      title: 'Building the ICO spreadsheet…',
      message: 'One row for each activity, in the ICO’s template.',
      autoClose: false,
      withCloseButton: false,
    });
    try {
      const saved = await exportIcoSpreadsheet();
      notifications.hide(NOTICE);
      if (saved.status === 'saved') {
        notifications.show({
          color: 'teal',
          title: 'ICO spreadsheet exported',
          message: `Saved as ${saved.path}`,
        });
      } else if (saved.status === 'failed') {
        notifyFailure(FAILED, new Error(`${saved.message} Try again, or choose another folder.`));
      }
    } catch (error) {
      notifications.hide(NOTICE);
      notifyFailure(
        FAILED,
        new Error(
          `${error instanceof Error ? error.message : String(error)} Your register is unchanged: try again, and if it keeps failing, export the register file instead.`,
        ),
      );
    } finally {
      setExporting(false);
    }
  }, []);

  return { exporting, exportSpreadsheet };
}
