// Renders the PNG icons of the web manifest from the SVG icons in public/,
// with Debian's Chromium. Run once after changing an icon, and commit the PNGs:
//   cd tests/e2e && node render-icons.mjs
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const pub = new URL('../../public/', import.meta.url);
const icons = [
  { from: 'icon.svg', to: 'icon-192.png', size: 192 },
  { from: 'icon.svg', to: 'icon-512.png', size: 512 },
  { from: 'icon-maskable.svg', to: 'icon-maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  for (const { from, to, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = await readFile(new URL(from, pub), 'utf8');
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${sized}</body></html>`);
    await page.screenshot({ path: new URL(to, pub).pathname, omitBackground: true });
    await page.close();
    console.log(`public/${to}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
