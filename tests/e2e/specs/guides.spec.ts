// The before-you-buy check and the returns page, in both languages: answered
// by keyboard and clicks, with the summary, the free-return answer and the
// calculator checked, and an axe scan of every state.
import type { Page, Locator } from '@playwright/test';
import { test, expect, open, expectAccessible, text, LANGS, type Lang } from './support';

/** A locale text with its `{{ name }}` placeholders filled in. */
function fill(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  return text(lang, key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(values[name]));
}

/** A radio group by its question. */
function group(page: Page, lang: Lang, key: string, values: Record<string, string | number> = {}): Locator {
  return page.getByRole('group', { name: fill(lang, key, values), exact: true });
}

async function choose(page: Page, lang: Lang, question: string, answer: string, values = {}) {
  await group(page, lang, question, values).getByRole('radio', { name: text(lang, answer), exact: true }).check();
}

/** The local date `days` from today, as a date field takes it and as the page writes it. */
function dayFromToday(lang: Lang, days: number): { iso: string; long: string } {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + days);
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const weekday = text(lang, `date.weekday_${((d.getDay() + 6) % 7) + 1}`);
  const month = text(lang, `date.month_${d.getMonth() + 1}`);
  return { iso, long: fill(lang, 'date.long', { weekday, day: d.getDate(), month, year: d.getFullYear() }) };
}

const decimal = (lang: Lang, value: string) => (lang === 'es' ? value.replace('.', ',') : value);

