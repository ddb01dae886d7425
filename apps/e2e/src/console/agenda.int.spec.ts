// In real Chromium against the real pipeline: the bot's bookings appear live, the desk books a walk-in, drags, and meets conflicts.
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type Browser } from '../support/browser.js';
import {
  STAFF,
  signIn,
  startConsole,
  type ConsoleProcess,
} from '../support/console.js';
import { GOLDEN_NOW, GoldenSalon } from '../conversations/golden.js';
import { bookDirectly } from '../conversations/staff.js';
import { terminate } from '../support/processes.js';

/** Tuesday 1 December 2026, the salon open 10:00–20:00; "el martes" for the bot's clock (Thu 26 Nov). */
const TUESDAY = '2026-12-01';

describe('console agenda (Chromium, real pipeline)', () => {
  let salon: GoldenSalon;
  let consoleApp: ConsoleProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    salon = await GoldenSalon.open();
    consoleApp = await startConsole(salon.pipeline, {
      CLOCK_START: GOLDEN_NOW,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (consoleApp) await terminate(consoleApp);
    await salon?.close();
  });
  beforeEach(async () => {
    // Each test signs in afresh: the previous one's session would skip the login form.
    await browser.context.clearCookies();
    page = await browser.newPage();
    await signIn(page, consoleApp.url, STAFF);
    await page.goto(`${consoleApp.url}/agenda?date=${TUESDAY}&view=day`);
    await page
      .getByRole('heading', { name: /martes, 1 de diciembre/i })
      .waitFor();
  });
  afterEach(() => page.close());

  const appointment = (name: RegExp) => page.getByLabel(name);

  it('shows a booking the bot makes on WhatsApp without reloading', async () => {
    const irene = salon.customer('Irene Vidal');
    await irene.say('cejas con Rosa el martes');
    await irene.say('la 1');
    await irene.say('sí');
    expect((await irene.say('sí')).text).toMatch(/^¡Hecho!/);
    const booked = appointment(/Irene Vidal.*Depilación de cejas.*\d\d:\d\d/);
    await booked.waitFor({ timeout: 5000 });
    await screenshot(page, 'agenda-day');
  });

  it('books a walk-in from an empty slot, with the free slots the engine offers', async () => {
    await page.getByRole('button', { name: 'Nueva cita' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva cita' });
    await dialog.getByLabel('Buscar cliente').fill('Paco');
    await dialog.getByRole('button', { name: 'Nuevo cliente' }).click();
    await dialog.getByLabel('Nombre').fill('Paco Martín');
    await dialog.getByLabel('Teléfono').fill('600 99 88 77');
    await dialog.getByRole('button', { name: 'Crear cliente' }).click();
    await dialog.getByLabel('Corte hombre').check();
    await dialog.getByLabel('Estilista').selectOption({ label: 'Víctor' });
    await dialog.getByRole('radio', { name: '12:00' }).check();
    await screenshot(page, 'agenda-new-appointment');
    await dialog.getByRole('button', { name: 'Reservar' }).click();
    await appointment(/Paco Martín.*Corte hombre.*12:00/).waitFor();
    const [row] = await salon.db<{ booked_by_staff_id: number | null }[]>`
      SELECT a.booked_by_staff_id FROM appointments a JOIN customers c ON c.id = a.customer_id
       WHERE c.name = 'Paco Martín'`;
    expect(row.booked_by_staff_id).not.toBeNull();
  });

  it('moves an appointment by drag, and the bot offers the freed time', async () => {
    await bookDirectly(salon, null, {
      stylist: 'Marta',
      service: 'Corte mujer',
      day: TUESDAY,
      time: '16:00',
    });
    await page.reload();
    const moving = appointment(/Corte mujer.*16:00/);
    await moving.waitFor();
    const target = await page.getByTestId(`slot-Marta-17:00`).boundingBox();
    const box = await moving.boundingBox();
    if (!target || !box) throw new Error('agenda not laid out');
    await page.mouse.move(box.x + box.width / 2, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + 5, {
      steps: 12,
    });
    await page.mouse.up();
    await appointment(/Corte mujer.*17:00/).waitFor();
    const asked = await salon
      .customer('Nerea Gil')
      .say('corte mujer con Marta el martes a las 4 de la tarde');
    expect(asked.text).toContain('16:00');
  });

  it('shows a clear message when a move collides with another booking, and changes nothing', async () => {
    await bookDirectly(salon, null, {
      stylist: 'Ana',
      service: 'Peinado',
      day: TUESDAY,
      time: '11:00',
    });
    await bookDirectly(salon, null, {
      stylist: 'Ana',
      service: 'Peinado',
      day: TUESDAY,
      time: '12:00',
    });
    await page.reload();
    const first = appointment(/Peinado.*11:00/).first();
    await first.click();
    const details = page.getByRole('dialog');
    await details.getByRole('button', { name: 'Mover' }).click();
    await details.getByLabel('Hora').fill('12:00');
    await details.getByRole('button', { name: 'Guardar' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /no está libre|ocupado/i })
      .waitFor();
    await screenshot(page, 'agenda-conflict');
    const rows = await salon.db<{ start_at: Date }[]>`
      SELECT a.start_at FROM appointments a JOIN stylists s ON s.id = a.stylist_id
       WHERE s.name = 'Ana' AND a.status <> 'cancelled' ORDER BY a.start_at`;
    expect(rows.map((r) => r.start_at.toISOString())).toEqual([
      '2026-12-01T10:00:00.000Z',
      '2026-12-01T11:00:00.000Z',
    ]);
  });
});
