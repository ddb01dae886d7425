// Identity through the real pipeline: the customer is the Chatwoot contact; a phone links contacts only where the channel verifies it.
import { Customer, GoldenSalon } from './golden.js';

let salon: GoldenSalon;
beforeAll(async () => {
  salon = await GoldenSalon.open();
});
afterAll(() => salon?.close());

const NO_APPOINTMENTS =
  'No tienes ninguna cita próxima con nosotros. ¿Quieres pedir una?';

describe('who a customer is', () => {
  it("a web-widget contact with a WhatsApp customer's phone number sees none of that customer's appointments", async () => {
    const owner = salon.customer('Laura Pérez');
    await owner.say('corte mujer con Marta el martes por la mañana');
    await owner.say('la 1');
    await owner.say('sí');
    expect((await owner.say('perfecto')).text).toMatch(/^¡Hecho!/);
    const [booked] = await owner.appointments();
    expect(booked.status).toBe('pending');

    // Anyone can type any number into the website's chat: a contact of its own, the owner's phone.
    const visitor = new Customer(salon, {
      conversationId: 900,
      contactId: 9900,
      phone: owner.phone,
      name: 'Laura Pérez',
      channel: 'Channel::WebWidget',
    });
    expect((await visitor.say('¿qué citas tengo?')).text).toBe(NO_APPOINTMENTS);
    expect((await visitor.say('quiero cancelar mi cita')).text).toBe(
      NO_APPOINTMENTS,
    );

    expect(await owner.appointments()).toEqual([booked]);
    expect(
      await salon.db`SELECT phone FROM customers WHERE chatwoot_contact_id = 9900`,
    ).toEqual([{ phone: null }]);
    expect((await owner.say('¿qué citas tengo?')).text).toMatch(
      /^Tienes una cita: Corte mujer con Marta, el martes 1 de diciembre/,
    );
  });
});
