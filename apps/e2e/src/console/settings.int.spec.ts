// In real Chromium against the real pipeline: the owner changes a price and the bot's very next answer quotes it.
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type Browser } from '../support/browser.js';
import {
  OWNER,
  signIn,
  startConsole,
  type ConsoleProcess,
} from '../support/console.js';
import { GoldenSalon } from '../conversations/golden.js';
import { terminate } from '../support/processes.js';

describe('console settings (Chromium, real pipeline)', () => {
  let salon: GoldenSalon;
  let consoleApp: ConsoleProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    salon = await GoldenSalon.open();
    consoleApp = await startConsole(salon.pipeline);
    browser = await launchBrowser();
    page = await browser.newPage();
    await signIn(page, consoleApp.url, OWNER);
  });
  afterAll(async () => {
    await browser?.close();
    if (consoleApp) await terminate(consoleApp);
    await salon?.close();
  });

  it('changes the price of the tinte, and the bot quotes the new price at once', async () => {
    expect(
      (await salon.customer().say('¿cuánto cuesta el tinte?')).text,
    ).toContain('40');
    await page.goto(`${consoleApp.url}/settings/services`);
    await page.getByRole('button', { name: /Editar Tinte raíz/ }).click();
    const form = page.getByRole('dialog', { name: /Tinte raíz/ });
    await form.getByLabel('Precio (€)').fill('42,50');
    await form.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('cell', { name: '42,50 €' }).waitFor();
    await screenshot(page, 'settings-services');
    const answer = await salon.customer().say('¿cuánto cuesta el tinte?');
    expect(answer.text).toContain('42,50');
    expect(answer.text).not.toMatch(/\b40 ?€/);
  });

  it('keeps the audit of the change, with who made it', async () => {
    await page.goto(`${consoleApp.url}/settings/audit`);
    const row = page.getByRole('row').filter({ hasText: 'Tinte raíz' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Propietaria');
    await screenshot(page, 'settings-audit');
  });
});
