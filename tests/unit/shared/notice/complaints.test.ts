/** The notice says how to complain to the organisation (its process and contact) and to the ICO. */
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../../shared/domain/organisation';
import { composeNotice } from '../../../../shared/notice';
import { smallRegister, validOrganisation } from '../fixtures';
import { LAST_UPDATED, sectionText } from './helpers';

const options = { audienceId: null, nameProcessors: false, lastUpdated: LAST_UPDATED };

const complaintsText = (overrides: Partial<Organisation>) =>
  sectionText(
    composeNotice(smallRegister({ organisation: validOrganisation(overrides) }), options),
    'complaints',
  );

const process = 'Write to us; a trustee who was not involved looks into it.';

describe('the complaints section', () => {
  it('gives the organisation’s own process, its contact and its acknowledgement promise', () => {
    const text = complaintsText({
      email: 'hello@example.org',
      complaints: { process, contact: 'complaints@example.org', acknowledgeWithinDays: 14 },
    });
    expect(text).toContain('please tell us first');
    expect(text).toContain(process);
    expect(text).toContain(
      'We acknowledge every complaint within 14 days; send it to complaints@example.org.',
    );
    expect(text).toMatch(/right to complain to the Information Commissioner’s Office \(ICO\)/);
  });

  it('without a written process, points to the complaints contact before the general email', () => {
    const text = complaintsText({
      email: 'hello@example.org',
      complaints: { process: '', contact: 'complaints@example.org', acknowledgeWithinDays: 30 },
    });
    expect(text).toContain(
      'please complain to us first at complaints@example.org. We acknowledge every complaint within 30 days and tell you the outcome.',
    );
    expect(text).not.toContain('hello@example.org');
  });

  it('falls back to the general email when no complaints contact is recorded', () => {
    const text = complaintsText({
      email: 'hello@example.org',
      complaints: { process: '', contact: '', acknowledgeWithinDays: 30 },
    });
    expect(text).toContain('please complain to us first at hello@example.org.');
  });

  it('still tells people about the ICO when the organisation records no way in', () => {
    const text = complaintsText({
      email: '',
      complaints: { process: '', contact: '', acknowledgeWithinDays: 30 },
    });
    expect(text).not.toMatch(/complain to us/);
    expect(text).toMatch(/0303 123 1113/);
    expect(text).toMatch(/ico\.org\.uk\/make-a-complaint/);
  });
});
