// Hostile text stays text: twenty strings that would run script, inject
// elements or confuse a template, typed into every free-text field of the
// app (the new-case and details forms, evidence notes, the return tracking,
// the wizard's "save as a case", the before-you-buy and returns answers) and
// imported in a case file in every string field. Each shows exactly as
// typed wherever it is displayed, after a reload too; no dialog opens, the
// payloads' window flag stays unset, no element they carry appears; the
// exported file and the calendar file hold them correctly escaped.
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect, open, text, type Lang, waitForApp } from './support';

// Every payload that could run sets window.__xss or opens a dialog; every
// element one could inject carries data-xss.
const HOSTILE: string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x data-xss onerror="window.__xss=2;alert(2)">',
  '<svg data-xss onload="window.__xss=3"><circle r="1"></circle></svg>',
  'javascript:window.__xss=4;alert(4)',
  '"><img src=x data-xss onerror=window.__xss=5>',
  "'><svg data-xss onload=window.__xss=6>",
  '</textarea><img src=x data-xss onerror=window.__xss=7>',
  '</title></option></select><script>window.__xss=8</script>',
  "{{ item }} {{ store }} {{ order_number }} {{constructor.constructor('window.__xss=9')()}}",
  '${window.__xss=10} #{alert(10)} <%= 7*7 %> {{7*7}}',
  '<iframe data-xss src="javascript:window.__xss=11"></iframe>',
  '<a data-xss href="javascript:window.__xss=12">press</a>',
  '\u202Egpj.exe\u202C <b data-xss>right-to-left</b> \u2066isolate\u2069',
  'zero\u200Bwidth\u200Djoiner\uFEFF<script>window.__xss=14</script>',
  `${'Ab'.repeat(2000)}<img src=x data-xss onerror=window.__xss=15>`,
  '<style data-xss>*{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x data-xss onerror=window.__xss=17>',
  '<details data-xss open ontoggle="window.__xss=18">',
  '&lt;script&gt;window.__xss=19&lt;/script&gt; &amp; &#x3C;b&#x3E; %3Cscript%3E',
  '<input data-xss autofocus onfocus="window.__xss=20"> ; , \\ BEGIN:VEVENT',
];

// Each test has a budget for a busy machine: most open several pages.
test.describe.configure({ timeout: 120_000 });

/** Records every dialog the page opens (and closes it). */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

/** Nothing a payload carries ran or entered the document. */
async function expectNothingInjected(page: Page, dialogs: string[]) {
  const found = await page.evaluate(() => ({
    flag: String((window as any).__xss),
    injected: document.querySelectorAll('[data-xss]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('__xss')).length,
    frames: document.querySelectorAll('iframe, object, embed').length,
  }));
  expect(found).toEqual({ flag: 'undefined', injected: 0, scripts: 0, frames: 0 });
  expect(dialogs, 'dialogs opened').toEqual([]);
}

/** The exact text of an element: no whitespace folding, zero-width characters kept. */
async function expectExactText(locator: Locator, expected: string) {
  await expect.poll(() => locator.evaluate((el) => el.textContent)).toBe(expected);
}

function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A TEXT value as RFC 5545 writes it. */
function icsEscaped(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** The calendar file of the case page, with folded lines joined again. */
async function calendarFile(page: Page, lang: Lang): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text(lang, 'case.calendar') }).click(),
  ]);
  return (await readFile(await download.path(), 'utf8')).replace(/\r\n[ \t]/g, '');
}

function fact(page: Page, lang: Lang, key: string) {
  return page.locator('.case-facts dt', { hasText: text(lang, key) }).locator('xpath=following-sibling::dd[1]');
}

function storedCases(page: Page): Promise<any[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('disputa.state') ?? '{"cases":[]}').cases);
}

/** The fields of the case form, by label, in the page's language. */
function caseField(scope: Page | Locator, lang: Lang, key: string) {
  return scope.getByLabel(text(lang, `case_form.${key}`), { exact: true });
}

