/**
 * No edit may leave a register that the register file refuses: export, import and Start again
 * all need an export to succeed, so such a register would trap the user.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  blankActivity,
  blankLia,
  blankOrganisation,
  blankThirdParty,
  blankTra,
  blankTransfer,
  emptyRegister,
  type Activity,
} from '../../../shared/domain';
import { RegisterFileError, writeRegisterFile } from '../../../shared/register-file';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import {
  deleteActivity,
  restoreActivity,
  saveActivity,
} from '../../../renderer/db/repos/activities';
import { blankNoticeDraft, saveDraft } from '../../../renderer/db/repos/notices';
import { IntegrityError } from '../../../renderer/db/repos/integrity';
import { getOrganisation, saveOrganisation } from '../../../renderer/db/repos/organisation';
import { replaceRegister, snapshot } from '../../../renderer/db/repos/register';
import {
  deleteThirdParty,
  restoreThirdParty,
  saveThirdParty,
} from '../../../renderer/db/repos/third-parties';

const NOW = '2026-03-01T10:00:00.000Z';

beforeEach(() => {
  useDatabase(new RopaDatabase(`integrity-${crypto.randomUUID()}`));
});

const exportable = async () => writeRegisterFile(await snapshot(), NOW, 'test');
const draft = (name: string, overrides: Partial<Activity> = {}) =>
  blankActivity(NOW, { name, ...overrides });

async function organisationWithAudience() {
  return saveOrganisation(
    blankOrganisation(NOW, {
      name: 'Penwith Pantry CIC',
      legalForm: 'cic',
      dpo: {
        appointed: false,
        contact: { name: '', email: '', phone: '', address: '' },
        reasonNotRequired: 'Small organisation, no large-scale monitoring.',
      },
      audiences: [{ id: 'aud-clients', name: 'Clients', description: '' }],
    }),
  );
}

describe('the register stays exportable', () => {
  it('refuses naming a third party that is not a funder as a funder', async () => {
    const partner = await saveThirdParty(blankThirdParty(NOW, { name: 'Trust', type: 'partner' }));
    await expect(saveActivity(draft('Grant', { funderIds: [partner.id] }))).rejects.toThrow(
      /“Trust” is not a funder/,
    );
    await expect(exportable()).resolves.toContain('ropa-desk.register');
  });

  it('refuses changing a funder’s type while an activity names it as a funder', async () => {
    const funder = await saveThirdParty(blankThirdParty(NOW, { name: 'Lottery', type: 'funder' }));
    await saveActivity(draft('Grants', { funderIds: [funder.id] }));
    await expect(saveThirdParty({ ...funder, type: 'partner' })).rejects.toThrow(
      /named as a funder by “Grants”/,
    );
    await expect(exportable()).resolves.toContain('Lottery');
  });

  it('refuses an audience the organisation does not have', async () => {
    await organisationWithAudience();
    await expect(
      saveActivity(draft('Clients', { audienceIds: ['aud-gone'] })),
    ).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses removing an audience that activities still name', async () => {
    const organisation = await organisationWithAudience();
    await saveActivity(draft('Client records', { audienceIds: ['aud-clients'] }));
    await expect(saveOrganisation({ ...organisation, audiences: [] })).rejects.toThrow(
      /“Clients” is used by “Client records”/,
    );
    expect((await getOrganisation())?.audiences).toHaveLength(1);
    await expect(exportable()).resolves.toContain('aud-clients');
  });

  it('refuses removing an audience that has its own privacy notice', async () => {
    const organisation = await organisationWithAudience();
    await saveDraft(blankNoticeDraft('aud-clients', NOW));
    await expect(saveOrganisation({ ...organisation, audiences: [] })).rejects.toThrow(
      /“Clients” has its own privacy notice/,
    );
    await expect(exportable()).resolves.toContain('aud-clients');
  });

  it('undoing an activity delete drops links to what has gone since', async () => {
    await organisationWithAudience();
    const xero = await saveThirdParty(blankThirdParty(NOW, { name: 'Xero' }));
    const payroll = await saveActivity(
      draft('Payroll', { recipientIds: [xero.id], audienceIds: ['aud-clients'] }),
    );
    const deletion = await deleteActivity(payroll.id);
    await deleteThirdParty(xero.id);

    const restored = await restoreActivity(deletion);
    expect(restored.recipientIds).toEqual([]);
    expect(restored.audienceIds).toEqual(['aud-clients']);
    await expect(exportable()).resolves.toContain('Payroll');
  });

  it('deleting an activity unlinks it from its LIA, and Undo links it again', async () => {
    const payroll = draft('Payroll', { id: 'act-payroll' });
    const lia = blankLia(NOW, {
      id: 'lia-1',
      title: 'Payroll through the accountant',
      activityIds: [payroll.id],
      answers: { 'purpose.why': 'To pay staff' },
    });
    await replaceRegister({ ...emptyRegister(), activities: [payroll], lias: [lia] }, 'Imported');

    const deletion = await deleteActivity(payroll.id);
    expect((await snapshot()).lias[0]?.activityIds).toEqual([]);
    await expect(exportable()).resolves.toContain('lia-1');

    await restoreActivity(deletion);
    expect((await snapshot()).lias[0]?.activityIds).toEqual([payroll.id]);
    await expect(exportable()).resolves.toContain('act-payroll');
  });

  it('deleting a third party deletes its transfers’ TRAs, and Undo brings them back', async () => {
    const party = blankThirdParty(NOW, { id: 'tp-us', name: 'US mail', countries: ['US'] });
    const transfer = blankTransfer(NOW, {
      id: 'tr-1',
      thirdPartyId: party.id,
      destinations: ['US'],
    });
    const tra = blankTra(NOW, { id: 'tra-1', transferId: transfer.id });
    await replaceRegister(
      { ...emptyRegister(), thirdParties: [party], transfers: [transfer], tras: [tra] },
      'Imported',
    );

    const deletion = await deleteThirdParty(party.id);
    expect((await snapshot()).tras).toEqual([]);
    await expect(exportable()).resolves.toContain('ropa-desk.register');

    await restoreThirdParty(deletion);
    expect((await snapshot()).tras).toEqual([tra]);
    await expect(exportable()).resolves.toContain('tra-1');
  });

  it('says in words, not a zod dump, why a register cannot be written', async () => {
    const register = await snapshot();
    register.activities.push(draft('Broken', { recipientIds: ['tp-gone'] }));
    const written = writeRegisterFile(register, NOW, 'test');
    await expect(written).rejects.toBeInstanceOf(RegisterFileError);
    await expect(written).rejects.toThrow(/cannot be written to a file until this is put right/);
  });
});
