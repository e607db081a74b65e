// The eligibility wizard, journey by journey in both languages: the answers a
// worried buyer gives, the verdict with its date, the evidence, the next step,
// and "Save as a case" surviving a reload. Every step and the result are
// checked with axe. Dates are counted from the real today, with the numbers
// of the default policy read from the policy table itself.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, open, expectAccessible, text, aliPath, LANGS, type Lang, waitForApp } from './support';

// Each journey runs axe on every step, which takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

const policySource = readFileSync(new URL('../../../src/domain/policy.rs', import.meta.url), 'utf8');
const defaults = policySource.slice(policySource.indexOf('pub const DEFAULT_POLICY'));

/** A number of the default policy (`DEFAULT_POLICY` in the policy table). */
function policy(name: string): number {
  const match = defaults.match(new RegExp(`\\b${name}: (\\d+),`));
  if (!match) throw new Error(`no ${name} in the default policy`);
  return Number(match[1]);
}

/** The local calendar date `offset` days from today, as YYYY-MM-DD. */
function day(offset: number): string {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{ (\w+) \}\}/g, (_, name) => String(values[name]));
}

/** The date as the app writes it: "Friday, 6 November 2026". */
function longDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const weekday = ((new Date(y, m - 1, d).getDay() + 6) % 7) + 1;
  return fill(text(lang, 'date.long'), {
    weekday: text(lang, `date.weekday_${weekday}`),
    day: d,
    month: text(lang, `date.month_${m}`),
    year: y,
  });
}

function daysLeft(lang: Lang, count: number): string {
  if (count === 0) return text(lang, 'date.today');
  if (count === 1) return text(lang, 'date.tomorrow');
  if (count === -1) return text(lang, 'date.yesterday');
  if (count > 1) return fill(text(lang, 'date.days_left'), { count });
  return fill(text(lang, 'date.days_ago'), { count: -count });
}

/** The wizard as the buyer sees it: one question at a time. */
class Wizard {
  constructor(private page: Page, private lang: Lang) {}

  t(key: string) {
    return text(this.lang, key);
  }

  async expectQuestion(key: string) {
    await expect(this.page.locator('#wizard-heading')).toHaveText(this.t(key));
    await expect(this.page.locator('#wizard-heading')).toBeFocused();
  }

  async choose(key: string) {
    await this.page.getByRole('radio', { name: this.t(key), exact: true }).check();
  }

  async date(labelKey: string, iso: string) {
    await this.page.getByLabel(this.t(labelKey), { exact: true }).fill(iso);
  }

  async dontKnow(fieldKey: string) {
    const name = fill(this.t('wizard.unknown_date'), { field: this.t(`labels.field.${fieldKey}`) });
    await this.page.getByRole('checkbox', { name }).check();
  }

  /** Checks the step with axe, then goes on. */
  async next() {
    await expectAccessible(this.page);
    await this.page.getByRole('button', { name: this.t('wizard.next'), exact: true }).click();
  }

  async country(code: string) {
    await this.page.getByLabel(this.t('wizard.country.label')).selectOption(code);
  }

  async expectResult() {
    await expect(this.page.locator('#wizard-heading')).toHaveText(this.t('wizard.result.title'));
    await expect(this.page.locator('#wizard-heading')).toBeFocused();
    await expect(this.page.getByText(this.t('wizard.result.decides'))).toBeVisible();
  }

  verdict() {
    return this.page.locator('.verdict');
  }

  /** Saves the result as a case and returns its id, once its page is open. */
  async saveAsCase(item: string, order: string): Promise<string> {
    await this.page.getByLabel(this.t('wizard.save.item')).fill(item);
    await this.page.getByLabel(this.t('wizard.save.order')).fill(order);
    await this.page.getByRole('button', { name: this.t('wizard.save.button') }).click();
    await expect(this.page).toHaveURL(/\/cases\/[^/?]+$/);
    const id = decodeURIComponent(new URL(this.page.url()).pathname.split('/').pop()!);
    await this.page.reload();
    const stored = await this.page.evaluate(() => localStorage.getItem('disputa.state'));
    const saved = JSON.parse(stored ?? '{}').cases?.find((c: { id: string }) => c.id === id);
    expect(saved, 'the saved case').toBeTruthy();
    expect(saved.item).toBe(item);
    expect(saved.order_number).toBe(order);
    expect(await this.page.evaluate(() => localStorage.getItem('disputa.draft.eligibility'))).toBeNull();
    return id;
  }
}

