/** Registers a form's unsaved changes so navigation, reload and closing the window ask first. */
import { useEffect } from 'react';
import { useUi } from '../store/ui';

export function useUnsavedChanges(formName: string, dirty: boolean): void {
  const setDirtyForm = useUi((s) => s.setDirtyForm);
  useEffect(() => {
    setDirtyForm(dirty ? formName : null);
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      setDirtyForm(null);
    };
  }, [dirty, formName, setDirtyForm]);
}
