// My cases and a case's page, in both languages: a case created with the
// form, a dispute opened 16 days ago without an answer that has become a
// claim, a full refund followed to "refund made", all of it back after a
// reload; the calendar file; the list's order and empty state; an unknown id;
// a long list on a phone, by keyboard.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { benchCases, storedState, STATE_KEY } from '../seed-cases.mjs';
import { test, expect, open, expectAccessible, text, LANGS, type Lang } from './support';

/** A calendar date `days` from today (negative: in the past), as YYYY-MM-DD. */
function day(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The case form, by its labels in the page's language. */
async function createCase(page: Page, lang: Lang, item: string) {
  await open(page, '/cases', lang);
  await page.getByRole('button', { name: text(lang, 'cases.new_button') }).click();
  await page.getByLabel(text(lang, 'case_form.item'), { exact: true }).fill(item);
  await page.getByLabel(text(lang, 'case_form.store'), { exact: true }).fill('Sound Store');
  await page.getByLabel(text(lang, 'case_form.amount')).fill('24,90');
  await page.getByLabel(text(lang, 'case_form.currency')).fill('eur');
  await page.getByLabel(text(lang, 'case_form.payment_method')).selectOption('card');
  await page.getByLabel(text(lang, 'case_form.delivery_status')).selectOption('received');
  await page.getByLabel(text(lang, 'case_form.shipped_on')).fill(day(-40));
  await page.getByLabel(text(lang, 'case_form.delivered_on')).fill(day(-20));
  await page.getByLabel(text(lang, 'case_form.problem')).selectOption('damaged');
  await page.getByRole('button', { name: text(lang, 'cases.new_save') }).click();
  await expect(page).toHaveURL(/\/cases\/c-[0-9a-z]+-[0-9a-z]+/);
  await expect(page.locator('main h1')).toHaveText(item);
}

/** Records a move: its button, then the day, then Save. */
async function record(page: Page, lang: Lang, action: string, on: string, outcome?: string) {
  await page.getByRole('button', { name: text(lang, `case.action.${action}`) }).click();
  await page.getByLabel(text(lang, 'case.move_day')).fill(on);
  if (outcome) await page.getByLabel(text(lang, 'case.move_outcome')).selectOption(outcome);
  await page.getByRole('button', { name: text(lang, 'case.move_record'), exact: true }).click();
}

function fact(page: Page, lang: Lang, key: string) {
  return page.locator('.case-facts dt', { hasText: text(lang, key) }).locator('xpath=following-sibling::dd[1]');
}

for (const lang of LANGS) {
  test.describe(`cases (${lang})`, () => {
    test('a dispute with no answer for 16 days is a claim; a full refund is followed to the end and kept', async ({ page }) => {
      await createCase(page, lang, 'Bluetooth speaker');
      await expectAccessible(page);

      // The photos this ground requires (D6), marked as captured.
      const photos = text(lang, 'case.evidence_mark').replace('{{ kind }}', text(lang, 'labels.evidence_kind.photo'));
      await page.getByRole('button', { name: photos }).click();
      await page.getByLabel(text(lang, 'case.evidence_note')).first().fill('dented box, broken grille');
      await page.getByRole('button', { name: text(lang, 'case.evidence_save') }).click();
      await expect(page.locator('.case-evidence__item--done')).toContainText('dented box, broken grille');

      await record(page, lang, 'open_dispute', day(-16));
      await expect(fact(page, lang, 'case.stage')).toHaveText(text(lang, 'labels.stage.claim'));
      await expect(page.locator('.case-now__step')).toContainText(text(lang, 'wizard.next_step.answer_case_team'));
      await expectAccessible(page);

      await record(page, lang, 'decide', day(-1), 'full_refund');
      const steps = page.locator('.refund__step');
      await expect(steps).toHaveCount(3);
      await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
      const move = (stage: string) =>
        page.getByRole('button', {
          name: text(lang, 'case.refund_move').replace('{{ stage }}', text(lang, `labels.refund_stage.${stage}`)),
        });
      await move('processing').click();
      await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
      await move('refunded').click();
      await expect(steps.nth(2)).toHaveAttribute('aria-current', 'step');
      // Forward only: no button is left to move the refund, and none goes back.
      await expect(page.locator('.refund__form')).toHaveCount(0);
      await expect(page.locator('.refund__arrival')).toBeVisible();
      await expectAccessible(page);

      await page.reload();
      await expect(page.locator('main h1')).toHaveText('Bluetooth speaker');
      await expect(fact(page, lang, 'case.stage')).toHaveText(text(lang, 'labels.stage.closed'));
      await expect(page.locator('.refund__step').nth(2)).toHaveAttribute('aria-current', 'step');
      await expect(page.locator('.timeline__event')).toHaveCount(6);
      await expect(page.locator('.timeline__event').first()).toContainText(text(lang, 'case.event.shipped'));

      await open(page, '/cases', lang);
      const finished = page.locator('section', { has: page.getByRole('heading', { name: text(lang, 'cases.finished_title') }) });
      await expect(finished.getByRole('link', { name: 'Bluetooth speaker' })).toBeVisible();
      await expect(finished).toContainText('24.90 EUR');
      await expectAccessible(page);
    });

    test('editing the details keeps what was recorded on the page since it opened', async ({ page }) => {
      await createCase(page, lang, 'Travel adapter');
      const photos = text(lang, 'case.evidence_mark').replace('{{ kind }}', text(lang, 'labels.evidence_kind.photo'));
      await page.getByRole('button', { name: photos }).click();
      await page.getByLabel(text(lang, 'case.evidence_note')).first().fill('bent pins');
      await page.getByRole('button', { name: text(lang, 'case.evidence_save') }).click();
      await record(page, lang, 'open_dispute', day(-3));
      await expect(fact(page, lang, 'case.stage')).toHaveText(text(lang, 'labels.stage.dispute_open'));

      await page.locator('.case-details summary').click();
      await page.getByLabel(text(lang, 'case_form.store'), { exact: true }).fill('Plug Store');
      await page.getByRole('button', { name: text(lang, 'case.details_save') }).click();
      await expect(page.locator('.case-details__saved')).toHaveText(text(lang, 'case.details_saved'));
      await expect(fact(page, lang, 'case_form.store')).toHaveText('Plug Store');
      await expect(fact(page, lang, 'case.stage')).toHaveText(text(lang, 'labels.stage.dispute_open'));
      await expect(page.locator('.case-evidence__item--done')).toContainText('bent pins');

      await page.reload();
      await expect(fact(page, lang, 'case_form.store')).toHaveText('Plug Store');
      await expect(page.locator('.case-evidence__item--done')).toContainText('bent pins');
      await expect(fact(page, lang, 'case.stage')).toHaveText(text(lang, 'labels.stage.dispute_open'));
    });

    test('the closed sections open by keyboard, and Tab goes into them at once', async ({ page }) => {
      await createCase(page, lang, 'Desk lamp');
      const form = page.locator('details.case-details');
      await expect(form.locator('input')).toHaveCount(0);
      await form.locator('summary').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(form.locator('input').first()).toBeFocused();
      await expect(form.getByLabel(text(lang, 'case_form.item'), { exact: true })).toHaveValue('Desk lamp');

      const why = page.locator('details.case-why');
      await why.locator('summary').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(why.locator('details.rule > summary').first()).toBeFocused();
      await expectAccessible(page);
    });

    test('the calendar file has one all-day event per open deadline, two-day reminders', async ({ page }) => {
      await createCase(page, lang, 'Desk lamp');
      const open = page.locator('.deadline:not(.deadline--passed)');
      const count = await open.count();
      expect(count).toBeGreaterThan(0);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: text(lang, 'case.calendar') }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^disputa-c-.*\.ics$/);
      const ics = await readFile(await download.path(), 'utf8');
      expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
      const events = ics.split('BEGIN:VEVENT').slice(1);
      expect(events).toHaveLength(count);
      for (const event of events) {
        expect(event).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/);
        expect(event).toContain('TRIGGER:-P2D');
        const start = event.match(/DTSTART;VALUE=DATE:(\d{8})/)![1];
        expect(start >= day(0).replaceAll('-', '')).toBe(true);
      }
      // Protection ends 60 days after shipping (BP2): 20 days from today.
      expect(ics).toContain(`DTSTART;VALUE=DATE:${day(20).replaceAll('-', '')}`);
    });

    test('the list puts the nearest deadline first; delete and undo from the case page', async ({ page }) => {
      await createCase(page, lang, 'Later order');
      await open(page, '/cases', lang);
      await page.getByRole('button', { name: text(lang, 'cases.new_button') }).click();
      await page.getByLabel(text(lang, 'case_form.item'), { exact: true }).fill('Marked delivered');
      await page.getByLabel(text(lang, 'case_form.delivery_status')).selectOption('marked_delivered');
      await page.getByLabel(text(lang, 'case_form.shipped_on')).fill(day(-30));
      await page.getByLabel(text(lang, 'case_form.delivered_on')).fill(day(-2));
      await page.getByRole('button', { name: text(lang, 'cases.new_save') }).click();
      await expect(page.locator('main h1')).toHaveText('Marked delivered');

      await open(page, '/cases', lang);
      const names = page.locator('.case-row__name');
      await expect(names).toHaveText(['Marked delivered', 'Later order']);
      // The rows sit in groups; to assistive technology they are one list.
      await expect(page.getByRole('list').filter({ has: names.first() }).getByRole('listitem')).toHaveCount(2);
      await expectAccessible(page);

      await names.first().click();
      await page.getByRole('button', { name: text(lang, 'case.delete_button') }).click();
      await expect(page.locator('main h1')).toHaveText(text(lang, 'case.deleted_title'));
      await page.getByRole('button', { name: text(lang, 'case.undo') }).click();
      await expect(page.locator('main h1')).toHaveText('Marked delivered');
    });

    test('the form checks dates as they are typed and keeps what was typed', async ({ page }) => {
      await open(page, '/cases', lang);
      await expect(page.getByRole('heading', { name: text(lang, 'cases.empty_title') })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: text(lang, 'cases.new_button') }).click();
      await page.getByLabel(text(lang, 'case_form.item'), { exact: true }).fill('Phone case');
      await page.getByLabel(text(lang, 'case_form.delivery_status')).selectOption('received');
      await page.getByLabel(text(lang, 'case_form.shipped_on')).fill(day(-5));
      await page.getByLabel(text(lang, 'case_form.delivered_on')).fill(day(-9));
      const error = page.locator('#new-case-delivered_on-error');
      await expect(error).toBeVisible();
      await expect(page.getByLabel(text(lang, 'case_form.delivered_on'))).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: text(lang, 'cases.new_save') }).click();
      const problem = (await error.textContent())!.trim();
      expect(problem.length).toBeGreaterThan(0);
      await expect(page.locator('.case-form__summary')).toContainText(problem);
      await expect(page).toHaveURL(/\/cases(\?lang=\w+)?$/);
      await expect(page.getByLabel(text(lang, 'case_form.item'), { exact: true })).toHaveValue('Phone case');
      await expectAccessible(page);
    });

    test('a seller pressing to confirm receipt gets a warning and a refusal; a timeline date is checked; print hides the controls', async ({ page }) => {
      await createCase(page, lang, 'Smart watch');
      await page.getByLabel(text(lang, 'case.seller.kind')).selectOption('confirm_receipt');
      await page.getByLabel(text(lang, 'case.seller.day')).fill(day(-1));
      await page.getByRole('button', { name: text(lang, 'case.seller.record') }).click();
      await expect(page.getByText(text(lang, 'case.seller.warning_title'))).toBeVisible();
      const refusal = page.getByLabel(text(lang, 'case.seller.refusal_label'));
      expect(await refusal.inputValue()).toContain(text(lang, 'templates.refusal.refuse'));
      await expect(page.locator('.timeline__event')).toContainText([text(lang, 'case.event.seller_request')]);
      await expectAccessible(page);

      // Shipping moved after the delivery: refused next to the date, nothing stored.
      const shipped = page.locator('.timeline__event', { hasText: text(lang, 'case.event.shipped') }).locator('input');
      await shipped.fill(day(-10));
      await shipped.dispatchEvent('change');
      await expect(page.locator('.timeline__event .field__error').first()).toBeVisible();
      await expect(shipped).toHaveAttribute('aria-invalid', 'true');
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('disputa.state')!));
      expect(stored.cases[0].shipped_on).toBe(day(-40));

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      for (const actions of await page.locator('.actions').all()) await expect(actions).toBeHidden();
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.timeline')).toBeVisible();
    });

    test('a case whose deadlines have passed keeps every text readable', async ({ page }) => {
      // A parcel still in transit three months after shipping: the protection and dispute windows are behind it.
      const late = {
        format: 'disputa.case', version: 1, id: 'late-parcel', item: 'Garden hose', store: 'Hose Hub',
        payment_method: 'card', country: 'ES', ordered_on: day(-95), shipped_on: day(-92),
        delivery_status: 'in_transit', problem: 'not_received', evidence: [],
        created_at: `${day(-95)}T08:00:00.000Z`, updated_at: `${day(-95)}T08:00:00.000Z`,
      };
      await open(page, '/', lang);
      await page.evaluate((c) => {
        const state = { format: 'disputa.state', version: 1, revision: 1, saved_at: new Date().toISOString(), cases: [c], settings: {} };
        localStorage.setItem('disputa.state', JSON.stringify(state));
      }, late);
      await open(page, '/cases/late-parcel', lang);
      await expect(page.locator('main h1')).toHaveText('Garden hose');
      expect(await page.locator('.deadline--passed').count()).toBeGreaterThan(0);
      await expectAccessible(page);
    });

    test('an unknown case id says so and leads back to the list', async ({ page }) => {
      await open(page, '/cases/no-such-case', lang);
      await expect(page.locator('main h1')).toHaveText(text(lang, 'case.not_found_title'));
      await page.getByRole('link', { name: text(lang, 'case.back_to_list') }).click();
      await expect(page).toHaveURL(/\/cases(\?lang=\w+)?$/);
      await expectAccessible(page);
    });
  });
}

