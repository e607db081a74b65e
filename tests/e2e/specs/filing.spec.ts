// The filing guide, in both languages: a link to a ground shows its steps
// with AliExpress's button labels in the page's language, changing the ground
// replaces the address, a saved case fills the messages, and the copy button
// copies and says so (or says it cannot, and selects the text instead).
import type { Page } from '@playwright/test';
import { test, expect, open, expectAccessible, text, aliWord, LANGS, type Lang, waitForApp } from './support';

const KEY = 'disputa.state';

const CASE = {
  format: 'disputa.case', version: 1, id: 'order-7',
  order_number: '8123456789012345', store: 'Example Store', item: 'USB-C cable, 2 m',
  price: { amount: '12.99', currency: 'EUR' }, payment_method: 'card', country: 'ES',
  ordered_on: '2026-10-01', shipped_on: '2026-10-03', delivery_status: 'received',
  delivered_on: '2026-10-20', problem: 'damaged', item_unused: true, evidence: [],
  created_at: '2026-10-20T08:00:00.000Z', updated_at: '2026-10-20T08:00:00.000Z',
};

const ENVELOPE = {
  format: 'disputa.state', version: 1, revision: 1, saved_at: '2026-10-20T08:00:00.000Z',
  cases: [CASE], settings: {},
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(values[name]));
}

/** The filing guide, in the words a buyer sees. */
class FilingGuide {
  constructor(readonly page: Page, readonly lang: Lang) {}
  t(key: string, values: Record<string, string | number> = {}) {
    return fill(text(this.lang, key), values);
  }
  button(name: string) {
    return aliWord(this.lang, name);
  }
  ground() {
    return this.page.getByLabel(this.t('filing.choose.label'));
  }
  step(titleKey: string, values: Record<string, string> = {}) {
    const name = this.t(`filing.step.${titleKey}`, values);
    return this.page.getByRole('heading', { level: 3, name, exact: true });
  }
  message(labelKey: string) {
    return this.page.getByRole('textbox', { name: this.t(`filing.messages.${labelKey}`) });
  }
  copyButton(labelKey: string) {
    const name = this.t('filing.messages.copy_name', { name: this.t(`filing.messages.${labelKey}`) });
    return this.page.getByRole('button', { name, exact: true });
  }
}

