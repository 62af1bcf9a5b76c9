/**
 * Hash routing whose query belongs to the place it was given for. wouter's hash navigation keeps
 * the previous query string whenever the target has none, so "New transfer" opened after a
 * "New transfer for Meta" would still preselect Meta. Here every navigation sets the query: the
 * target's own, or none.
 */
import { navigate, useHashLocation } from 'wouter/use-hash-location';

type NavigateOptions = Parameters<typeof navigate>[1];

export const navigateWithOwnQuery = (to: string, options?: NavigateOptions): void => {
  // An empty query ("path?") makes wouter clear the old one.
  navigate(to.includes('?') ? to : `${to}?`, options);
};

export const useAppLocation = (
  options?: Parameters<typeof useHashLocation>[0],
): [string, typeof navigateWithOwnQuery] => [useHashLocation(options)[0], navigateWithOwnQuery];

/** Links render as "#/path", as with wouter's own hash location. */
useAppLocation.hrefs = (href: string): string => `#${href}`;
