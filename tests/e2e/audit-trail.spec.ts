/**
 * The audit trail with the example register: an activity renamed shows as an event with its
 * field-by-field change, reached from the activity's History link; the chain verifies, then a
 * tampered event is caught at its number; the activity is restored to before the rename as a
 * recorded change; the trail is exported as CSV; axe scans the screen in both colour schemes.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './test';
import { expectNoViolations } from './axe';
import { startWithExample } from './fixtures';

test.use({ actionTimeout: 10_000 });

const NEW_NAME = 'Enquiries and questions';

/** Changes one event's summary behind the app's back, as someone with the data folder could. */
async function tamperWith(page: Page, seq: number) {
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ropa-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('auditEvents', 'readwrite').objectStore('auditEvents');
          const read = store.get(key);
          read.onsuccess = () => {
            const write = store.put({ ...read.result, summary: 'Nothing happened here' });
            write.onsuccess = () => {
              db.close();
              resolve();
            };
            write.onerror = () => reject(write.error);
          };
        };
      }),
    seq,
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('an edit in the trail, verified, tampering caught, restored and exported', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await startWithExample(page);

      // Rename an activity.
      await page.goto('/#/activities/act-enquiries');
      await expect(page.getByRole('heading', { name: 'Enquiries', level: 2 })).toBeVisible();
      await page.getByRole('textbox', { name: /^Name/ }).fill(NEW_NAME);
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.getByText(`Saved “${NEW_NAME}”`)).toBeVisible();

      // Its History link opens the trail showing only its events, the rename first.
      await page.getByRole('link', { name: /^History of/ }).click();
      await expect(page.getByRole('heading', { name: 'Audit trail', level: 2 })).toBeVisible();
      await expect(page.getByText(`The history of the activity “${NEW_NAME}”`)).toBeVisible();
      const table = page.getByRole('table', { name: 'Audit trail events' });
      const rename = table.getByRole('row').filter({ hasText: `Updated activity “${NEW_NAME}”` });
      await expect(rename).toHaveCount(1);
      await expect(rename).toContainText('Changed');
      const seqText = await rename.getByText(/ · #\d+/).textContent();
      const seq = Number(/#(\d+)/.exec(seqText ?? '')?.[1]);
      expect(seq).toBeGreaterThan(1);

      // The event, field by field.
      await rename.click();
      const detail = page.getByRole('region', { name: 'The event' });
      const changes = detail.getByRole('table', { name: `Changes in event #${seq}` });
      await expect(changes.getByRole('row')).toHaveCount(2);
      await expect(changes.getByRole('row').nth(1)).toHaveText(`NameEnquiries${NEW_NAME}`);
      await expect(detail.getByText('This event’s hash (SHA-256)')).toBeVisible();

      // Every record again; the chain verifies.
      await page.getByRole('button', { name: 'Show every record' }).click();
      await expect(page.getByText(`${seq} events`, { exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Verify the trail' }).click();
      await expect(page.getByText(`All ${seq} events verified`)).toBeVisible();
      await expectNoViolations(page, 'Audit trail with an event open');

      // An event changed behind the app's back breaks the chain at that event.
      await tamperWith(page, 1);
      await page.getByRole('button', { name: 'Verify the trail' }).click();
      await expect(
        page.getByRole('alert', {
          name: 'The trail is broken at event #1: the event was changed after it was recorded',
        }),
      ).toBeVisible();
      await expectNoViolations(page, 'Audit trail, broken');

      // Restore the activity to before the rename.
      await page
        .getByRole('button', { name: 'Restore this record to how it was before this change…' })
        .click();
      const dialog = page.getByRole('dialog', { name: `Restore the activity “${NEW_NAME}”?` });
      await expect(dialog.getByRole('table', { name: 'What the restore changes' })).toContainText(
        `Name${NEW_NAME}Enquiries`,
      );
      await expectNoViolations(page, 'Restore confirmation', '[role="dialog"]');
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await expect(page.getByText('The activity “Enquiries and questions” is back')).toBeVisible();
      const restored = table
        .getByRole('row')
        .filter({ hasText: `Restored activity “Enquiries” to how it was before change #${seq}` });
      await expect(restored).toContainText('Restored');
      await expect(restored).toContainText(`#${seq + 1}`);

      // Export the trail as CSV.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export as CSV…' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(
        /^Audit trail Konnect Communities C\.I\.C\. \d{4}-\d{2}-\d{2}\.csv$/,
      );
      const csv = readFileSync(await file.path(), 'utf8');
      const lines = csv.split('\r\n');
      expect(lines[0]).toBe(
        'seq,when (ISO),who,record kind,record id,action,summary,fields changed,hash,previous hash',
      );
      expect(lines).toHaveLength(seq + 3);
      expect(lines[seq + 1]).toMatch(
        new RegExp(
          `^${seq + 1},[^,]+,[^,]+,activity,act-enquiries,restore,Restored activity “Enquiries” to how it was before change #${seq},name,`,
        ),
      );

      // The activity has its name back.
      await page.goto('/#/activities/act-enquiries');
      await expect(page.getByRole('heading', { name: 'Enquiries', level: 2 })).toBeVisible();
    });
  });
}
