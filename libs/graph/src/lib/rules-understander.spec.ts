import { demoServices, serviceId } from '../testing/demo-salon.js';
import { RulesUnderstander } from './rules-understander.js';
import { type Intent, understandingSchema } from './understanding.js';

const understander = new RulesUnderstander();
const ctx = {
  services: demoServices(),
  now: new Date('2025-11-25T10:00:00Z'),
  timeZone: 'Europe/Madrid',
  recentTurns: [],
};
const understand = (...texts: string[]) => understander.understand(texts, ctx);

type Case = [message: string, intent: Intent, services: string[]];

describe('RulesUnderstander', () => {
  const cases: Case[] = [
    ['hola', 'greeting', []],
    ['Holaaa!!', 'greeting', []],
    ['buenas', 'greeting', []],
    ['Buenos días', 'greeting', []],
    ['buenas tardes', 'greeting', []],
    ['muchas gracias', 'thanks_bye', []],
    ['Gracias, hasta luego!', 'thanks_bye', []],
    ['adiós', 'thanks_bye', []],
    ['vale, gracias', 'thanks_bye', []],
    ['quiero cita', 'book', []],
    ['Quería pedir cita', 'book', []],
    ['¿Tenéis hueco el lunes?', 'book', []],
    ['quiero reservar para mañana', 'book', []],
    ['quiero hacerme mechas', 'book', ['Mechas']],
    [
      'Hola! Quería pedir cita para cortarme el pelo el viernes por la tarde con Ana',
      'book',
      ['Corte mujer'],
    ],
    ['¿cuánto cuesta el tinte?', 'price_question', ['Tinte raíz']],
    ['precio de las mechas', 'price_question', ['Mechas']],
    ['cuanto vale un corte de caballero', 'price_question', ['Corte hombre']],
    ['cuanto cuestan las mechas', 'price_question', ['Mechas']],
    ['¿cuánto cuesta la keratna?', 'price_question', ['Alisado de keratina']],
    ['precio manicura semi', 'price_question', ['Manicura']],
    ['¿Cuánto cuesta un corte de pelo?', 'price_question', ['Corte mujer']],
    [
      'cuánto cuesta un corte',
      'price_question',
      ['Corte mujer', 'Corte hombre', 'Corte + peinado'],
    ],
    [
      '¿Qué precio tiene el corte y peinado?',
      'price_question',
      ['Corte + peinado'],
    ],
    ['precios de tinte y mechas', 'price_question', ['Tinte raíz', 'Mechas']],
    [
      'cuánto cuesta la consulta de color',
      'price_question',
      ['Consulta de color'],
    ],
    ['¿cuánto dura la pedicura?', 'price_question', ['Pedicura']],
    ['precio depilasion de cejas', 'price_question', ['Depilación de cejas']],
    ['¿Qué precios tenéis?', 'price_question', []],
    ['¿Qué servicios tenéis?', 'services_question', []],
    ['¿hacéis balayage?', 'services_question', ['Mechas']],
    ['¿Cuál es vuestro horario?', 'hours_question', []],
    ['¿a qué hora abrís el sábado?', 'hours_question', []],
    ['a que hora cerráis hoy', 'hours_question', []],
    ['¿Estáis abiertos el domingo?', 'hours_question', []],
    ['dónde estáis', 'address_question', []],
    ['¿Cuál es la dirección?', 'address_question', []],
    ['¿Cómo llego a la peluquería?', 'address_question', []],
    ['Quiero hablar con una persona', 'talk_to_person', []],
    ['¿Puedo hablar con alguien del salón?', 'talk_to_person', []],
    ['Quiero cancelar mi cita', 'cancel', []],
    ['No voy a poder ir mañana', 'cancel', []],
    ['Quiero cambiar mi cita al jueves', 'reschedule', []],
    ['¿Qué citas tengo?', 'my_appointments', []],
    ['Quiero poner una queja', 'complaint', []],
    ['sí', 'affirm', []],
    ['Vale perfecto', 'affirm', []],
    ['no', 'deny', []],
    ['mejor no', 'deny', []],
    ['mechas', 'give_booking_details', ['Mechas']],
    ['uñas', 'give_booking_details', ['Manicura']],
    ['lifting de pestanas', 'give_booking_details', ['Lifting de pestañas']],
    ['asdkjh qwe', 'unknown', []],
    ['El perro de mi vecino ladra mucho', 'unknown', []],
    ['', 'unknown', []],
  ];

  it.each(cases)('understands %j as %s', async (message, intent, services) => {
    const result = await understand(message);
    expect(result.intent).toBe(intent);
    expect(result.entities.serviceIds).toEqual(services.map(serviceId));
  });

  it('keeps the raw text of every message of the turn', async () => {
    const result = await understand('hola', '¿cuánto cuesta el tinte?');
    expect(result.entities.rawText).toBe('hola\n¿cuánto cuesta el tinte?');
  });

  it('understands a burst together: a question across two messages, greeting kept aside', async () => {
    const result = await understand('hola', 'mechas', '¿cuánto cuestan?');
    expect(result.intent).toBe('price_question');
    expect(result.otherIntents).toEqual(['greeting']);
    expect(result.entities.serviceIds).toEqual([serviceId('Mechas')]);
  });

  it('ranks several questions of one turn, most important first', async () => {
    const result = await understand(
      'buenas, ¿dónde estáis y a qué hora abrís?',
    );
    expect(result.intent).toBe('hours_question');
    expect(result.otherIntents).toEqual(['address_question', 'greeting']);
  });

  it('keeps a wish for a service as a booking next to a question about the salon', async () => {
    const result = await understand(
      'hola, quiero un corte y tinte, ¿dónde estáis?',
    );
    expect(result.intent).toBe('book');
    expect(result.otherIntents).toEqual(['address_question', 'greeting']);
    expect(result.entities.serviceIds).toEqual(
      ['Corte mujer', 'Corte hombre', 'Corte + peinado', 'Tinte raíz'].map(
        serviceId,
      ),
    );
  });

  it('does not read a common word as a misspelt service', async () => {
    const result = await understand('muchas gracias, es fácil llegar');
    expect(result.entities.serviceIds).toEqual([]);
  });

  it('produces output that satisfies the shared understanding schema', async () => {
    const result = await understand('hola', 'quiero cita para un tinte');
    expect(understandingSchema.parse(result)).toEqual(result);
  });
});
