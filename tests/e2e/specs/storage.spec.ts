// Keeping cases on the device, through the settings page: export and import
// round trip, a hostile file refused, two pages of one browser editing
// different cases, delete with undo, delete all, and the storage notices,
// each accessible in both languages. The case-editing pages are not built
// yet, so cases are seeded through localStorage in the stored format.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect, open, expectAccessible, text, LANGS, type Lang, waitForApp } from './support';

const KEY = 'disputa.state';

/** A case with every field the app writes, as the app writes it. */
function fullCase(id: string, fields: Record<string, unknown>) {
  return {
    format: 'disputa.case', version: 1, id,
    order_number: null, store: null, item: null, item_category: null, price: null,
    payment_method: null, country: null, ordered_on: null, shipped_on: null,
    processing_days: null, promised_delivery_days: null, protection_ends_on: null,
    delivery_status: 'awaiting_shipment', delivered_on: null, receipt_confirmed_on: null,
    cancelled_on: null, problem: null, item_unused: null, free_return_offered: null,
    contacted_seller_on: null, paypal_dispute_opened_on: null, paypal_dispute_escalated_on: null,
    paypal_dispute_closed_on: null, paypal_dispute_outcome: null, chargeback_requested_on: null,
    chargeback_closed_on: null, chargeback_outcome: null, dispute: null,
    return: null, refund: null, evidence: [], seller_requests: [], notes: null,
    created_at: '2025-09-01T08:00:00.000Z', updated_at: '2025-10-01T08:00:00.000Z',
    ...fields,
  };
}

const CASES = [
  fullCase('order-1', {
    order_number: '8123456789012345', store: 'Example Store', item: 'USB-C cable, 2 m',
    price: { amount: '12.99', currency: 'EUR' }, payment_method: 'card', country: 'ES',
    ordered_on: '2025-09-01', shipped_on: '2025-09-03', delivery_status: 'received',
    delivered_on: '2025-09-20', problem: 'damaged', item_unused: true,
    contacted_seller_on: '2025-09-21',
    dispute: {
      opened_on: '2025-09-22', seller_responded_on: '2025-09-24', escalated_on: null,
      closed_on: '2025-09-30', outcome: 'full_refund', appealed_on: null,
    },
    refund: { stage: 'refunded', amount: '12.99', updated_on: '2025-10-02' },
    evidence: [{ kind: 'photo', note: 'cracked housing', captured_on: '2025-09-20' }],
    notes: 'Caja rota — ñ 📦',
  }),
  fullCase('order-2', {
    order_number: '8123456789012346', item: 'Desk lamp', payment_method: 'paypal', country: 'GB',
    ordered_on: '2025-10-01', shipped_on: '2025-10-03', processing_days: 5,
    promised_delivery_days: 30, delivery_status: 'in_transit',
  }),
  fullCase('order-3', {
    item: 'Lamp "Nordic" <b>bold</b>', item_category: 'other', ordered_on: '2025-10-10',
  }),
];

function envelope(cases: unknown[], revision = 1) {
  return { format: 'disputa.state', version: 1, revision, saved_at: '2025-10-22T10:00:00.000Z', cases, settings: {} };
}

/** Puts `value` under the state key before the app opens (a reload reads it). */
async function seed(page: Page, value: unknown) {
  await page.goto('/?lang=en');
  await waitForApp(page);
  const raw = typeof value === 'string' ? value : JSON.stringify(value);
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, raw]);
}

async function storedRaw(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), KEY);
}

async function stored(page: Page) {
  return JSON.parse((await storedRaw(page)) ?? 'null');
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(values[name]));
}

/** The settings page, in the words a buyer sees. */
class Settings {
  constructor(readonly page: Page, readonly lang: Lang = 'en') {}
  t(key: string, values: Record<string, string | number> = {}) {
    return fill(text(this.lang, key), values);
  }
  async open() {
    await open(this.page, '/settings', this.lang);
  }
  get casesList() {
    return this.page.getByRole('region', { name: this.t('pages.settings.cases_title') }).getByRole('listitem');
  }
  async expectCases(names: string[]) {
    await expect(this.casesList).toHaveText(names.map((n) => new RegExp(`^${escape(n)}`)), { timeout: 1_000 });
  }
  async exportFile(): Promise<{ name: string; contents: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: this.t('pages.settings.export_button') }).click(),
    ]);
    return { name: download.suggestedFilename(), contents: await readFile(await download.path(), 'utf8') };
  }
  async pickFile(contents: string | Buffer, name = 'cases.json') {
    const buffer = typeof contents === 'string' ? Buffer.from(contents) : contents;
    await this.page.getByLabel(this.t('pages.settings.import_label')).setInputFiles({ name, mimeType: 'application/json', buffer });
  }
  async confirmImport() {
    await this.page.getByRole('button', { name: this.t('pages.settings.import_confirm'), exact: true }).click();
  }
  async deleteCase(name: string) {
    await this.page.getByRole('button', { name: this.t('pages.settings.delete_case_label', { name }) }).click();
  }
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAMES = ['USB-C cable, 2 m', 'Desk lamp', 'Lamp "Nordic" <b>bold</b>'];