const FREE_TEXT = ['item', 'store', 'order_number', 'notes'];
const CHECKED_TEXT = ['amount', 'currency'];

HOSTILE.forEach((payload, index) => {
  const lang: Lang = index % 2 ? 'es' : 'en';
  const t = (key: string) => text(lang, key);

  test(`hostile text ${index + 1} typed in every field of a case stays text (${lang})`, async ({ page }) => {
    const dialogs = watchDialogs(page);
    await open(page, '/cases', lang);
    await page.getByRole('button', { name: t('cases.new_button') }).click();
    for (const key of [...FREE_TEXT, ...CHECKED_TEXT]) await caseField(page, lang, key).fill(payload);
    await page.getByRole('button', { name: t('cases.new_save') }).click();
    // The checked fields refuse it, each with its own message; nothing ran.
    for (const id of ['new-case-price-amount', 'new-case-price-currency']) {
      await expect(page.locator(`#${id}-error`)).toBeVisible();
      await expect(page.locator(`#${id}`)).toHaveValue(payload);
    }
    await expectNothingInjected(page, dialogs);

    await caseField(page, lang, 'amount').fill('12.50');
    await caseField(page, lang, 'currency').fill('EUR');
    await caseField(page, lang, 'country').selectOption('ES');
    await caseField(page, lang, 'delivery_status').selectOption('received');
    await caseField(page, lang, 'shipped_on').fill(day(-30));
    await caseField(page, lang, 'delivered_on').fill(day(-10));
    await caseField(page, lang, 'problem').selectOption('damaged');
    await page.getByRole('button', { name: t('cases.new_save') }).click();
    await expect(page).toHaveURL(/\/cases\/c-[0-9a-z]+-[0-9a-z]+$/);
    await expectExactText(page.locator('main h1'), payload);

    // Evidence note, return tracking and a seller's request on the case page.
    const photos = t('case.evidence_mark').replace('{{ kind }}', t('labels.evidence_kind.photo'));
    await page.getByRole('button', { name: photos }).click();
    await page.getByLabel(t('case.evidence_note')).first().fill(payload);
    await page.getByRole('button', { name: t('case.evidence_save') }).click();
    await expectExactText(page.locator('.case-evidence__note'), payload);
    await page.getByRole('button', { name: t('case.action.ship_free_return') }).click();
    await page.getByLabel(t('case.move_day')).fill(day(-1));
    await page.getByLabel(t('case.move_tracking')).fill(payload);
    await page.getByRole('button', { name: t('case.move_record'), exact: true }).click();
    await expect(page.getByLabel(t('case.move_tracking'))).toHaveCount(0);
    await page.getByLabel(t('case.seller.kind')).selectOption('confirm_receipt');
    await page.getByRole('button', { name: t('case.seller.record') }).click();
    await expect(page.locator('#seller-refusal')).toHaveValue(new RegExp(payload.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

    // The details form of the case page: typed again, saved.
    await page.locator('.case-details summary').click();
    const details = page.locator('.case-details form');
    for (const key of FREE_TEXT) await caseField(details, lang, key).fill(payload);
    await caseField(details, lang, 'amount').fill(payload);
    await details.getByRole('button', { name: t('case.details_save') }).click();
    await expect(page.locator('#edit-case-price-amount-error')).toBeVisible();
    await expectNothingInjected(page, dialogs);
    await caseField(details, lang, 'amount').fill('12.50');
    await details.getByRole('button', { name: t('case.details_save') }).click();
    await expect(page.locator('.case-details__saved')).toHaveText(t('case.details_saved'));

    const [stored] = await storedCases(page);
    expect(stored).toMatchObject({
      item: payload, store: payload, order_number: payload, notes: payload,
      return: { tracking: payload }, evidence: [{ note: payload }],
    });

    // After a reload: every place the text shows, exactly as typed.
    await page.reload();
    await expectExactText(page.locator('main h1'), payload);
    expect(await page.evaluate(() => document.title)).toBe(`${payload} · Disputa`);
    await expectExactText(fact(page, lang, 'case_form.store'), payload);
    await expectExactText(fact(page, lang, 'case_form.order_number'), payload);
    await expectExactText(page.locator('.case-evidence__note'), payload);
    await page.locator('.case-details summary').click();
    for (const key of FREE_TEXT) await expect(caseField(details, lang, key)).toHaveValue(payload);
    await expectNothingInjected(page, dialogs);

    const ics = await calendarFile(page, lang);
    expect(ics).toContain(`DESCRIPTION:${icsEscaped(payload)}. `);

    await open(page, '/cases', lang);
    await expectExactText(page.locator('.case-row__name'), payload);
    await expectExactText(page.locator('.case-row__store'), payload);
    await expectNothingInjected(page, dialogs);
  });
});

test('hostile text in the before-you-buy and returns answers is refused as a number, kept as typed', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const fields: [string, string[]][] = [
    ['/before-you-buy', ['buy-feedback', 'buy-years']],
    ['/returns', ['return-refund', 'return-shipping']],
  ];
  for (const [path, ids] of fields) {
    await open(page, path, 'en');
    for (const payload of HOSTILE) {
      for (const id of ids) {
        await page.locator(`#${id}`).fill(payload);
        await page.locator(`#${id}`).blur();
        await expect(page.locator(`#${id}-error`)).not.toBeEmpty();
        await expect(page.locator(`#${id}`)).toHaveValue(payload);
      }
      await expectNothingInjected(page, dialogs);
    }
    // The last answers come back after a reload, still as text.
    await page.reload();
    await expect(page.locator('main h1')).toBeVisible();
    for (const id of ids) await expect(page.locator(`#${id}`)).toHaveValue(HOSTILE.at(-1)!);
    await expectNothingInjected(page, dialogs);
  }
});

test('hostile text saved from the eligibility result names the case and its order', async ({ page }) => {
  test.setTimeout(240_000);
  const dialogs = watchDialogs(page);
  const t = (key: string) => text('es', key);
  await open(page, '/eligibility', 'es');
  await page.evaluate(() => localStorage.removeItem('disputa.draft.eligibility'));
  await page.reload();
  await waitForApp(page);
  const choose = (key: string) => page.getByRole('radio', { name: t(key), exact: true }).check();
  const next = () => page.getByRole('button', { name: t('wizard.next'), exact: true }).click();
  await choose('labels.delivery_status.marked_delivered');
  await next();
  await page.getByLabel(t('wizard.dates.ordered'), { exact: true }).fill(day(-20));
  await page.getByLabel(t('wizard.dates.shipped'), { exact: true }).fill(day(-15));
  await page.getByLabel(t('wizard.dates.marked_delivered'), { exact: true }).fill(day(-2));
  await next();
  await page.getByRole('checkbox', { name: t('wizard.protection.unknown') }).check();
  await next();
  await choose('labels.problem.not_received');
  await next();
  await page.getByLabel(t('wizard.country.label')).selectOption('FR');
  await next();
  await choose('labels.payment_method.card');
  await next();
  await choose('wizard.no');
  await next();
  await expect(page.locator('#wizard-heading')).toHaveText(t('wizard.result.title'));
  // The finished answers, to start each save from the result again.
  const draft = await page.evaluate(() => localStorage.getItem('disputa.draft.eligibility'));
  expect(draft).toBeTruthy();

  for (const payload of HOSTILE) {
    await page.getByLabel(t('wizard.save.item')).fill(payload);
    await page.getByLabel(t('wizard.save.order')).fill(payload);
    await page.getByRole('button', { name: t('wizard.save.button') }).click();
    await expect(page).toHaveURL(/\/cases\/c-[0-9a-z]+-[0-9a-z]+$/);
    await expectExactText(page.locator('main h1'), payload);
    await expectExactText(fact(page, 'es', 'case_form.order_number'), payload);
    await expectNothingInjected(page, dialogs);
    await page.evaluate((draft) => localStorage.setItem('disputa.draft.eligibility', draft), draft!);
    await page.goto('/eligibility');
    await expect(page.locator('#wizard-heading')).toHaveText(t('wizard.result.title'));
  }
  const cases = await storedCases(page);
  expect(cases.map((c) => c.item).sort()).toEqual([...HOSTILE].sort());
  expect(cases.every((c) => c.item === c.order_number)).toBe(true);
});

/** A case of the import file with the payload in every string field. */
function hostileCase(index: number, payload: string) {
  return {
    format: 'disputa.case', version: 1, id: `xss-${index + 1}`,
    order_number: payload, store: payload, item: payload,
    price: { amount: '19.99', currency: 'EUR' }, payment_method: 'card', country: 'ES',
    ordered_on: day(-40), shipped_on: day(-35), delivery_status: 'received', delivered_on: day(-10),
    problem: 'damaged', item_unused: true, contacted_seller_on: day(-9),
    return: { free_return: true, shipped_on: day(-5), tracking: payload },
    evidence: [{ kind: 'photo', note: payload, captured_on: day(-10) }],
    seller_requests: [{ kind: 'confirm_receipt', on: day(-8) }],
    notes: `${payload}\nBEGIN:VEVENT\nSUMMARY:${payload}`,
  };
}

/** A case whose id is the payload: its name in every list is the id. */
function hostileId(payload: string) {
  return { format: 'disputa.case', version: 1, id: payload, delivery_status: 'in_transit', shipped_on: day(-3) };
}

const FILE = JSON.stringify({
  format: 'disputa.cases', version: 1,
  cases: [
    // A field the app does not know is read past, whatever it holds.
    ...HOSTILE.map((payload, i) => ({ ...hostileCase(i, payload), found_on: { listing: payload, words: [payload] } })),
    ...HOSTILE.map(hostileId),
  ],
});

/** Imports the hostile file through Settings. */
async function importHostileFile(page: Page, lang: Lang) {
  await open(page, '/settings', lang);
  await page.getByLabel(text(lang, 'pages.settings.import_label')).setInputFiles({
    name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(FILE),
  });
  const added = text(lang, 'pages.settings.import_added').replace('{{ count }}', String(HOSTILE.length * 2));
  await expect(page.getByRole('region', { name: text(lang, 'pages.settings.import_preview') })).toContainText(added);
  await page.getByRole('button', { name: text(lang, 'pages.settings.import_confirm'), exact: true }).click();
  await expect(page.getByText(text(lang, 'pages.settings.import_done')
    .replace('{{ added }}', String(HOSTILE.length * 2)).replace('{{ updated }}', '0'))).toBeVisible();
}

/** A case's address as the app writes it: every byte outside A-Z a-z 0-9 - . _ as "~" and two hex digits. */
function casePath(id: string): string {
  const bytes = [...new TextEncoder().encode(id)];
  return `/cases/${bytes.map((b) => (/[A-Za-z0-9._-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `~${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('')}`;
}

test('an imported file with hostile text in every string field: lists, case pages and calendar files show it as text', async ({ page }) => {
  test.setTimeout(300_000);
  const dialogs = watchDialogs(page);
  await importHostileFile(page, 'en');
  await expectNothingInjected(page, dialogs);
  // Settings lists every case by name: the item, or else the id.
  const listed = await page.getByRole('region', { name: text('en', 'pages.settings.cases_title') })
    .getByRole('listitem').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
  for (const payload of HOSTILE) {
    expect(listed.filter((item) => item.startsWith(payload)), payload).toHaveLength(2);
  }

  await open(page, '/cases', 'en');
  const names = page.locator('.case-row__name');
  await expect(names).toHaveCount(HOSTILE.length * 2);
  const shown = await names.evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
  for (const [index, payload] of HOSTILE.entries()) {
    expect(shown, payload).toContainEqual([payload, `/cases/xss-${index + 1}`]);
    expect(shown, payload).toContainEqual([payload, casePath(payload)]);
  }
  await expectNothingInjected(page, dialogs);

  // A case whose id is hostile text opens from its link and again from its
  // address: "/", "?", "#" and "%" in the id stay part of it.
  for (const payload of HOSTILE) {
    await page.locator(`a.case-row__name[href="${casePath(payload)}"]`).click();
    await expectExactText(page.locator('main h1'), payload);
    // Its address opens it again.
    await page.reload();
    await expectExactText(page.locator('main h1'), payload);
    await page.goBack();
    await expect(names).toHaveCount(HOSTILE.length * 2);
  }

  for (const [index, payload] of HOSTILE.entries()) {
    await open(page, `/cases/xss-${index + 1}`, 'en');
    await expectExactText(page.locator('main h1'), payload);
    await expectExactText(fact(page, 'en', 'case_form.store'), payload);
    await expectExactText(fact(page, 'en', 'case_form.order_number'), payload);
    await expectExactText(page.locator('.case-evidence__note'), payload);
    await expect(page.locator('#seller-refusal')).toHaveValue(new RegExp(payload.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.locator('.case-details summary').click();
    await expect(caseField(page, 'en', 'notes')).toHaveValue(`${payload}\nBEGIN:VEVENT\nSUMMARY:${payload}`);
    await expectNothingInjected(page, dialogs);
    const ics = await calendarFile(page, 'en');
    expect(ics).toContain(`DESCRIPTION:${icsEscaped(payload)}. `);
    expect(ics.match(/^BEGIN:VEVENT$/gm)?.length).toBe(ics.match(/^END:VEVENT$/gm)?.length);
  }
});

test('an imported file with hostile text: the filing guide fills its messages with it as text, and the export keeps it exactly', async ({ page }) => {
  test.setTimeout(240_000);
  const dialogs = watchDialogs(page);
  await importHostileFile(page, 'es');
  for (const [index, payload] of HOSTILE.entries()) {
    await open(page, `/file?ground=damaged&case=xss-${index + 1}`, 'es');
    const messages = await page.locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.includes(payload)), payload).toBe(true);
    await expectNothingInjected(page, dialogs);
  }

  await open(page, '/settings', 'es');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('es', 'pages.settings.export_button') }).click(),
  ]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  const sent = [...HOSTILE.map((payload, i) => hostileCase(i, payload)), ...HOSTILE.map(hostileId)];
  expect(exported.cases).toHaveLength(sent.length);
  for (const original of sent) {
    const kept = exported.cases.find((c: { id: string }) => c.id === original.id);
    expect(kept, original.id).toMatchObject(original);
  }
});

test('hostile values in checked fields of an imported file are refused, each named as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await open(page, '/settings', 'en');
  const file = {
    format: 'disputa.cases', version: 1,
    cases: HOSTILE.map((payload, i) => ({ id: `bad-${i + 1}`, delivery_status: payload })),
  };
  await page.getByLabel(text('en', 'pages.settings.import_label')).setInputFiles({
    name: 'refused.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(text('en', 'pages.settings.import_refused'));
  const problems = await alert.getByRole('listitem').evaluateAll((items) => items.map((i) => i.textContent ?? ''));
  expect(problems).toHaveLength(HOSTILE.length);
  for (const [index, payload] of HOSTILE.entries()) {
    // Named in the buyer's words, the hostile value shown as text, no field name.
    expect(problems[index], payload).toContain(`Case ${index + 1}: `);
    expect(problems[index], payload).toContain(`(${payload})`);
    expect(problems[index], payload).not.toContain('delivery_status');
  }
  await expectNothingInjected(page, dialogs);
  expect(await storedCases(page)).toEqual([]);
});
