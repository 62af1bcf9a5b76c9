import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from '../../../electron/main/trusted-url';

describe('isAppUrl', () => {
  it.each(['app://ropa-desk/', 'app://ropa-desk/activities/42?tab=lia#top', 'app://ropa-desk'])(
    'trusts %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'app://evil/',
    'app://ropa-desk.evil/',
    'app://ropa-desk:8080/',
    'app://user:pw@ropa-desk/',
    'https://ropa-desk/',
    'file:///ropa-desk/index.html',
    'http://127.0.0.1:5178/',
    'not a url',
    '',
  ])('does not trust %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isSafeExternalUrl', () => {
  it('allows plain https links', () => {
    expect(isSafeExternalUrl('https://ico.org.uk/for-organisations/')).toBe(true);
  });

  it.each([
    'http://ico.org.uk/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@ico.org.uk/',
    'app://ropa-desk/',
    'https://',
    'garbage',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});