test('export, clear the storage, import the file: every case is back and equal', async ({ page }) => {
  await seed(page, envelope(CASES));
  const settings = new Settings(page);
  await settings.open();
  await settings.expectCases(NAMES);

  const file = await settings.exportFile();
  expect(file.name).toMatch(/^disputa-cases-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(file.contents);
  expect(exported.format).toBe('disputa.cases');
  expect(exported.version).toBe(1);
  expect(exported.cases).toEqual(CASES);

  await page.evaluate(() => localStorage.clear());
  await settings.open();
  await expect(page.getByText(text('en', 'pages.settings.cases_none'))).toBeVisible();

  await settings.pickFile(file.contents, file.name);
  const preview = page.getByRole('region', { name: text('en', 'pages.settings.import_preview') });
  await expect(preview).toContainText(settings.t('pages.settings.import_added', { count: 3 }));
  // Only the language of the address is stored (in the settings) until the import is confirmed.
  expect((await stored(page)).cases, 'nothing changes before the import is confirmed').toEqual([]);
  await settings.confirmImport();
  await expect(page.getByText(settings.t('pages.settings.import_done', { added: 3, updated: 0 }))).toBeVisible();
  await settings.expectCases(NAMES);
  const state = await stored(page);
  expect(state.format).toBe('disputa.state');
  expect(state.cases).toEqual(CASES);

  // Still there after a reload.
  await settings.open();
  await settings.expectCases(NAMES);
});

test('importing a file merges by id: the preview says what is added and updated', async ({ page }) => {
  await seed(page, envelope(CASES.slice(0, 2)));
  const settings = new Settings(page);
  await settings.open();
  const newer = { ...CASES[1], notes: 'tracking updated', updated_at: '2025-10-05T08:00:00.000Z' };
  await settings.pickFile(JSON.stringify({ format: 'disputa.cases', version: 1, cases: [newer, CASES[2]] }));
  const preview = page.getByRole('region', { name: text('en', 'pages.settings.import_preview') });
  await expect(preview).toContainText(settings.t('pages.settings.import_added', { count: 1 }));
  await expect(preview).toContainText(settings.t('pages.settings.import_updated', { count: 1 }));
  await settings.confirmImport();
  await settings.expectCases(NAMES);
  const state = await stored(page);
  expect(state.cases).toEqual([CASES[0], newer, CASES[2]]);
});

test('a hostile import file is refused with readable errors and changes nothing', async ({ page }) => {
  await seed(page, envelope(CASES));
  const settings = new Settings(page);
  await settings.open();
  const before = await storedRaw(page);

  const hostile = {
    format: 'disputa.cases', version: 1,
    cases: [
      { id: '<img src=x onerror="window.__pwned=1">', item: '<img src=x onerror="window.__pwned=2">', delivery_status: 'lost' },
      { id: 'order-1', item: 'Watch', delivery_status: 'received', shipped_on: '2025-09-10', delivered_on: '2025-09-01' },
      { id: 'order-2', delivery_status: 'in_transit', updated_at: 'soon' },
      { id: 'order-2', delivery_status: 'in_transit' },
      { id: 'x'.repeat(10), delivery_status: 'received', price: { amount: '-3', currency: 'euro' } },
    ],
  };
  await settings.pickFile(JSON.stringify(hostile));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(text('en', 'pages.settings.import_refused'));
  const items = alert.getByRole('listitem');
  // Each problem names its case from 1, by its item when it has one, and its
  // field and values in words: no field names, list positions or values of the file's own.
  await expect(items.filter({ hasText: 'Case 1 (<img src=x onerror="window.__pwned=2">): the delivery status holds a value Disputa does not know (lost). It can be:' }))
    .toContainText(`${text('en', 'labels.delivery_status.in_transit')}; `);
  await expect(items.filter({ hasText: 'Case 2 (Watch):' })).toHaveText('Case 2 (Watch): the delivery date is before the shipping date.');
  await expect(items.filter({ hasText: 'Case 3:' })).toHaveText('Case 3: the time the case was last changed is not a valid time (soon).');
  await expect(items.filter({ hasText: 'Case 4:' })).toHaveText(`Case 4: ${text('en', 'storage.file.duplicate_id')}`);
  await expect(items.filter({ hasText: 'Case 5:' })).toHaveText([
    'Case 5: the price must be more than zero.',
    'Case 5: the currency of the price must be a three-letter currency code, like EUR or USD.',
    'Case 5: the shipping date is missing, but the delivery status needs it.',
  ]);
  for (const line of await items.allTextContents()) expect(line).not.toMatch(/cases\[|_on\b|delivery_status|in_transit/);
  await expect(page.getByRole('button', { name: text('en', 'pages.settings.import_confirm'), exact: true })).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await storedRaw(page)).toBe(before);
  await settings.expectCases(NAMES);

  await settings.pickFile('{"format": "disputa.cases", "cases": [', 'broken.json');
  await expect(page.getByRole('alert')).toContainText('The file is cut off or damaged, or is not a Disputa case file (line 1, column');
  await settings.pickFile(Buffer.alloc(5 * 1024 * 1024 + 1, 0x20), 'huge.json');
  await expect(page.getByRole('alert')).toContainText(settings.t('pages.settings.import_too_large', { size: '5.0' }));
  expect(await storedRaw(page)).toBe(before);
});

test('two pages of one browser: an import in one and a delete in the other, neither edit is lost', async ({ context }) => {
  const first = await context.newPage();
  await seed(first, envelope(CASES.slice(0, 2)));
  const second = await context.newPage();
  const a = new Settings(first);
  const b = new Settings(second);
  await a.open();
  await b.open();
  const before = (await stored(first)).revision;

  // The first page imports a third case; the second page shows it within a second.
  await a.pickFile(JSON.stringify({ format: 'disputa.cases', version: 1, cases: [CASES[2]] }));
  await a.confirmImport();
  await b.expectCases(NAMES);

  // The second page deletes another case; the first page loses it within a second.
  await b.deleteCase(NAMES[1]);
  await a.expectCases([NAMES[0], NAMES[2]]);
  await b.expectCases([NAMES[0], NAMES[2]]);
  const state = await stored(first);
  expect(state.cases.map((c: { id: string }) => c.id)).toEqual(['order-1', 'order-3']);
  expect(state.revision).toBe(before + 2);
});

test('a state written behind the page, without a storage event, is merged on the next save, not overwritten', async ({ page }) => {
  await seed(page, envelope(CASES.slice(0, 2)));
  const settings = new Settings(page);
  await settings.open();
  // Written from this very page's script: browsers send no storage event to the page that writes.
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, JSON.stringify(envelope(CASES, 5))]);
  await settings.expectCases(NAMES.slice(0, 2));

  await settings.deleteCase(NAMES[0]);
  await settings.expectCases([NAMES[1], NAMES[2]]);
  const state = await stored(page);
  expect(state.revision).toBe(6);
  expect(state.cases).toEqual([CASES[1], CASES[2]]);
});