test('a long list of cases with long unbroken names fits a 360 px phone and every row is reached by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.addInitScript(
    ([key, state]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, state);
    },
    [STATE_KEY, storedState(60, 'es')],
  );
  await open(page, '/cases', 'es');
  const names = page.locator('.case-row__name');
  await expect(names).toHaveCount(60);
  await expect(page.locator('.case-row__store').first()).toContainText(/\S{60,}/);
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    return { scrollWidth, clientWidth };
  });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

  // Rows far down the list, in groups the browser has not drawn yet, still
  // take focus in order and scroll into view.
  await names.first().focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  await expect(names.nth(40)).toBeFocused();
  await expect(names.nth(40)).toBeInViewport();
  const box = await page.locator('.case-row').nth(40).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  await expectAccessible(page);
});

// A case's page shows its top first and builds the sections below in later
// tasks (components/later.rs): on a phone and on a desktop screen, for a case
// in every stage, nothing visible moves as they come, and every section is
// there in the end.
for (const [width, height] of [[412, 823], [1350, 940]]) {
  test(`a case's page builds its lower sections without moving anything in view (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(
      ([key, state]) => {
        localStorage.setItem(key, state);
        const shifts: number[] = [];
        (window as any).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as any).value);
        }).observe({ type: 'layout-shift', buffered: true });
      },
      [STATE_KEY, storedState(12)],
    );
    for (const { id } of benchCases(12)) {
      await page.goto(`/cases/${id}?lang=en`);
      await expect(page.getByRole('heading', { level: 2, name: text('en', 'case.delete_title') })).toBeVisible();
      await expect(page.locator('.later--pending')).toHaveCount(0);
      const shifts: number[] = await page.evaluate(() => (window as any).__shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0), id).toBeLessThan(0.01);
    }
  });
}
