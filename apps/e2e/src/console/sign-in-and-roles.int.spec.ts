// In real Chromium: the staff sign in through the form; only the owner opens the settings and the queues.
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type Browser } from '../support/browser.js';
import {
  OWNER,
  STAFF,
  signIn,
  startConsole,
  type ConsoleProcess,
} from '../support/console.js';
import { Pipeline } from '../support/pipeline.js';
import { terminate } from '../support/processes.js';

describe('console: signing in and roles (Chromium)', () => {
  let pipeline: Pipeline;
  let consoleApp: ConsoleProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    pipeline = await Pipeline.start();
    consoleApp = await startConsole(pipeline);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (consoleApp) await terminate(consoleApp);
    await pipeline?.close();
  });
  beforeEach(async () => {
    await browser.context.clearCookies();
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  it('sends a visitor without a session to the login form, and back where they were going once signed in', async () => {
    await page.goto(`${consoleApp.url}/customers`);
    await page.waitForURL(/\/login\?next=%2Fcustomers/);
    await screenshot(page, 'login');
    await page.getByLabel('Correo electrónico').fill(STAFF.email);
    await page.getByLabel('Contraseña').fill(STAFF.password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.waitForURL(`${consoleApp.url}/customers`);
    await page.getByRole('button', { name: 'Salir' }).click();
    await page.waitForURL(/\/login/);
  });

  it('tells a wrong password in Spanish and stays on the form', async () => {
    await page.goto(`${consoleApp.url}/login`);
    await page.getByLabel('Correo electrónico').fill(STAFF.email);
    await page.getByLabel('Contraseña').fill('no-es-la-clave');
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'El correo o la contraseña no son correctos.' })
      .waitFor();
    expect(page.url()).toBe(`${consoleApp.url}/login`);
  });

  it('does not let the staff role open the settings or the queues', async () => {
    await signIn(page, consoleApp.url, STAFF);
    const nav = page.getByRole('navigation', { name: 'Secciones' });
    await nav.getByRole('link', { name: 'Agenda' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Ajustes' }).count()).toBe(0);
    await page.goto(`${consoleApp.url}/settings`);
    await page.getByRole('heading', { name: 'Sin permiso' }).waitFor();
    const queues = await page.goto(`${consoleApp.url}/queues`);
    expect(queues?.status()).toBe(403);
    const api = await page.evaluate(
      async () => (await fetch('/api/settings')).status,
    );
    expect(api).toBe(403);
  });

  it('lets the owner open the settings and the queue dashboard', async () => {
    await signIn(page, consoleApp.url, OWNER);
    await page
      .getByRole('navigation', { name: 'Secciones' })
      .getByRole('link', { name: 'Ajustes' })
      .click();
    await page.waitForURL(/\/settings/);
    const queues = await page.goto(`${consoleApp.url}/queues`);
    expect(queues?.status()).toBe(200);
  });
});