test('a deleted case comes back in place with undo', async ({ page }) => {
  await seed(page, envelope(CASES));
  const settings = new Settings(page);
  await settings.open();
  await settings.deleteCase(NAMES[1]);
  await settings.expectCases([NAMES[0], NAMES[2]]);
  await expect(page.getByText(settings.t('pages.settings.deleted', { name: NAMES[1] }))).toBeVisible();
  const undo = page.getByRole('button', { name: settings.t('pages.settings.undo_label', { name: NAMES[1] }) });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await settings.expectCases(NAMES);
  expect((await stored(page)).cases).toEqual(CASES);
});

test('delete all data asks first; keeping changes nothing, confirming removes everything', async ({ page }) => {
  await seed(page, envelope(CASES));
  await page.evaluate(() => localStorage.setItem('disputa.state.backup.2025-10-01T00:00:00.000Z', 'old'));
  const settings = new Settings(page);
  await settings.open();
  const before = await storedRaw(page);
  const ask = page.getByRole('button', { name: text('en', 'pages.settings.delete_all_button') });

  await ask.click();
  await expect(page.getByText(settings.t('pages.settings.delete_all_question', { count: 3 }))).toBeVisible();
  await expect(page.getByRole('button', { name: text('en', 'pages.settings.delete_all_cancel') })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await storedRaw(page)).toBe(before);
  await expect(ask).toBeFocused();

  await ask.click();
  await page.getByRole('button', { name: text('en', 'pages.settings.delete_all_confirm') }).click();
  await expect(page.getByText(text('en', 'pages.settings.delete_all_done'))).toBeVisible();
  await expect(page.getByText(text('en', 'pages.settings.cases_none'))).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('disputa.')));
  expect(keys).toEqual([]);
});

test('damaged stored data is kept byte for byte, backed up, and replaced only when the buyer chooses', async ({ page }) => {
  const damaged = '{"format":"disputa.state","version":1,"cases":[{"id": "half';
  await seed(page, damaged);
  await open(page, '/settings', 'en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(text('en', 'storage.notice.damaged_title'));
  expect(await storedRaw(page)).toBe(damaged);
  const backups = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('disputa.state.backup.')).map((k) => localStorage.getItem(k)),
  );
  expect(backups).toEqual([damaged]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('button', { name: text('en', 'storage.notice.download_damaged') }).click(),
  ]);
  expect(await readFile(await download.path(), 'utf8')).toBe(damaged);

  await alert.getByRole('button', { name: text('en', 'storage.notice.start_afresh') }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await stored(page)).cases).toEqual([]);
});

