/** A screen's spinner while its records are read. */
import { Center, Loader } from '@mantine/core';

export interface PageLoaderProps {
  /** What is loading, for screen readers, e.g. 'Loading the third parties'. */
  label: string;
}

export function PageLoader({ label }: PageLoaderProps) {
  return (
    <Center mih={200}>
      <Loader aria-label={label} />
    </Center>
  );
}