for (const lang of LANGS) {
  test.describe(`before you buy in ${lang}`, () => {
    test('the summary follows the answers, cites its rules and marks the rules of thumb', async ({ page }) => {
      await open(page, '/before-you-buy', lang);
      const summary = page.getByRole('region', { name: text(lang, 'buy.summary.title') });
      await expect(summary).toContainText(text(lang, 'buy.summary.empty'));
      await expectAccessible(page);

      await choose(page, lang, 'buy.returns.legend', 'buy.returns.free');
      await page.getByLabel(text(lang, 'buy.country.label')).selectOption('ES');
      await page.getByLabel(text(lang, 'buy.seller.feedback')).fill(decimal(lang, '94.5'));
      await page.getByLabel(text(lang, 'buy.seller.years')).fill('0');
      await choose(page, lang, 'buy.reviews.legend', 'buy.reviews.with_photos');
      await choose(page, lang, 'buy.questions.legend', 'buy.not_yet');
      // By keyboard: focus the first answer, select it, then move to the next.
      const screenshots = group(page, lang, 'buy.screenshots.legend');
      await screenshots.getByRole('radio', { name: text(lang, 'buy.yes'), exact: true }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await expect(screenshots.getByRole('radio', { name: text(lang, 'buy.not_yet'), exact: true })).toBeChecked();
      await choose(page, lang, 'buy.payment.legend', 'buy.payment.outside');

      const risky = summary.locator('.findings--risky');
      await expect(risky.getByRole('heading', { level: 3 })).toHaveText(text(lang, 'buy.summary.risky'));
      await expect(risky).toContainText(text(lang, 'buy.finding.pay_outside'));
      await expect(risky).toContainText(fill(lang, 'buy.finding.feedback_low', { min: 95 }));
      await expect(risky).toContainText(fill(lang, 'buy.finding.store_new', { years: 1 }));
      await expect(risky.locator('.finding__thumb')).toHaveCount(2);
      await expect(risky.locator('.finding__thumb').first()).toHaveText(text(lang, 'buy.summary.rule_of_thumb'));
      await expect(risky.locator('summary', { hasText: 'BP5' })).toHaveCount(1);

      const todo = summary.locator('.findings--todo');
      await expect(todo.getByRole('heading', { level: 3 })).toHaveText(text(lang, 'buy.summary.todo'));
      await expect(todo).toContainText(text(lang, 'buy.finding.questions_to_ask'));
      await expect(todo).toContainText(text(lang, 'buy.finding.screenshots_to_take'));

      const fine = summary.locator('.findings--fine');
      // The free-return finding names R2's exclusions, with the limit of the policy.
      await expect(fine).toContainText(fill(lang, 'buy.finding.free_return_offered', { days: 15, limit: 1000 }));
      await expect(fine.locator('summary', { hasText: 'R2' })).toHaveCount(1);
      await expect(fine).toContainText(text(lang, 'buy.finding.country_has_free_returns'));
      await expect(fine).toContainText(text(lang, 'buy.finding.reviews_with_photos'));
      await expect(summary).not.toContainText(text(lang, 'buy.summary.empty'));
      await expect(page.locator('.rule-of-thumb')).toContainText(
        fill(lang, 'buy.seller.thumb', { percent: 95, years: 1 }),
      );
      await expectAccessible(page);

      // A citation opens on Enter and shows its source.
      await risky.locator('summary', { hasText: 'PP6' }).focus();
      await page.keyboard.press('Enter');
      await expect(risky.locator('details[open]')).toContainText(text(lang, 'rules.pp6.source'));
    });

    test('bad numbers get a clear message and a country without free returns is risky', async ({ page }) => {
      await open(page, '/before-you-buy', lang);
      const feedback = page.getByLabel(text(lang, 'buy.seller.feedback'));
      await feedback.fill('muy bien');
      await expect(page.getByText(text(lang, 'buy.number.percent_not_a_number'))).toBeVisible();
      await expect(feedback).toHaveAttribute('aria-invalid', 'true');
      await feedback.fill('120');
      await expect(page.getByText(text(lang, 'buy.number.percent_too_large'))).toBeVisible();
      await page.getByLabel(text(lang, 'buy.seller.years')).fill('2.5');
      await expect(page.getByText(text(lang, 'buy.number.years_not_a_number'))).toBeVisible();
      await page.getByLabel(text(lang, 'buy.country.label')).selectOption('other');
      const summary = page.getByRole('region', { name: text(lang, 'buy.summary.title') });
      await expect(summary.locator('.findings--risky')).toContainText(
        text(lang, 'buy.finding.country_without_free_returns'),
      );
      await expect(summary).toContainText(fill(lang, 'buy.summary.unanswered', { count: 7 }));
      await expectAccessible(page);
      await feedback.fill(decimal(lang, '98.7'));
      await expect(feedback).not.toHaveAttribute('aria-invalid', 'true');
      await expect(summary.locator('.findings--fine')).toContainText(fill(lang, 'buy.finding.feedback_good', { min: 95 }));
    });

    test('the answers survive leaving the page and coming back', async ({ page }) => {
      await open(page, '/before-you-buy', lang);
      await choose(page, lang, 'buy.payment.legend', 'buy.payment.checkout');
      await page.getByLabel(text(lang, 'buy.seller.feedback')).fill(decimal(lang, '97.5'));
      await page.getByLabel(text(lang, 'buy.country.label')).selectOption('DE');
      const nav = page.getByRole('navigation', { name: text(lang, 'app.nav_label') });
      await nav.getByRole('link', { name: text(lang, 'nav.returns') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(lang, 'pages.returns.title'));
      await nav.getByRole('link', { name: text(lang, 'nav.before_you_buy') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(lang, 'pages.before_you_buy.title'));
      await expect(
        group(page, lang, 'buy.payment.legend').getByRole('radio', { name: text(lang, 'buy.payment.checkout') }),
      ).toBeChecked();
      await expect(page.getByLabel(text(lang, 'buy.seller.feedback'))).toHaveValue(decimal(lang, '97.5'));
      await expect(page.getByLabel(text(lang, 'buy.country.label'))).toHaveValue('DE');
      await expect(page.getByRole('region', { name: text(lang, 'buy.summary.title') })).toContainText(
        text(lang, 'buy.finding.pay_through_aliexpress'),
      );
    });
  });

  test.describe(`returns in ${lang}`, () => {
    async function answerAll(page: Page, deliveredDaysAgo: number) {
      await choose(page, lang, 'returns.check.listing', 'returns.yes');
      await page.getByLabel(text(lang, 'returns.check.country')).selectOption('ES');
      await choose(page, lang, 'returns.check.arrived', 'returns.yes');
      await page.getByLabel(text(lang, 'returns.check.delivered_on')).fill(dayFromToday(lang, -deliveredDaysAgo).iso);
      await choose(page, lang, 'returns.check.unused', 'returns.yes');
      await choose(page, lang, 'returns.check.category', 'returns.check.category_other');
      await choose(page, lang, 'returns.check.over_limit', 'returns.no', { limit: 1000 });
      await choose(page, lang, 'returns.check.returned_before', 'returns.no');
      await choose(page, lang, 'returns.check.dispute_opened', 'returns.no');
    }

    test('the free-return check gives the last day, then the reasons it fails', async ({ page }) => {
      await open(page, '/returns', lang);
      const check = page.getByRole('region', { name: text(lang, 'returns.check.title') });
      const result = check.getByRole('region', { name: text(lang, 'returns.result.title') });
      await expect(result).toContainText(text(lang, 'returns.result.unknown'));
      await expect(result).toContainText(text(lang, 'returns.reason.country_unknown'));
      // Return terms belong to each product, not to the store.
      await expect(check).toContainText(text(lang, 'returns.check.per_product'));
      await expectAccessible(page);

      await answerAll(page, 4);
      const last = dayFromToday(lang, 11);
      await expect(result.locator('.verdict')).toHaveText(
        fill(lang, 'returns.result.possible', { date: last.long, days: 11 }),
      );
      await expectAccessible(page);

      await choose(page, lang, 'returns.check.unused', 'returns.no');
      await choose(page, lang, 'returns.check.category', 'returns.check.category_underwear');
      await expect(result.locator('.verdict')).toHaveText(text(lang, 'returns.result.not_possible'));
      const used = result.locator('li', { hasText: text(lang, 'returns.reason.item_used') });
      await expect(used.locator('summary')).toContainText('R1');
      const excluded = result.locator('li', { hasText: text(lang, 'returns.reason.item_excluded') });
      await expect(excluded.locator('summary')).toContainText('R2');
      await expect(result).toContainText(fill(lang, 'returns.result.window_ends', { date: last.long }));
      await expectAccessible(page);

      await choose(page, lang, 'returns.check.unused', 'returns.yes');
      await choose(page, lang, 'returns.check.category', 'returns.check.category_other');
      await page.getByLabel(text(lang, 'returns.check.delivered_on')).fill(dayFromToday(lang, -16).iso);
      await expect(result).toContainText(fill(lang, 'returns.reason.window_closed', { days: 15 }));
      await expect(result).toContainText(
        fill(lang, 'returns.result.window_ended', { date: dayFromToday(lang, -1).long }),
      );
      await page.getByLabel(text(lang, 'returns.check.delivered_on')).fill(dayFromToday(lang, 2).iso);
      await expect(page.getByText(text(lang, 'returns.check.date_after_today'))).toBeVisible();
      await expectAccessible(page);

      // The answers are kept for the tab: a reload shows them again.
      await page.reload();
      await expect(page.getByLabel(text(lang, 'returns.check.country'))).toHaveValue('ES');
      await expect(
        group(page, lang, 'returns.check.listing').getByRole('radio', { name: text(lang, 'returns.yes') }),
      ).toBeChecked();
    });

    test('the calculator says who pays and when a return loses money', async ({ page }) => {
      await open(page, '/returns', lang);
      const calculator = page.getByRole('region', { name: text(lang, 'returns.cost.title') });
      const result = calculator.getByRole('region', { name: text(lang, 'returns.result.title') });
      await expect(result).toContainText(text(lang, 'returns.cost.incomplete'));

      await choose(page, lang, 'returns.cost.problem', 'returns.cost.problem_no_longer_needed');
      const refund = page.getByLabel(text(lang, 'returns.cost.refund'));
      const shipping = page.getByLabel(text(lang, 'returns.cost.shipping'));
      await refund.fill('8,00');
      await shipping.fill('12.50');
      await expect(result).toContainText(text(lang, 'returns.cost.buyer_pays'));
      await expect(result.locator('.verdict')).toHaveText(
        `${text(lang, 'returns.cost.if_you_pay')} ${fill(lang, 'returns.cost.loss', { net: decimal(lang, '4.50') })}`,
      );
      await expectAccessible(page);

      await shipping.fill('3');
      await expect(result.locator('.verdict')).toContainText(
        fill(lang, 'returns.cost.gain', {
          shipping: decimal(lang, '3.00'),
          refund: decimal(lang, '8.00'),
          net: decimal(lang, '5.00'),
        }),
      );

      // By keyboard: from "I no longer need it" up to "I found it cheaper elsewhere", then a seller fault.
      await group(page, lang, 'returns.cost.problem')
        .getByRole('radio', { name: text(lang, 'returns.cost.problem_no_longer_needed') })
        .focus();
      await page.keyboard.press('ArrowUp');
      await expect(
        group(page, lang, 'returns.cost.problem').getByRole('radio', {
          name: text(lang, 'returns.cost.problem_cheaper_elsewhere'),
        }),
      ).toBeChecked();
      await choose(page, lang, 'returns.cost.problem', 'returns.cost.problem_damaged');
      await expect(result).toContainText(text(lang, 'returns.cost.seller_pays'));
      await expect(result.locator('summary', { hasText: 'R3' })).toHaveCount(1);

      await refund.fill('1.234,50');
      await expect(calculator.getByText(text(lang, 'returns.cost.not_a_number'))).toBeVisible();
      await refund.fill('12.345');
      await expect(calculator.getByText(text(lang, 'returns.cost.decimals'))).toBeVisible();
      await expect(refund).toHaveAttribute('aria-invalid', 'true');
      await expect(result).toContainText(text(lang, 'returns.cost.incomplete'));
      await expectAccessible(page);
    });
  });
}