for (const lang of LANGS) {
  test(`settings with cases, an import preview and a refusal is accessible in ${lang}`, async ({ page }) => {
    await seed(page, envelope(CASES));
    const settings = new Settings(page, lang);
    await settings.open();
    await expect(settings.casesList).toHaveCount(3);
    await expectAccessible(page);
    await settings.pickFile(JSON.stringify({ format: 'disputa.cases', version: 1, cases: [fullCase('order-9', { item: 'Mug' })] }));
    await expect(page.getByRole('region', { name: text(lang, 'pages.settings.import_preview') })).toBeVisible();
    await expectAccessible(page);
    await settings.pickFile('[1, 2');
    await expect(page.getByRole('alert')).toContainText(text(lang, 'pages.settings.import_refused'));
    await expectAccessible(page);
  });

  test(`the damaged-data notice is in ${lang} and accessible`, async ({ page }) => {
    await seed(page, '#damaged');
    await open(page, '/settings', lang);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(text(lang, 'storage.notice.damaged_title'));
    await alert.locator('summary').click();
    await expect(alert).toContainText(fill(text(lang, 'storage.damage.not_json'), { line: 1, column: 1 }));
    await expectAccessible(page);
  });

  test(`the newer-version notice is in ${lang}, read-only and accessible`, async ({ page }) => {
    const newer = { ...envelope(CASES), version: 2 };
    await seed(page, newer);
    const settings = new Settings(page, lang);
    await settings.open();
    await expect(page.getByRole('alert')).toContainText(text(lang, 'storage.notice.newer_title'));
    await expect(settings.casesList).toHaveCount(3);
    await expect(page.getByText(text(lang, 'pages.settings.read_only'))).toBeVisible();
    for (const name of NAMES) {
      await expect(page.getByRole('button', { name: settings.t('pages.settings.delete_case_label', { name }) })).toHaveCount(0);
    }
    await expect(page.getByLabel(text(lang, 'pages.settings.import_label'))).toHaveCount(0);
    await expectAccessible(page);
    expect(await stored(page)).toEqual(newer);
  });
}

for (const lang of LANGS) {
  test(`with storage blocked the app keeps cases in memory, says so in ${lang}, and is accessible`, async ({ page }) => {
    // What a browser that blocks site data does: reading localStorage throws.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const settings = new Settings(page, lang);
    await settings.open();
    await expect(page.getByRole('alert')).toContainText(text(lang, 'storage.notice.memory_title'));
    await settings.pickFile(JSON.stringify({ format: 'disputa.cases', version: 1, cases: [CASES[1]] }));
    await settings.confirmImport();
    await settings.expectCases([NAMES[1]]);
    await expect(page.getByText(text(lang, 'pages.settings.not_kept'))).toBeVisible();
    await expectAccessible(page);
  });

  test(`with both storages blocked every guided page still works in ${lang}`, async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    // The console-error guard fails the test if any page panics.
    for (const [path, key] of [
      ['/before-you-buy', 'pages.before_you_buy.title'],
      ['/returns', 'pages.returns.title'],
      ['/eligibility', 'pages.eligibility.title'],
      ['/file', 'pages.file.title'],
      ['/cases', 'pages.cases.title'],
    ]) {
      await open(page, path, lang);
      await expect(page.locator('main h1')).toHaveText(text(lang, key));
      await expect(page.getByRole('alert')).toContainText(text(lang, 'storage.notice.memory_title'));
      // An answer is written to the tab's storage on the guide pages.
      const radio = page.locator('main input[type="radio"]').first();
      if (await radio.count()) await radio.check();
    }
  });

  test(`a save refused by a full storage is reported in ${lang}, nothing is shown as saved, and export is offered`, async ({ page }) => {
    await seed(page, envelope(CASES));
    // What a full storage does: setItem throws QuotaExceededError.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'disputa.state') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    const settings = new Settings(page, lang);
    await settings.open();
    const before = await storedRaw(page);
    await settings.deleteCase(NAMES[0]);
    await settings.expectCases(NAMES.slice(1));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(text(lang, 'storage.notice.not_saved_title'));
    await expect(alert).toContainText(text(lang, 'storage.write_error.quota'));
    await expect(page.getByText(text(lang, 'pages.settings.not_kept'))).toBeVisible();
    expect(await storedRaw(page)).toBe(before);
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: text(lang, 'pages.settings.export_button') }).click(),
    ]);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(exported.cases).toEqual(CASES.slice(1));
  });
}
