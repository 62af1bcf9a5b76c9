/** Reads one record live, then shows its editor, or a way back when it is not in the register. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { NotFound } from './NotFound';
import { PageLoader } from './PageLoader';

export interface RecordLoaderProps<T> {
  /** The record's id, or 'new'. */
  id: string;
  get: (id: string) => Promise<T | undefined>;
  /** False while something else the editor needs is still loading. */
  ready?: boolean;
  loadingLabel: string;
  notFound: { heading: string; title: string; icon: ReactNode; backTo: string; backLabel: string };
  /** The editor, given the stored record or null for a new one. */
  children: (stored: T | null) => ReactNode;
}

export function RecordLoader<T>(props: RecordLoaderProps<T>) {
  const { id, get, notFound } = props;
  const isNew = id === 'new';
  // null once read and absent (or new); undefined while still reading.
  const stored = useLiveQuery(
    async () => (isNew ? null : ((await get(id)) ?? null)),
    [id, isNew, get],
  );
  if (stored === undefined || props.ready === false) {
    return <PageLoader label={props.loadingLabel} />;
  }
  if (stored === null && !isNew) {
    return (
      <NotFound
        heading={notFound.heading}
        title={notFound.title}
        icon={notFound.icon}
        backTo={notFound.backTo}
        backLabel={notFound.backLabel}
      >
        It may have been deleted, or the link is out of date.
      </NotFound>
    );
  }
  return props.children(stored);
}
