// The desk's free slots for a day and a set of services: the engine's, with no minimum notice; impossible requests explained in Spanish.
import type { AvailabilityResponse } from '@atrevete/console-api';
import {
  createAgendaSalon,
  instant,
  TUESDAY,
  type AgendaSalon,
} from '../testing/agenda-salon.js';
import type { SignedIn } from '../testing/console-test-app.js';

describe('GET /api/availability', () => {
  let salon: AgendaSalon;
  let desk: SignedIn;
  let victor: number;
  let corteHombre: number;

  beforeAll(async () => {
    salon = await createAgendaSalon();
    desk = await salon.t.signIn(salon.t.staff);
    victor = await salon.stylist('Víctor');
    corteHombre = await salon.service('Corte hombre');
  });
  afterAll(() => salon.close());

  const search = async (query: string): Promise<AvailabilityResponse> =>
    (await desk.agent.get(`/api/availability?${query}`).expect(200)).body;

  it("offers a stylist's free starts from now to closing, around her bookings", async () => {
    await salon.botBooks({
      customer: await salon.customer('Jaime Ortiz'),
      stylist: victor,
      services: [corteHombre],
      start: instant(TUESDAY, '13:00'),
    });
    const found = await search(
      `date=${TUESDAY}&serviceIds=${corteHombre}&stylistId=${victor}`,
    );
    expect(found.reason).toBeNull();
    const starts = found.slots.map((slot) => slot.start);
    expect(starts[0]).toBe(instant(TUESDAY, '10:30'));
    expect(starts).toContain(instant(TUESDAY, '12:30'));
    expect(starts).not.toContain(instant(TUESDAY, '12:45'));
    expect(starts).not.toContain(instant(TUESDAY, '13:00'));
    expect(starts).toContain(instant(TUESDAY, '13:30'));
    expect(starts.at(-1)).toBe(instant(TUESDAY, '19:30'));
    expect(found.slots.every((slot) => slot.stylistId === victor)).toBe(true);
    expect(found.slots[0].end).toBe(instant(TUESDAY, '11:00'));
  });

  it('offers the team 24 distinct start times, each with the first stylist free', async () => {
    const found = await search(`date=2026-12-02&serviceIds=${corteHombre}`);
    expect(found.slots).toHaveLength(24);
    expect(new Set(found.slots.map((slot) => slot.stylistId)).size).toBe(1);
    expect(found.slots[0].start).toBe(instant('2026-12-02', '10:00'));
  });

  it('says why there is nothing: a closed day, a day gone by', async () => {
    expect(await search(`date=2026-12-07&serviceIds=${corteHombre}`)).toEqual({
      slots: [],
      reason: 'closed',
    });
    expect(await search(`date=2026-11-30&serviceIds=${corteHombre}`)).toEqual({
      slots: [],
      reason: 'too_soon',
    });
  });

  it('refuses services of two categories, unknown services or no services, in Spanish', async () => {
    const refused = async (query: string) =>
      (await desk.agent.get(`/api/availability?${query}`).expect(400)).body
        .fields;
    const manicura = await salon.service('Manicura');
    expect(
      await refused(`date=${TUESDAY}&serviceIds=${corteHombre},${manicura}`),
    ).toEqual({
      serviceIds: 'Esos servicios no los hace la misma estilista.',
    });
    expect(await refused(`date=${TUESDAY}&serviceIds=999999`)).toEqual({
      serviceIds: 'Alguno de esos servicios no existe o ya no se ofrece.',
    });
    expect(await refused(`date=${TUESDAY}`)).toEqual({
      serviceIds: 'Elige al menos un servicio.',
    });
    expect(await refused(`date=2026-13-01&serviceIds=${corteHombre}`)).toEqual({
      date: 'Esa fecha no existe.',
    });
  });
});