for (const lang of LANGS) {
  test.describe(`filing guide (${lang})`, () => {
    test('a link to a ground shows its steps with the button labels of the language', async ({ page }) => {
      const guide = new FilingGuide(page, lang);
      await open(page, '/file?ground=damaged', lang);

      await expect(guide.ground()).toHaveValue('damaged');
      await expect(guide.step('my_orders_title', { button: guide.button('MyOrders') })).toBeVisible();
      await expect(guide.step('details_title', { button: guide.button('ViewDetails') })).toBeVisible();
      await expect(guide.step('open_title', { newer: guide.button('ReturnsRefunds'), older: guide.button('OpenDispute') })).toBeVisible();
      await expect(page.locator('ol.filing-steps > li')).toHaveCount(11);
      await expect(page.getByText(guide.t('filing.step.attach_required'))).toBeVisible();
      await expect(page.getByText(guide.t('filing.step.attach_not_required'))).toHaveCount(0);
      // What the dispute form asks for, and escalating it yourself.
      await expect(page.getByText(guide.t('filing.step.form_asks', {
        refund_only: guide.button('RefundOnly'), return_refund: guide.button('ReturnAndRefund'),
      }))).toBeVisible();
      await expect(page.getByText(guide.t('filing.step.escalate_self'))).toBeVisible();
      // The other language's label never shows.
      const other: Lang = lang === 'en' ? 'es' : 'en';
      await expect(page.getByText(aliWord(other, 'OpenDispute'))).toHaveCount(0);
      await expectAccessible(page);

      await guide.ground().focus();
      await guide.ground().selectOption('not_received');
      await expect(page).toHaveURL(/[?&]ground=not_received/);
      // The page stays where it is: the choice keeps the focus.
      await expect(guide.ground()).toBeFocused();
      await expect(page.getByText(guide.t('filing.step.attach_not_required'))).toBeVisible();
      await expect(page.getByText(guide.t('filing.step.attach_required'))).toHaveCount(0);
      await expect(page.locator('ol.filing-steps > li')).toHaveCount(10);
      await expect(guide.step('return_title')).toHaveCount(0);
      await expect(guide.message('seller_label')).toHaveValue(/\[/);
      await expectAccessible(page);
    });

    test('a change of mind points to cancelling or a free return, and still guides', async ({ page }) => {
      const guide = new FilingGuide(page, lang);
      await open(page, '/file?ground=no_longer_needed', lang);

      await expect(page.getByRole('heading', { level: 2, name: guide.t('filing.better_way.title') })).toBeVisible();
      await expect(page.getByRole('link', { name: guide.t('filing.better_way.free_return_link') }))
        .toHaveAttribute('href', '/returns');
      // A cancellation the seller refuses, or ships anyway.
      await expect(page.getByText(guide.t('filing.better_way.refused'))).toBeVisible();
      await expect(guide.step('open_title', { newer: guide.button('ReturnsRefunds'), older: guide.button('OpenDispute') })).toBeVisible();
      await expectAccessible(page);
    });

    test('a saved case fills the messages and the copy button copies', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const guide = new FilingGuide(page, lang);
      await page.goto(`/?lang=${lang}`);
      await waitForApp(page);
      await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [KEY, JSON.stringify(ENVELOPE)]);

      await open(page, '/file?case=order-7', lang);
      await expect(guide.ground()).toHaveValue('damaged');
      await expect(page.getByText(guide.t('filing.case.filled', { name: CASE.item }))).toBeVisible();
      const seller = guide.message('seller_label');
      await expect(seller).toHaveValue(/8123456789012345/);
      await expect(seller).toHaveValue(/USB-C cable, 2 m/);
      await expect(seller).toHaveValue(/Example Store/);
      await expect(seller).toHaveValue(lang === 'en' ? /12\.99 EUR/ : /12,99 EUR/);
      await expect(seller).toHaveValue(lang === 'en' ? /20 October 2026/ : /20 de octubre de 2026/);
      await expect(seller).toHaveJSProperty('readOnly', true);
      await expectAccessible(page);

      await guide.copyButton('seller_label').click();
      await expect(page.getByRole('status').filter({ hasText: guide.t('filing.messages.copied') }))
        .toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await seller.inputValue());
      await expectAccessible(page);

      await guide.copyButton('refusal_label').click();
      const refusal = await guide.message('refusal_label').inputValue();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(refusal);
    });

    test('a link to a case not on this device says so and leaves the blanks', async ({ page }) => {
      const guide = new FilingGuide(page, lang);
      await open(page, '/file?ground=quality&case=not-here', lang);

      await expect(page.getByText(guide.t('filing.case.unknown'))).toBeVisible();
      await expect(guide.message('seller_label')).toHaveValue(
        new RegExp(text(lang, 'templates.placeholder.order_number').replace(/[[\]]/g, '\\$&')),
      );
      await expectAccessible(page);
    });

    test('without a clipboard the text is selected to copy by hand', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      });
      const guide = new FilingGuide(page, lang);
      await open(page, '/file?ground=counterfeit', lang);

      await guide.copyButton('escalation_label').click();
      await expect(page.getByRole('status').filter({ hasText: guide.t('filing.messages.unavailable') }))
        .toBeVisible();
      const box = guide.message('escalation_label');
      await expect(box).toBeFocused();
      const selected = await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
      expect(selected).toEqual([0, selected[2], selected[2]]);
      expect(selected[2]).toBeGreaterThan(0);
      await expectAccessible(page);
    });
  });
}
