// The other ways to get the money back (O1, O2, O3), in both languages: a
// card-paid order in Spain whose dispute AliExpress rejected, with the usual
// chargeback day two days away. The case page lists the routes with their
// dates, the chargeback's date is among the close deadlines, in My cases and
// in the calendar file, the letter to the bank is filled from the case and
// copies, and recording the request moves the route on and keeps it. And
// the wizard's result, for an order whose dispute window closed long ago,
// shows the same routes with the letter.
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { test, expect, open, expectAccessible, text, LANGS, type Lang } from './support';

/** A calendar date `days` from today (negative: in the past), as YYYY-MM-DD. */
function day(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const ITEM = 'Espresso grinder';

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Paid 118 days ago by card (O2: the usual 120 days end in two days). */
async function createCase(page: Page, lang: Lang) {
  await open(page, '/cases', lang);
  await page.getByRole('button', { name: text(lang, 'cases.new_button') }).click();
  await page.getByLabel(text(lang, 'case_form.item'), { exact: true }).fill(ITEM);
  await page.getByLabel(text(lang, 'case_form.store'), { exact: true }).fill('Grind Store');
  await page.getByLabel(text(lang, 'case_form.order_number')).fill('8100200300400500');
  await page.getByLabel(text(lang, 'case_form.amount')).fill('89.50');
  await page.getByLabel(text(lang, 'case_form.currency')).fill('EUR');
  await page.getByLabel(text(lang, 'case_form.payment_method')).selectOption('card');
  await page.getByLabel(text(lang, 'case_form.country')).selectOption('ES');
  await page.getByLabel(text(lang, 'case_form.delivery_status')).selectOption('received');
  await page.getByLabel(text(lang, 'case_form.ordered_on')).fill(day(-118));
  await page.getByLabel(text(lang, 'case_form.shipped_on')).fill(day(-116));
  await page.getByLabel(text(lang, 'case_form.delivered_on')).fill(day(-60));
  await page.getByLabel(text(lang, 'case_form.problem')).selectOption('quality');
  await page.getByRole('button', { name: text(lang, 'cases.new_save') }).click();
  await expect(page.locator('main h1')).toHaveText(ITEM);
}

/** Records a move: its button, the day, Save. */
async function record(page: Page, lang: Lang, action: string, on: string, outcome?: string) {
  await page.getByRole('button', { name: text(lang, `case.action.${action}`) }).click();
  await page.getByLabel(text(lang, 'case.move_day')).fill(on);
  if (outcome) await page.getByLabel(text(lang, 'case.move_outcome')).selectOption(outcome);
  await page.getByRole('button', { name: text(lang, 'case.move_record'), exact: true }).click();
}

for (const lang of LANGS) {
  test.describe(`other routes (${lang})`, () => {
    test('a rejected dispute leads to the bank: dated, in the calendar, a letter copied, the request recorded', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await createCase(page, lang);
      const routes = page.locator('section.other-routes');
      const photos = text(lang, 'case.evidence_mark').replace('{{ kind }}', text(lang, 'labels.evidence_kind.photo'));
      await page.getByRole('button', { name: photos }).click();
      await page.getByLabel(text(lang, 'case.evidence_note')).first().fill('burr jammed after a week');
      await page.getByRole('button', { name: text(lang, 'case.evidence_save') }).click();
      await record(page, lang, 'open_dispute', day(-58));
      // While AliExpress decides, the routes wait: their steps behind a disclosure.
      await expect(routes.locator('.other-routes__lead')).toHaveText(text(lang, 'routes.lead.after_dispute'));
      await expect(routes.locator('details.route__how').first()).toBeVisible();
      await record(page, lang, 'decide', day(-10), 'rejected');

      // AliExpress said no: nothing is left to do there, the routes are the
      // way now, each with its date.
      await expect(page.locator('.case-now__step')).toContainText(text(lang, 'routes.next_step'));
      await expect(routes.getByRole('heading', { level: 2 })).toHaveText(text(lang, 'routes.title'));
      await expect(routes.locator('.other-routes__lead')).toHaveText(text(lang, 'routes.lead.now'));
      const chargeback = routes.locator('[data-route="chargeback"]');
      await expect(chargeback.getByRole('heading', { level: 3 })).toHaveText(text(lang, 'routes.kind.chargeback'));
      const usual = text(lang, 'routes.state.open_chargeback').split('{{ date }}')[0];
      await expect(chargeback.locator('.route__state')).toContainText(usual);
      await expect(routes.locator('[data-route="eu-withdrawal"] .route__state'))
        .toContainText(text(lang, 'routes.state.passed').split('{{ date }}')[0]);
      await expect(routes.locator('[data-route="eu-guarantee"]')).toBeVisible();
      await expect(routes.locator('[data-route="paypal"]')).toHaveCount(0);
      await expect(chargeback.locator('.route__steps li')).toHaveCount(5);
      await expect(chargeback).toContainText(text(lang, 'routes.dont.chargeback'));

      // The usual chargeback day is close: among the case's close deadlines.
      const soon = page.locator('.deadline--soon', { hasText: text(lang, 'labels.deadline.chargeback_by') });
      await expect(soon).toHaveCount(1);

      // The letter to the bank, filled from the case, and copied.
      const letter = page.getByRole('textbox', { name: text(lang, 'routes.letter_bank') });
      await expect(letter).toHaveValue(/8100200300400500/);
      await expect(letter).toHaveValue(new RegExp(ITEM));
      await expect(letter).toHaveValue(/Grind Store/);
      await expect(letter).toHaveValue(lang === 'en' ? /89\.50 EUR/ : /89,50 EUR/);
      await expect(letter).toHaveValue(/burr jammed after a week/);
      await expect(letter).toHaveValue(new RegExp(text(lang, 'labels.outcome.rejected')));
      const copyName = text(lang, 'filing.messages.copy_name').replace('{{ name }}', text(lang, 'routes.letter_bank'));
      await page.getByRole('button', { name: copyName }).click();
      await expect(chargeback.getByRole('status').filter({ hasText: text(lang, 'filing.messages.copied') })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await letter.inputValue());
      await expectAccessible(page);

      // The printed summary carries the letter, without the buttons.
      await page.emulateMedia({ media: 'print' });
      await expect(letter).toBeVisible();
      await expect(page.getByRole('button', { name: copyName })).toBeHidden();
      await expect(chargeback.getByRole('button', { name: text(lang, 'case.action.request_chargeback') })).toBeHidden();
      await page.emulateMedia({ media: 'screen' });

      // The calendar file holds the chargeback's usual day.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: text(lang, 'case.calendar') }).click(),
      ]);
      const ics = await readFile(await download.path(), 'utf8');
      expect(ics).toContain(`DTSTART;VALUE=DATE:${day(2).replaceAll('-', '')}`);

      // My cases puts it among the urgent ones, by that date.
      const caseUrl = page.url();
      await open(page, '/cases', lang);
      const row = page.locator('.case-row', { hasText: ITEM });
      await expect(row.locator('.case-row__deadline')).toContainText(text(lang, 'labels.deadline.chargeback_by'));
      await expect(row).toContainText(text(lang, 'routes.row_step'));
      const finished = page.locator('section', { has: page.getByRole('heading', { name: text(lang, 'cases.finished_title') }) });
      await expect(finished.locator('.case-row', { hasText: ITEM })).toHaveCount(0);
      await page.goto(caseUrl);
      await expect(page.locator('main h1')).toHaveText(ITEM);

      // Recording the request moves the route on, and it is kept.
      await chargeback.getByRole('button', { name: text(lang, 'case.action.request_chargeback') }).click();
      await chargeback.getByLabel(text(lang, 'case.move_day')).fill(day(0));
      await chargeback.getByRole('button', { name: text(lang, 'case.move_record'), exact: true }).click();
      const started = text(lang, 'routes.state.started_chargeback').split('{{ on }}')[0];
      await expect(chargeback.locator('.route__state')).toContainText(started);
      await expect(page.locator('.deadline', { hasText: text(lang, 'labels.deadline.chargeback_by') })).toHaveCount(0);
      await page.reload();
      await expect(page.locator('section.other-routes [data-route="chargeback"] .route__state')).toContainText(started);
      await expect(page.locator('.timeline__event', { hasText: text(lang, 'case.event.chargeback_requested') })).toHaveCount(1);
      await expectAccessible(page);
    });
  });

  test(`the wizard's result shows the routes when the dispute window has closed (${lang})`, async ({ page }) => {
    await open(page, '/eligibility', lang);
    await page.evaluate(() => localStorage.removeItem('disputa.draft.eligibility'));
    await page.reload();
    const next = () => page.getByRole('button', { name: text(lang, 'wizard.next'), exact: true }).click();
    const choose = (key: string) => page.getByRole('radio', { name: text(lang, key), exact: true }).check();
    await choose('labels.delivery_status.received');
    await next();
    await page.getByLabel(text(lang, 'wizard.dates.ordered'), { exact: true }).fill(day(-200));
    await page.getByLabel(text(lang, 'wizard.dates.shipped'), { exact: true }).fill(day(-195));
    await page.getByLabel(text(lang, 'wizard.dates.delivered'), { exact: true }).fill(day(-150));
    await next();
    await page.getByRole('checkbox', { name: text(lang, 'wizard.protection.unknown') }).check();
    await next();
    await choose('labels.problem.quality');
    await next();
    await choose('wizard.no');
    await next();
    await page.getByLabel(text(lang, 'wizard.country.label')).selectOption('FR');
    await next();
    await choose('labels.payment_method.card');
    await next();
    await choose('wizard.no');
    await next();
    await expect(page.locator('#wizard-heading')).toHaveText(text(lang, 'wizard.result.title'));

    const routes = page.locator('section.other-routes');
    await expect(routes.locator('.other-routes__lead')).toHaveText(text(lang, 'routes.lead.now'));
    // Past the usual 120 days, before the 540 days at most: the bank decides.
    await expect(routes.locator('[data-route="chargeback"] .route__state'))
      .toContainText(text(lang, 'routes.state.ask_bank').split('{{ usual }}')[0]);
    const letter = page.getByRole('textbox', { name: text(lang, 'routes.letter_bank') });
    await expect(letter).toHaveValue(new RegExp(escape(text(lang, 'templates.placeholder.order_number'))));
    // Nothing to record before the case is saved.
    await expect(routes.getByRole('button', { name: text(lang, 'case.action.request_chargeback') })).toHaveCount(0);
    await expectAccessible(page);
  });
}