/** After a reload, My cases lists the saved case with a link to it. */
async function expectSavedUnderMyCases(page: Page, id: string) {
  await page.goto('/cases');
  await expect(page.locator(`a[href="/cases/${id}"]`)).toBeVisible();
}

async function start(page: Page, lang: Lang): Promise<Wizard> {
  await open(page, '/eligibility', lang);
  await page.evaluate(() => localStorage.removeItem('disputa.draft.eligibility'));
  await page.reload();
  await waitForApp(page);
  const wizard = new Wizard(page, lang);
  await expect(page.locator('#wizard-heading')).toHaveText(text(lang, 'wizard.status.question'));
  return wizard;
}

for (const lang of LANGS) {
  test(`a parcel marked delivered two days ago that never came: open a dispute by its date, in ${lang}`, async ({ page }) => {
    const w = await start(page, lang);
    await expect(page.locator('#wizard-progress')).toHaveText(fill(w.t('wizard.progress'), { current: 1, total: 4 }));
    await w.choose('labels.delivery_status.marked_delivered');
    await w.next();
    await w.expectQuestion('wizard.dates.question');
    await w.date('wizard.dates.ordered', day(-20));
    await w.date('wizard.dates.shipped', day(-15));
    await w.date('wizard.dates.marked_delivered', day(-2));
    await w.next();
    await w.expectQuestion('wizard.protection.question');
    await page.getByRole('checkbox', { name: w.t('wizard.protection.unknown') }).check();
    await w.next();
    await w.expectQuestion('wizard.problem.question');
    await w.choose('labels.problem.not_received');
    await w.next();
    await w.expectQuestion('wizard.country.question');
    await w.country('FR');
    await w.next();
    await w.choose('labels.payment_method.card');
    await w.next();
    await w.expectQuestion('wizard.seller.question');
    await w.choose('wizard.no');
    await w.next();

    await w.expectResult();
    const days = policy('marked_delivered_days');
    const until = day(-2 + days);
    await expect(w.verdict()).toHaveText(
      fill(w.t('wizard.verdict.open_now'), { date: longDate(lang, until), left: daysLeft(lang, days - 2) }),
    );
    const openBy = page.locator('.deadline', { hasText: w.t('labels.deadline.open_dispute_by') });
    await expect(openBy).toContainText(longDate(lang, until));
    // No photo is required for an item that never came (D6).
    await expect(page.getByRole('heading', { name: w.t('wizard.result.required') })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: w.t('wizard.result.recommended') })).toBeVisible();
    await expect(page.getByText(w.t('labels.capture.post_office_statement'))).toBeVisible();
    const guide = page.getByRole('link', { name: w.t('wizard.next_step.link_file') });
    await expect(guide).toHaveAttribute('href', '/file?ground=not_received');
    const d5 = page.locator('details.rule', { hasText: 'D5' });
    await d5.locator('summary').click();
    await expect(d5).toContainText(w.t('rules.d5.source'));
    await expect(d5).toContainText(w.t('rules.d5.alternative'));
    await expect(d5).toContainText(w.t('confidence.medium'));
    await expectAccessible(page);

    const id = await w.saveAsCase('Headphones', '8100000000000001');
    await expectSavedUnderMyCases(page, id);
  });

  test(`a parcel marked delivered on a day the buyer does not know: the outer limit, and the date asked for, in ${lang}`, async ({ page }) => {
    const w = await start(page, lang);
    await w.choose('labels.delivery_status.marked_delivered');
    await w.next();
    await w.dontKnow('ordered_on');
    await w.date('wizard.dates.shipped', day(-15));
    await w.dontKnow('delivered_on');
    await w.next();
    await page.getByRole('checkbox', { name: w.t('wizard.protection.unknown') }).check();
    await w.next();
    await w.choose('labels.problem.not_received');
    await w.next();
    await w.country('MX');
    await w.next();
    await w.choose('labels.payment_method.paypal');
    await w.next();
    await w.choose('wizard.no');
    await w.next();

    await w.expectResult();
    // S4: without the delivery date only D4's outer limit is known.
    const close = -15 + policy('protection_days') + policy('dispute_window_days');
    await expect(w.verdict()).toHaveText(
      fill(w.t('wizard.verdict.open_now'), { date: longDate(lang, day(close)), left: daysLeft(lang, close) }),
    );
    const asked = fill(w.t('wizard.result.delivered_on_missing'), { days: policy('marked_delivered_days') });
    await expect(page.getByText(asked)).toBeVisible();
    await expectAccessible(page);

    // The case page asks for it too, under the next step.
    await w.saveAsCase('Speaker', '8100000000000005');
    await expect(page.locator('.case-now').getByText(asked)).toBeVisible();
    await expectAccessible(page);
  });

  test(`a damaged item received last week: photos required, until the end of the dispute window, in ${lang}`, async ({ page }) => {
    const w = await start(page, lang);
    await w.choose('labels.delivery_status.received');
    await w.next();
    await w.date('wizard.dates.ordered', day(-25));
    await w.date('wizard.dates.shipped', day(-20));
    await w.date('wizard.dates.delivered', day(-7));
    await w.next();
    await page.getByRole('checkbox', { name: w.t('wizard.protection.unknown') }).check();
    await w.next();
    await w.choose('labels.problem.damaged');
    await w.next();
    await w.expectQuestion('wizard.receipt.question');
    await w.choose('wizard.no');
    await w.next();
    await w.country('ES');
    await w.next();
    await w.choose('labels.payment_method.paypal');
    await w.next();
    // A damaged item is not a change of mind: no free-return questions.
    await w.expectQuestion('wizard.seller.question');
    await w.choose('wizard.yes');
    await w.date('wizard.seller.date', day(-6));
    await w.next();

    await w.expectResult();
    // Protection ends at shipment plus the policy's days (BP2); the window
    // closes the policy's days later (D4).
    const close = -20 + policy('protection_days') + policy('dispute_window_days');
    await expect(w.verdict()).toHaveText(
      fill(w.t('wizard.verdict.open_now'), { date: longDate(lang, day(close)), left: daysLeft(lang, close) }),
    );
    const required = page.locator('.evidence--required');
    await expect(page.getByRole('heading', { name: w.t('wizard.result.required') })).toBeVisible();
    await expect(required).toContainText(w.t('labels.evidence_kind.photo'));
    await expect(required).toContainText(w.t('labels.capture.item_and_label'));
    await expect(page.locator('.next-step')).toHaveText(w.t('wizard.next_step.gather_evidence'));
    await expect(page.getByRole('link', { name: w.t('wizard.next_step.link_file') })).toHaveAttribute(
      'href',
      '/file?ground=damaged',
    );
    await expectAccessible(page);

    const id = await w.saveAsCase('Lamp', '8100000000000002');
    await expectSavedUnderMyCases(page, id);
  });

  test(`an order still awaiting shipment: cancel instead, in ${lang}`, async ({ page }) => {
    const w = await start(page, lang);
    await w.choose('labels.delivery_status.awaiting_shipment');
    await w.next();
    await w.date('wizard.dates.ordered', day(-2));
    await w.next();
    await w.choose('labels.problem.ordered_by_mistake');
    await w.next();
    // Nothing about delivery is asked before shipment.
    await w.expectQuestion('wizard.payment.question');
    await expect(page.locator('#wizard-progress')).toHaveText(fill(w.t('wizard.progress'), { current: 4, total: 4 }));
    await w.choose('labels.payment_method.card');
    await w.next();

    await w.expectResult();
    await expect(w.verdict()).toHaveText(w.t('wizard.verdict.cancel'));
    await expect(page.locator('.next-step')).toHaveText(
      `${fill(w.t('wizard.next_step.cancel_order'), { path: aliPath(lang, ['MyOrders', 'ViewDetails', 'CancelOrder']) })} ${w.t('filing.labels_may_differ')}`,
    );
    await expect(page.locator('details.rule summary', { hasText: 'D1' })).toHaveCount(1);
    await expectAccessible(page);

    const id = await w.saveAsCase('Phone case', '8100000000000003');
    await expectSavedUnderMyCases(page, id);
  });

  test(`a change of mind in a free-return country within the free-return days: the free return, in ${lang}`, async ({ page }) => {
    const w = await start(page, lang);
    await w.choose('labels.delivery_status.received');
    await w.next();
    await w.dontKnow('ordered_on');
    await w.date('wizard.dates.shipped', day(-15));
    await w.date('wizard.dates.delivered', day(-5));
    await w.next();
    await page.getByRole('checkbox', { name: w.t('wizard.protection.unknown') }).check();
    await w.next();
    await w.choose('labels.problem.no_longer_needed');
    await w.next();
    await w.choose('wizard.no');
    await w.next();
    await w.country('ES');
    await w.next();
    await w.choose('labels.payment_method.card');
    await w.next();
    await w.expectQuestion('wizard.listing.question');
    await w.choose('wizard.yes');
    // R2's limit needs the price (S5); the currency is the country's.
    await expect(page.getByLabel(w.t('wizard.listing.currency'))).toHaveValue('EUR');
    await page.getByLabel(w.t('wizard.listing.price')).fill(lang === 'es' ? '49,90' : '49.90');
    await w.next();
    await w.expectQuestion('wizard.condition.question');
    await w.choose('wizard.yes');
    await w.next();
    await w.choose('wizard.no');
    await w.next();

    await w.expectResult();
    const days = policy('free_return_days');
    await expect(w.verdict()).toHaveText(
      fill(w.t('wizard.verdict.free_return'), { date: longDate(lang, day(-5 + days)), left: daysLeft(lang, days - 5) }),
    );
    await expect(page.locator('.next-step')).toHaveText(w.t('wizard.next_step.ship_return'));
    await expect(page.getByRole('link', { name: w.t('wizard.next_step.link_returns') })).toHaveAttribute(
      'href',
      '/returns',
    );
    await expectAccessible(page);

    const id = await w.saveAsCase('Jacket', '8100000000000004');
    await expectSavedUnderMyCases(page, id);
  });

  test(`dates are checked as they are typed and the answers survive a reload, in ${lang}`, async ({ page }) => {
    const w = await start(page, lang);
    await w.next();
    await expect(page.locator('#wizard-status-0-error')).toHaveText(w.t('wizard.error.choose'));
    await expect(page.locator('#wizard-status-0')).toBeFocused();
    await w.choose('labels.delivery_status.received');
    await w.next();
    // A date typed only in part is not a date, and says so on leaving it.
    const ordered = page.getByLabel(w.t('wizard.dates.ordered'), { exact: true });
    await ordered.click();
    await page.keyboard.type('11');
    await ordered.blur();
    await expect(page.locator('#wizard-ordered_on-error')).toHaveText(
      fill(w.t('labels.reason.not_a_date'), { field: w.t('labels.field.ordered_on') }),
    );
    await w.dontKnow('ordered_on');
    await w.date('wizard.dates.shipped', day(-5));
    await w.date('wizard.dates.delivered', day(-8));
    const delivered = page.getByLabel(w.t('wizard.dates.delivered'), { exact: true });
    await expect(delivered).toHaveAttribute('aria-invalid', 'true');
    const message = page.locator('#wizard-delivered_on-error');
    await expect(message).toContainText(w.t('labels.field.delivered_on'));
    await expect(message).toContainText(w.t('labels.field.shipped_on'));
    await expect(delivered).toHaveValue(day(-8));
    await w.next();
    await expect(page.locator('#wizard-heading')).toHaveText(w.t('wizard.dates.question'));
    await expect(delivered).toBeFocused();
    await page.reload();
    await expect(page.locator('#wizard-heading')).toHaveText(w.t('wizard.dates.question'));
    await expect(page.getByLabel(w.t('wizard.dates.delivered'), { exact: true })).toHaveValue(day(-8));
    await expect(page.locator('#wizard-delivered_on-error')).toContainText(w.t('labels.field.shipped_on'));
  });
}
