/** At start: asks for persistent storage, and warns while there is still time if the disk is nearly full. */
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { checkStorage, isStorageLow, megabytesLeft } from '../../db/storage';

export function StorageWatch() {
  useEffect(() => {
    let live = true;
    void checkStorage(navigator.storage).then((state) => {
      if (!live || !isStorageLow(state) || state.available === null) return;
      notifications.show({
        id: 'storage-low',
        color: 'orange',
        title: 'The disk is nearly full',
        message: `Only ${megabytesLeft(state.available)} is left for Ropa Desk’s data. Free some space on this disk soon: when it runs out, changes cannot be saved. Export a register file (File ▸ Export register file…) to keep a copy somewhere else.`,
        autoClose: false,
        withCloseButton: true,
      });
    });
    return () => {
      live = false;
    };
  }, []);
  return null;
}
