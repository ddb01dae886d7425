// The development corpus: WhatsApp turns as customers write them, labelled with what they mean (against CORPUS_NOW).
import type { LabelledUtterance } from './labelled-utterance.js';

/** One day as a range. CORPUS_NOW is Thursday 26 November 2026. */
function on(date: string): { from: string; to: string } {
  return { from: date, to: date };
}
const TODAY = on('2026-11-26');
const TOMORROW = on('2026-11-27'); // Friday
const SATURDAY = on('2026-11-28');
const MONDAY = on('2026-11-30');
const TUESDAY = on('2026-12-01');
const WEDNESDAY = on('2026-12-02');
const NEXT_THURSDAY = on('2026-12-03');
const NEXT_WEEK = { from: '2026-11-30', to: '2026-12-06' };
const WEEKEND = { from: '2026-11-28', to: '2026-11-29' };
const at = (time: string, approximate = false) => ({ at: time, approximate });

const greetingsAndGoodbyes: LabelledUtterance[] = [
  { texts: ['hola'], intent: 'greeting' },
  { texts: ['Holaaa 😊'], intent: 'greeting' },
  { texts: ['buenas'], intent: 'greeting' },
  { texts: ['Buenos días'], intent: 'greeting' },
  {
    texts: ['hola buenas tardes!'],
    intent: 'greeting',
    entities: { partOfDay: null },
  },
  { texts: ['wenas'], intent: 'greeting' },
  { texts: ['hola q tal'], intent: 'greeting' },
  { texts: ['gracias!!'], intent: 'thanks_bye' },
  { texts: ['muchas gracias, hasta luego'], intent: 'thanks_bye' },
  { texts: ['adios'], intent: 'thanks_bye' },
  { texts: ['hasta mañana!'], intent: 'thanks_bye', entities: { day: null } },
  { texts: ['mil gracias guapa 😘'], intent: 'thanks_bye' },
  { texts: ['chao'], intent: 'thanks_bye' },
  { texts: ['un saludo'], intent: 'thanks_bye' },
  { texts: ['vale, gracias'], intent: 'affirm', otherIntents: ['thanks_bye'] },
  {
    texts: ['genial gracias 😊'],
    intent: 'affirm',
    otherIntents: ['thanks_bye'],
  },
  {
    texts: ['grcias, hasta el sabado'],
    intent: 'thanks_bye',
    entities: { day: null },
  },
];

const bookings: LabelledUtterance[] = [
  {
    texts: [
      'Hola! Quería pedir cita para cortarme el pelo el viernes por la tarde con Ana',
    ],
    intent: 'book',
    otherIntents: [
      'greeting',
      'choose_service',
      'choose_day',
      'choose_time',
      'choose_stylist',
    ],
    entities: {
      services: ['Corte mujer'],
      stylists: ['Ana'],
      day: TOMORROW,
      partOfDay: 'afternoon',
      time: null,
    },
  },
  { texts: ['quiero cita'], intent: 'book', otherIntents: [] },
  { texts: ['queria pedir cita'], intent: 'book' },
  { texts: ['me gustaria reservar'], intent: 'book' },
  {
    texts: ['tenéis hueco mañana?'],
    intent: 'book',
    otherIntents: ['choose_day'],
    entities: { day: TOMORROW },
  },
  {
    texts: ['¿Tenéis hueco el lunes?'],
    intent: 'book',
    entities: { day: MONDAY },
  },
  {
    texts: ['quiero pedir hora para el viernes'],
    intent: 'book',
    entities: { day: TOMORROW },
  },
  {
    texts: ['necesito cortarme el pelo'],
    intent: 'book',
    entities: { services: ['Corte mujer'] },
  },
  {
    texts: ['quiero hacerme mechas'],
    intent: 'book',
    entities: { services: ['Mechas'], stylists: [], day: null },
  },
  {
    texts: ['hola', 'quería cita', 'para mañana'],
    intent: 'book',
    otherIntents: ['greeting', 'choose_day'],
    entities: { day: TOMORROW },
  },
  {
    texts: ['buenas tardes, q dias teneis libre para unas mechas?'],
    intent: 'book',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['me podeis dar cita para la semana q viene?'],
    intent: 'book',
    entities: { day: NEXT_WEEK },
  },
  {
    texts: ['quisiera una cita para manicura el sabado x la mañana'],
    intent: 'book',
    entities: { services: ['Manicura'], day: SATURDAY, partOfDay: 'morning' },
  },
  {
    texts: ['hay disponibilidad para el finde?'],
    intent: 'book',
    entities: { day: WEEKEND },
  },
  {
    texts: ['quiero reservar corte y barba para mañana a las 6'],
    intent: 'book',
    entities: {
      services: ['Corte hombre', 'Arreglo de barba'],
      day: TOMORROW,
      time: at('18:00'),
    },
  },
  {
    texts: ['Necesito cita para un tinte de raiz el 3 de diciembre'],
    intent: 'book',
    entities: { services: ['Tinte raíz'], day: NEXT_THURSDAY },
  },
  {
    texts: ['me gustaría hacerme la keratina con ana maria'],
    intent: 'book',
    entities: { services: ['Alisado de keratina'], stylists: ['Ana María'] },
  },
  {
    texts: ['hola buenas!! queria saber si teneis cita hoy por la tarde'],
    intent: 'book',
    entities: { day: TODAY, partOfDay: 'afternoon' },
  },
  {
    texts: ['quiero una cita para pedicura y manicura'],
    intent: 'book',
    entities: { services: ['Pedicura', 'Manicura'] },
  },
  {
    texts: ['puedo pedir cita para el 27?'],
    intent: 'book',
    entities: { day: TOMORROW },
  },
  {
    texts: ['tendriais un huequito el martes sobre las 5?'],
    intent: 'book',
    entities: { day: TUESDAY, time: at('17:00', true) },
  },
  {
    texts: ['quiero reservar para el dia 2 a las 10 con victor'],
    intent: 'book',
    entities: { day: WEDNESDAY, time: at('10:00'), stylists: ['Víctor'] },
  },
  {
    texts: [
      'buenas! me gustaria pedir cita para un recogido de novia el 19 de diciembre',
    ],
    intent: 'book',
    entities: { services: ['Recogido'], day: on('2026-12-19') },
  },
  {
    texts: [
      'hola',
      'quiero mechas',
      'el sabado por la mañana',
      'con quien sea',
    ],
    intent: 'book',
    otherIntents: [
      'greeting',
      'choose_service',
      'choose_day',
      'choose_time',
      'choose_stylist',
    ],
    entities: {
      services: ['Mechas'],
      day: SATURDAY,
      partOfDay: 'morning',
      anyStylist: true,
    },
  },
  {
    texts: ['q dia tienes libre para hacerme las cejas'],
    intent: 'book',
    entities: { services: ['Depilación de cejas'] },
  },
  {
    texts: ['quiero cita el 2 de enero'],
    intent: 'book',
    entities: { day: on('2027-01-02') },
  },
  {
    texts: ['necesito hora para el 31 de diciembre por la mañana'],
    intent: 'book',
    entities: { day: on('2026-12-31'), partOfDay: 'morning' },
  },
  {
    texts: ['me apunto para un masaje el viernes que viene'],
    intent: 'book',
    entities: { services: ['Masaje relajante'], day: TOMORROW },
  },
  {
    texts: ['quiero cita con pilar el jueves'],
    intent: 'book',
    entities: { stylists: ['Pilar'], day: NEXT_THURSDAY },
  },
];

const details: LabelledUtterance[] = [
  {
    texts: ['mechas'],
    expecting: 'service',
    intent: 'choose_service',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['keratna'],
    intent: 'choose_service',
    entities: { services: ['Alisado de keratina'] },
  },
  {
    texts: ['corte y barba'],
    intent: 'choose_service',
    entities: { services: ['Corte hombre', 'Arreglo de barba'] },
  },
  {
    texts: ['manicura semipermanente'],
    intent: 'choose_service',
    entities: { services: ['Manicura'] },
  },
  {
    texts: ['unas mechas balayage'],
    intent: 'choose_service',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['limpieza facial y pestañas'],
    intent: 'choose_service',
    entities: { services: ['Limpieza facial', 'Lifting de pestañas'] },
  },
  {
    texts: ['lavar y peinar'],
    intent: 'choose_service',
    entities: { services: ['Peinado'] },
  },
  {
    texts: ['corte + peinado'],
    intent: 'choose_service',
    entities: { services: ['Corte + peinado'] },
  },
  {
    texts: ['depilacion de piernas'],
    intent: 'choose_service',
    entities: { services: ['Depilación piernas completas'] },
  },
  {
    texts: ['retocar raices'],
    intent: 'choose_service',
    entities: { services: ['Tinte raíz'] },
  },
  {
    texts: ['con Ana'],
    intent: 'choose_stylist',
    entities: { stylists: ['Ana'], anyStylist: false },
  },
  {
    texts: ['con ana maria'],
    intent: 'choose_stylist',
    entities: { stylists: ['Ana María'] },
  },
  {
    texts: ['Ana María por favor'],
    expecting: 'stylist_or_day',
    intent: 'choose_stylist',
    entities: { stylists: ['Ana María'] },
  },
  {
    texts: ['con victor'],
    intent: 'choose_stylist',
    entities: { stylists: ['Víctor'] },
  },
  {
    texts: ['marta'],
    expecting: 'stylist_or_day',
    intent: 'choose_stylist',
    entities: { stylists: ['Marta'] },
  },
  {
    texts: ['me da igual'],
    expecting: 'stylist_or_day',
    intent: 'choose_stylist',
    entities: { anyStylist: true, stylists: [] },
  },
  {
    texts: ['cualquiera'],
    expecting: 'stylist_or_day',
    intent: 'choose_stylist',
    entities: { anyStylist: true },
  },
  {
    texts: ['quien sea, me da igual'],
    intent: 'choose_stylist',
    entities: { anyStylist: true },
  },
  {
    texts: ['con rosa xfa'],
    intent: 'choose_stylist',
    entities: { stylists: ['Rosa'] },
  },
  {
    texts: ['cualquiera menos victor'],
    intent: 'choose_stylist',
    entities: { anyStylist: true, rejectedStylists: ['Víctor'], stylists: [] },
  },
  {
    texts: ['me da igual, el sábado por la mañana'],
    intent: 'choose_time',
    entities: { anyStylist: true, day: SATURDAY, partOfDay: 'morning' },
  },
  {
    texts: ['mañana'],
    intent: 'choose_day',
    entities: { day: TOMORROW, partOfDay: null },
  },
  {
    texts: ['pasado mañana'],
    intent: 'choose_day',
    entities: { day: SATURDAY },
  },
  {
    texts: ['pasado manana por la tarde'],
    intent: 'choose_time',
    entities: { day: SATURDAY, partOfDay: 'afternoon' },
  },
  { texts: ['el viernes'], intent: 'choose_day', entities: { day: TOMORROW } },
  {
    texts: ['este viernes'],
    intent: 'choose_day',
    entities: { day: TOMORROW },
  },
  { texts: ['el lunes'], intent: 'choose_day', entities: { day: MONDAY } },
  {
    texts: ['el jueves'],
    intent: 'choose_day',
    entities: { day: NEXT_THURSDAY },
  },
  {
    texts: ['el miercoles'],
    intent: 'choose_day',
    entities: { day: WEDNESDAY },
  },
  { texts: ['el 27'], intent: 'choose_day', entities: { day: TOMORROW } },
  {
    texts: ['el dia 3'],
    intent: 'choose_day',
    entities: { day: NEXT_THURSDAY },
  },
  { texts: ['el 30'], intent: 'choose_day', entities: { day: MONDAY } },
  {
    texts: ['el 27 de noviembre'],
    intent: 'choose_day',
    entities: { day: TOMORROW },
  },
  {
    texts: ['el 3/12'],
    intent: 'choose_day',
    entities: { day: NEXT_THURSDAY },
  },
  {
    texts: ['el 15/1 x la tarde'],
    intent: 'choose_time',
    entities: { day: on('2027-01-15'), partOfDay: 'afternoon' },
  },
  {
    texts: ['la semana que viene'],
    intent: 'choose_day',
    entities: { day: NEXT_WEEK },
  },
  {
    texts: ['la proxima semana por las mañanas'],
    intent: 'choose_time',
    entities: { day: NEXT_WEEK, partOfDay: 'morning' },
  },
  { texts: ['el finde'], intent: 'choose_day', entities: { day: WEEKEND } },
  {
    texts: ['este fin de semana'],
    intent: 'choose_day',
    entities: { day: WEEKEND },
  },
  {
    texts: ['el martes de la semana que viene'],
    intent: 'choose_day',
    entities: { day: TUESDAY },
  },
  {
    texts: ['el viernes de la semana que viene'],
    intent: 'choose_day',
    entities: { day: on('2026-12-04') },
  },
  {
    texts: ['hoy mismo si puede ser'],
    intent: 'choose_day',
    entities: { day: TODAY },
  },
  {
    texts: ['esta tarde'],
    intent: 'choose_time',
    entities: { day: TODAY, partOfDay: 'afternoon' },
  },
  {
    texts: ['mañana por la mañana'],
    intent: 'choose_time',
    entities: { day: TOMORROW, partOfDay: 'morning' },
  },
  {
    texts: ['mañana x la tarde a las 5'],
    intent: 'choose_time',
    entities: { day: TOMORROW, partOfDay: 'afternoon', time: at('17:00') },
  },
  {
    texts: ['el sabado a primera hora'],
    intent: 'choose_time',
    entities: { day: SATURDAY, partOfDay: 'morning' },
  },
  {
    texts: ['el 2 de diciembre'],
    intent: 'choose_day',
    entities: { day: WEDNESDAY },
  },
  { texts: ['el martes 1'], intent: 'choose_day', entities: { day: TUESDAY } },
  {
    texts: ['en diciembre'],
    intent: 'choose_day',
    entities: { day: { from: '2026-12-01', to: '2026-12-31' } },
  },
  {
    texts: ['por la tarde'],
    intent: 'choose_time',
    entities: { partOfDay: 'afternoon', day: null, time: null },
  },
  {
    texts: ['x la mañana'],
    intent: 'choose_time',
    entities: { partOfDay: 'morning' },
  },
  {
    texts: ['a las 5'],
    intent: 'choose_time',
    entities: { time: at('17:00') },
  },
  {
    texts: ['a las 17:30'],
    intent: 'choose_time',
    entities: { time: at('17:30') },
  },
  {
    texts: ['a las 17.30h'],
    intent: 'choose_time',
    entities: { time: at('17:30') },
  },
  {
    texts: ['a las cinco y media'],
    intent: 'choose_time',
    entities: { time: at('17:30') },
  },
  {
    texts: ['a las once menos cuarto'],
    intent: 'choose_time',
    entities: { time: at('10:45') },
  },
  {
    texts: ['a las 7 y cuarto'],
    intent: 'choose_time',
    entities: { time: at('19:15') },
  },
  {
    texts: ['sobre las 11'],
    intent: 'choose_time',
    entities: { time: at('11:00', true) },
  },
  {
    texts: ['hacia las 6 o asi'],
    intent: 'choose_time',
    entities: { time: at('18:00', true) },
  },
  {
    texts: ['a eso de las 12'],
    intent: 'choose_time',
    entities: { time: at('12:00', true) },
  },
  {
    texts: ['a las 10 de la mañana'],
    intent: 'choose_time',
    entities: { time: at('10:00'), day: null },
  },
  {
    texts: ['a las 8 de la mañana'],
    intent: 'choose_time',
    entities: { time: at('08:00') },
  },
  {
    texts: ['a la una'],
    intent: 'choose_time',
    entities: { time: at('13:00'), option: null },
  },
  {
    texts: ['5 de la tarde'],
    intent: 'choose_time',
    entities: { time: at('17:00') },
  },
  {
    texts: ['a las 9'],
    intent: 'choose_time',
    entities: { time: at('09:00') },
  },
  {
    texts: ['a las 12 y media'],
    intent: 'choose_time',
    entities: { time: at('12:30') },
  },
  {
    texts: ['el sabado a las 10'],
    intent: 'choose_time',
    entities: { day: SATURDAY, time: at('10:00') },
  },
  {
    texts: ['a las 4 y media el viernes'],
    intent: 'choose_time',
    entities: { day: TOMORROW, time: at('16:30') },
  },
  {
    texts: ['mañana sobre las 6 con marta'],
    intent: 'choose_time',
    entities: { day: TOMORROW, time: at('18:00', true), stylists: ['Marta'] },
  },
];

const choices: LabelledUtterance[] = [
  {
    texts: ['la segunda'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 2, time: null },
  },
  {
    texts: ['la 2'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 2, time: null, day: null },
  },
  {
    texts: ['la 1 porfa'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 1 },
  },
  {
    texts: ['el primero'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 1 },
  },
  {
    texts: ['me quedo con la primera'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 1 },
  },
  {
    texts: ['la opcion 3'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 3 },
  },
  {
    texts: ['2'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 2 },
  },
  {
    texts: ['el 3'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 3, day: null },
  },
  {
    texts: ['3️⃣'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 3 },
  },
  {
    texts: ['la ultima'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 3 },
  },
  {
    texts: ['la tercera xfa'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 3 },
  },
  {
    texts: ['la de las 11'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: null, time: at('11:00') },
  },
  {
    texts: ['la de las 5 y media'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: null, time: at('17:30') },
  },
  {
    texts: ['vale, la segunda'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 2 },
  },
  {
    texts: ['la del sabado'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: null, day: SATURDAY },
  },
  {
    texts: ['perfecto, pues la primera opcion'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 1 },
  },
  {
    texts: ['la 1'],
    expecting: 'appointment_choice',
    intent: 'choose_option',
    entities: { option: 1 },
  },
];

const names: LabelledUtterance[] = [
  {
    texts: ['soy Laura Pérez'],
    intent: 'give_name',
    entities: { name: 'Laura Pérez' },
  },
  {
    texts: ['me llamo Carmen'],
    intent: 'give_name',
    entities: { name: 'Carmen', nameForSomeoneElse: false },
  },
  {
    texts: ['a nombre de mi hija Carla'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Carla', nameForSomeoneElse: true },
  },
  {
    texts: ['Laura'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Laura' },
  },
  {
    texts: ['laura perez'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Laura Perez' },
  },
  {
    texts: ['María José'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'María José' },
  },
  {
    texts: ['a nombre de Pedro Sánchez'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Pedro Sánchez', nameForSomeoneElse: false },
  },
  {
    texts: ['Ana'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Ana', stylists: [] },
  },
  {
    texts: ['hola soy marta y queria cita para el sabado'],
    intent: 'book',
    entities: { name: 'Marta', stylists: [], day: SATURDAY },
  },
  {
    texts: ['pon la cita a nombre de mi madre, Rosario'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Rosario', nameForSomeoneElse: true },
  },
  {
    texts: ['mi nombre es Lucia Fernandez'],
    intent: 'give_name',
    entities: { name: 'Lucia Fernandez' },
  },
  {
    texts: ['si, a nombre de Elena'],
    expecting: 'name',
    intent: 'affirm',
    otherIntents: ['give_name'],
    entities: { name: 'Elena' },
  },
  {
    texts: ['es para mi hijo Pablo'],
    intent: 'give_name',
    entities: { name: 'Pablo', nameForSomeoneElse: true },
  },
];

const yesNo: LabelledUtterance[] = [
  { texts: ['sí'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['si'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['vale'], intent: 'affirm' },
  { texts: ['perfecto'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['ok'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['de acuerdo'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['claro!'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['genial'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['confirmo'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['👍'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['siii porfa'], expecting: 'confirmation', intent: 'affirm' },
  {
    texts: ['sí, confirmo la cita'],
    expecting: 'confirmation',
    intent: 'affirm',
  },
  { texts: ['vale perfecto'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['Si si, adelante'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['no'], expecting: 'confirmation', intent: 'deny' },
  { texts: ['mejor no'], expecting: 'confirmation', intent: 'deny' },
  { texts: ['no gracias'], intent: 'deny', otherIntents: ['thanks_bye'] },
  { texts: ['déjalo'], expecting: 'confirmation', intent: 'deny' },
  {
    texts: ['no, dejalo, ya llamare yo'],
    expecting: 'confirmation',
    intent: 'deny',
  },
  { texts: ['nop'], expecting: 'confirmation', intent: 'deny' },
  {
    texts: ['ninguna me va bien'],
    expecting: 'option',
    intent: 'deny',
    entities: { option: null },
  },
  { texts: ['de momento no'], intent: 'deny' },
  { texts: ['no me viene bien ninguna'], expecting: 'option', intent: 'deny' },
];

const corrections: LabelledUtterance[] = [
  {
    texts: ['mejor el sábado'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { day: SATURDAY },
  },
  {
    texts: ['con Ana no, con Marta'],
    intent: 'correction',
    entities: { stylists: ['Marta'], rejectedStylists: ['Ana'] },
  },
  {
    texts: ['no, mejor a las 6'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { time: at('18:00') },
  },
  {
    texts: ['mejor por la tarde'],
    expecting: 'option',
    intent: 'correction',
    entities: { partOfDay: 'afternoon' },
  },
  {
    texts: ['perdon, queria decir el viernes'],
    intent: 'correction',
    entities: { day: TOMORROW },
  },
  {
    texts: ['el viernes no, mejor el sabado'],
    intent: 'correction',
    entities: { day: SATURDAY },
  },
  {
    texts: ['mejor con Pilar'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { stylists: ['Pilar'] },
  },
  {
    texts: ['al final mejor mechas'],
    intent: 'correction',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['no, a las 6'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { time: at('18:00') },
  },
  {
    texts: ['en vez de a las 5 a las 6'],
    intent: 'correction',
    entities: { time: at('18:00') },
  },
  {
    texts: ['mejor con ana maria, no con ana'],
    intent: 'correction',
    entities: { stylists: ['Ana María'], rejectedStylists: ['Ana'] },
  },
  {
    texts: ['uy no, me equivoque, es el 3 de diciembre'],
    intent: 'correction',
    entities: { day: NEXT_THURSDAY },
  },
  {
    texts: ['mejor la semana que viene'],
    intent: 'correction',
    entities: { day: NEXT_WEEK },
  },
  {
    texts: ['con victor no, con quien sea'],
    intent: 'correction',
    entities: { rejectedStylists: ['Víctor'], anyStylist: true },
  },
];

const appointments: LabelledUtterance[] = [
  { texts: ['qué citas tengo?'], intent: 'my_appointments' },
  { texts: ['tengo alguna cita?'], intent: 'my_appointments' },
  { texts: ['a q hora era lo mio?'], intent: 'my_appointments' },
  {
    texts: ['pasame la pedicura al dia 8 porfa'],
    intent: 'reschedule',
    entities: { day: { from: '2026-12-08', to: '2026-12-08' } },
  },
  {
    texts: ['a que hora era mi cita'],
    intent: 'my_appointments',
    otherIntents: [],
  },
  {
    texts: ['cuando tengo la cita?? no me acuerdo'],
    intent: 'my_appointments',
  },
  { texts: ['me recuerdas mi cita porfa'], intent: 'my_appointments' },
  { texts: ['está confirmada la cita?'], intent: 'booking_check' },
  { texts: ['y si llego 10 min tarde pasa algo?'], intent: 'salon_question' },
  { texts: ['aceptais bizum?'], intent: 'salon_question' },
  { texts: ['hay donde aparcar por ahi?'], intent: 'salon_question' },
  { texts: ['teneis vales regalo'], intent: 'salon_question' },
  {
    texts: ['perdona, voy con 5 minutos de retraso'],
    intent: 'salon_question',
  },
  {
    texts: ['entonces me lo apuntaste para el miercoles?'],
    intent: 'booking_check',
  },
  { texts: ['sigue en pie lo del sábado no?'], intent: 'booking_check' },
  {
    texts: ['déjalo, ya miraré otro día'],
    expecting: 'option',
    intent: 'change_of_mind',
  },
  {
    texts: ['mejor no, gracias'],
    expecting: 'confirmation',
    intent: 'change_of_mind',
  },
  {
    texts: ['uff olvidalo'],
    expecting: 'stylist_or_day',
    intent: 'change_of_mind',
  },
  { texts: ['quiero cancelar'], intent: 'cancel' },
  { texts: ['Quiero cancelar mi cita'], intent: 'cancel', otherIntents: [] },
  {
    texts: ['anula la cita del viernes xfa'],
    intent: 'cancel',
    entities: { day: TOMORROW },
  },
  {
    texts: ['no voy a poder ir mañana'],
    intent: 'cancel',
    entities: { day: TOMORROW },
  },
  { texts: ['cancela la reserva porfa'], intent: 'cancel' },
  {
    texts: ['hola, tengo que anular lo del sabado'],
    intent: 'cancel',
    entities: { day: SATURDAY },
  },
  { texts: ['quiero cambiar mi cita'], intent: 'reschedule' },
  {
    texts: ['puedo mover la cita al sabado?'],
    intent: 'reschedule',
    entities: { day: SATURDAY },
  },
  { texts: ['necesito cambiar la hora de mi cita'], intent: 'reschedule' },
  { texts: ['se puede cambiar la cita a otro dia?'], intent: 'reschedule' },
  {
    texts: ['no puedo ir el viernes, me la podeis cambiar al lunes?'],
    intent: 'reschedule',
    entities: { day: MONDAY },
  },
  {
    texts: ['quiero aplazar la cita a la semana que viene'],
    intent: 'reschedule',
    entities: { day: NEXT_WEEK },
  },
];

const questions: LabelledUtterance[] = [
  {
    texts: ['¿cuánto cuesta el tinte?'],
    intent: 'price_question',
    otherIntents: [],
    entities: { services: ['Tinte raíz'] },
  },
  {
    texts: ['precio de las mechas?'],
    intent: 'price_question',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['cuanto vale un corte de pelo'],
    intent: 'price_question',
    entities: { services: ['Corte mujer'] },
  },
  {
    texts: ['q precio tiene la keratina'],
    intent: 'price_question',
    entities: { services: ['Alisado de keratina'] },
  },
  { texts: ['¿cuánto cuestan?'], intent: 'price_question' },
  {
    texts: ['cuanto sale la manicura y la pedicura'],
    intent: 'price_question',
    entities: { services: ['Manicura', 'Pedicura'] },
  },
  {
    texts: ['buenas', 'cuanto me cobrais por un corte de caballero?'],
    intent: 'price_question',
    otherIntents: ['greeting'],
    entities: { services: ['Corte hombre'] },
  },
  {
    texts: ['cuanto dura el alisado de keratina?'],
    intent: 'price_question',
    entities: { services: ['Alisado de keratina'] },
  },
  { texts: ['qué servicios tenéis?'], intent: 'services_question' },
  {
    texts: ['hacéis keratina?'],
    intent: 'services_question',
    entities: { services: ['Alisado de keratina'] },
  },
  {
    texts: ['que tratamientos haceis de estetica'],
    intent: 'services_question',
  },
  {
    texts: ['teneis masajes?'],
    intent: 'services_question',
    entities: { services: ['Masaje relajante'] },
  },
  { texts: ['a qué hora abrís?'], intent: 'hours_question' },
  { texts: ['horario?'], intent: 'hours_question' },
  {
    texts: ['abrís el sábado?'],
    intent: 'hours_question',
    otherIntents: [],
    entities: { day: SATURDAY },
  },
  {
    texts: ['hasta que hora estais abiertos hoy'],
    intent: 'hours_question',
    entities: { day: TODAY },
  },
  {
    texts: ['el lunes cerrais?'],
    intent: 'hours_question',
    entities: { day: MONDAY },
  },
  { texts: ['dónde estáis?'], intent: 'address_question' },
  { texts: ['me pasas la direccion'], intent: 'address_question' },
  { texts: ['como llego a la peluqueria?'], intent: 'address_question' },
  {
    texts: ['en que calle estais?? es q no lo encuentro'],
    intent: 'address_question',
  },
  {
    texts: ['quiero hacerme mechas', '¿cuánto cuestan?'],
    intent: 'price_question',
    entities: { services: ['Mechas'] },
  },
];

const handOffs: LabelledUtterance[] = [
  { texts: ['Quiero hablar con una persona'], intent: 'talk_to_person' },
  { texts: ['me podéis llamar?'], intent: 'talk_to_person' },
  {
    texts: ['prefiero hablar con alguien de la peluqueria'],
    intent: 'talk_to_person',
  },
  { texts: ['pasame con la encargada'], intent: 'talk_to_person' },
  { texts: ['hablar con un humano xfa'], intent: 'talk_to_person' },
  {
    texts: ['eres un bot? quiero hablar con alguien'],
    intent: 'talk_to_person',
  },
  { texts: ['quiero poner una queja'], intent: 'complaint' },
  {
    texts: ['el corte de ayer fue un desastre'],
    intent: 'complaint',
    entities: { day: null },
  },
  {
    texts: ['estoy muy enfadada, me dejasteis el pelo fatal'],
    intent: 'complaint',
  },
  { texts: ['fatal el servicio, no vuelvo'], intent: 'complaint' },
  {
    texts: ['llevo 3 dias escribiendo y nadie me contesta'],
    intent: 'complaint',
  },
  {
    texts: ['no estoy nada contenta con el tinte'],
    intent: 'complaint',
    otherIntents: [],
  },
];

const unknowns: LabelledUtterance[] = [
  { texts: ['jajaja'], intent: 'unknown' },
  { texts: ['🤔'], intent: 'unknown' },
  { texts: ['asdfgh'], intent: 'unknown' },
  { texts: ['?'], intent: 'unknown' },
  { texts: ['mi perro se llama Toby'], intent: 'unknown' },
  { texts: ['y el tiempo q hace hoy?'], intent: 'unknown' },
];

const everyday: LabelledUtterance[] = [
  {
    texts: ['el viernes me viene fatal, mejor el lunes'],
    intent: 'correction',
    entities: { day: MONDAY },
  },
  {
    texts: ['a las 8'],
    intent: 'choose_time',
    entities: { time: at('20:00') },
  },
  {
    texts: ['el sabado a las 9 y media'],
    intent: 'choose_time',
    entities: { day: SATURDAY, time: at('09:30') },
  },
  {
    texts: ['manana a las 10 con ana'],
    intent: 'choose_time',
    entities: { day: TOMORROW, time: at('10:00'), stylists: ['Ana'] },
  },
  {
    texts: ['con ana, el martes x la tarde'],
    intent: 'choose_time',
    entities: { stylists: ['Ana'], day: TUESDAY, partOfDay: 'afternoon' },
  },
  {
    texts: ['la semana que viene por la tarde, con cualquiera'],
    intent: 'choose_time',
    entities: { day: NEXT_WEEK, partOfDay: 'afternoon', anyStylist: true },
  },
  {
    texts: ['vale', 'el jueves que viene a las 11'],
    intent: 'affirm',
    entities: { day: NEXT_THURSDAY, time: at('11:00') },
  },
  {
    texts: [
      'buenas',
      'quería saber si hay hueco pasado mañana para corte de caballero',
    ],
    intent: 'book',
    entities: { day: SATURDAY, services: ['Corte hombre'] },
  },
  {
    texts: [
      'hola!! me gustaria pedir cita para mi hija, para un recogido el sabado',
    ],
    intent: 'book',
    entities: { services: ['Recogido'], day: SATURDAY, name: null },
  },
  {
    texts: ['a mediodia'],
    intent: 'choose_time',
    entities: { time: at('12:00', true) },
  },
  {
    texts: ['el sabado por la mañana o el martes por la tarde'],
    intent: 'choose_time',
    entities: { day: { from: '2026-11-28', to: '2026-12-01' } },
  },
  {
    texts: ['tinte y mechas'],
    intent: 'choose_service',
    entities: { services: ['Tinte raíz', 'Mechas'] },
  },
  {
    texts: ['me quiero hacer las uñas'],
    intent: 'book',
    entities: { services: ['Manicura'] },
  },
  {
    texts: ['quiero una consulta de color, es gratis?'],
    intent: 'price_question',
    entities: { services: ['Consulta de color'] },
  },
  {
    texts: ['a partir de las 5'],
    intent: 'choose_time',
    entities: { time: at('17:00', true) },
  },
  {
    texts: ['esta semana no puedo, la q viene'],
    intent: 'choose_day',
    entities: { day: NEXT_WEEK },
  },
  {
    texts: ['con marta a las 4'],
    intent: 'choose_time',
    entities: { stylists: ['Marta'], time: at('16:00') },
  },
  {
    texts: ['el martes q viene a las 10:15'],
    intent: 'choose_time',
    entities: { day: TUESDAY, time: at('10:15') },
  },
];

const colloquial: LabelledUtterance[] = [
  {
    texts: ['kiero cita pa mañana'],
    intent: 'book',
    entities: { day: TOMORROW },
  },
  {
    texts: ['pa mañana tienes algo?'],
    intent: 'book',
    entities: { day: TOMORROW },
  },
  {
    texts: ['os queda algo libre el viernes x la tarde?'],
    intent: 'book',
    entities: { day: TOMORROW, partOfDay: 'afternoon' },
  },
  {
    texts: ['cita para el sabado?'],
    intent: 'book',
    entities: { day: SATURDAY },
  },
  {
    texts: ['a q hora tienes el viernes?'],
    intent: 'book',
    entities: { day: TOMORROW, time: null },
  },
  {
    texts: ['me cogeis mañana para cortar el pelo?'],
    intent: 'book',
    entities: { day: TOMORROW, services: ['Corte mujer'] },
  },
  {
    texts: [
      'Una cita para un corte de pelo, el martes por la mañana, me da igual quién',
    ],
    intent: 'book',
    entities: {
      services: ['Corte mujer'],
      day: TUESDAY,
      partOfDay: 'morning',
      anyStylist: true,
    },
  },
  {
    texts: ['para mañana a primera hora con quien este libre'],
    intent: 'choose_time',
    entities: { day: TOMORROW, partOfDay: 'morning', anyStylist: true },
  },
  {
    texts: ['quiero cortarme el pelo y arreglarme la barba'],
    intent: 'book',
    entities: { services: ['Corte hombre', 'Arreglo de barba'] },
  },
  {
    texts: ['un corte de pelo para mi hijo de 8 años'],
    intent: 'choose_service',
    entities: { services: ['Corte hombre'] },
  },
  {
    texts: ['me quiero teñir las canas'],
    intent: 'book',
    entities: { services: ['Tinte raíz'] },
  },
  {
    texts: ['depilarme las cejas'],
    intent: 'book',
    entities: { services: ['Depilación de cejas'] },
  },
  {
    texts: ['manos y pies'],
    intent: 'choose_service',
    entities: { services: ['Manicura', 'Pedicura'] },
  },
  {
    texts: ['quiero las uñas y los pies'],
    intent: 'book',
    entities: { services: ['Manicura', 'Pedicura'] },
  },
  {
    texts: ['mañana no, pasado'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { day: SATURDAY },
  },
  {
    texts: ['a las 5 no, a las 6'],
    intent: 'correction',
    entities: { time: at('18:00') },
  },
  {
    texts: ['mejor otro dia'],
    expecting: 'option',
    intent: 'correction',
    entities: { day: null },
  },
  {
    texts: ['algo mas tarde?'],
    expecting: 'option',
    intent: 'correction',
    entities: { time: null },
  },
  { texts: ['a esa hora no puedo'], expecting: 'option', intent: 'deny' },
  {
    texts: ['entre las 5 y las 7'],
    intent: 'choose_time',
    entities: { time: at('17:00', true) },
  },
  {
    texts: ['sobre las 5 o 6'],
    intent: 'choose_time',
    entities: { time: at('17:00', true) },
  },
  {
    texts: ['a las 5 y pico'],
    intent: 'choose_time',
    entities: { time: at('17:00', true) },
  },
  {
    texts: ['a la 1 y media'],
    intent: 'choose_time',
    entities: { time: at('13:30') },
  },
  { texts: ['9:45'], intent: 'choose_time', entities: { time: at('09:45') } },
  { texts: ['las 4'], intent: 'choose_time', entities: { time: at('16:00') } },
  {
    texts: ['hoy o mañana'],
    intent: 'choose_day',
    entities: { day: { from: '2026-11-26', to: '2026-11-27' } },
  },
  {
    texts: ['dentro de 2 semanas'],
    intent: 'choose_day',
    entities: { day: on('2026-12-10') },
  },
  {
    texts: ['el proximo martes'],
    intent: 'choose_day',
    entities: { day: TUESDAY },
  },
  {
    texts: ['el sabado 5 de diciembre'],
    intent: 'choose_day',
    entities: { day: on('2026-12-05') },
  },
  {
    texts: ['el mes que viene'],
    intent: 'choose_day',
    entities: { day: { from: '2026-12-01', to: '2026-12-31' } },
  },
  {
    texts: ['esta semana'],
    intent: 'choose_day',
    entities: { day: { from: '2026-11-26', to: '2026-11-29' } },
  },
  {
    texts: ['laura gracias'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Laura' },
  },
  {
    texts: ['pon Juan'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Juan' },
  },
  {
    texts: ['José Luis Gómez Pérez'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'José Luis Gómez Pérez' },
  },
  {
    texts: ['es para mi madre, se llama Carmen'],
    intent: 'give_name',
    entities: { name: 'Carmen', nameForSomeoneElse: true },
  },
  {
    texts: ['de parte de Sonia'],
    intent: 'give_name',
    entities: { name: 'Sonia' },
  },
  {
    texts: ['la dos'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 2 },
  },
  {
    texts: ['prefiero la de las 12'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: null, time: at('12:00') },
  },
  {
    texts: ['cualquiera me vale'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 1, anyStylist: false },
  },
  { texts: ['si porfavor'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['ah vale, perfecto'], intent: 'affirm' },
  { texts: ['uff no puedo'], expecting: 'confirmation', intent: 'deny' },
  { texts: ['que mal servicio'], intent: 'complaint' },
  { texts: ['estoy muy descontenta con el corte'], intent: 'complaint' },
  { texts: ['me puede atender una persona?'], intent: 'talk_to_person' },
  { texts: ['me llamais?'], intent: 'talk_to_person' },
  {
    texts: ['no voy a ir a la cita de mañana'],
    intent: 'cancel',
    entities: { day: TOMORROW },
  },
  {
    texts: ['podria cambiar la cita del viernes al sabado?'],
    intent: 'reschedule',
    entities: { day: SATURDAY },
  },
  {
    texts: ['mueve mi cita al dia 3 porfa'],
    intent: 'reschedule',
    entities: { day: NEXT_THURSDAY },
  },
  { texts: ['teneis alguna oferta?'], intent: 'price_question' },
  { texts: ['en que zona estais?'], intent: 'address_question' },
  {
    texts: ['hasta que hora abris el sabado?'],
    intent: 'hours_question',
    entities: { day: SATURDAY },
  },
  { texts: ['besitos'], intent: 'thanks_bye' },
  {
    texts: ['tarde'],
    expecting: 'stylist_or_day',
    intent: 'choose_time',
    entities: { partOfDay: 'afternoon' },
  },
  { texts: ['que va'], expecting: 'confirmation', intent: 'deny' },
  {
    texts: ['ninguna de las tres'],
    expecting: 'option',
    intent: 'deny',
    entities: { time: null },
  },
  { texts: ['me confirmas la cita del sabado?'], intent: 'my_appointments' },
  { texts: ['sois unos impresentables'], intent: 'complaint' },
  {
    texts: ['a las 11'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: null, time: at('11:00') },
  },
  {
    texts: ['el sabado'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { day: SATURDAY },
  },
  { texts: ['mil gracias 🙏'], intent: 'thanks_bye' },
  { texts: ['okk'], expecting: 'confirmation', intent: 'affirm' },
];

/** Turns a reviewer found misread by chatting with the bot, in several phrasings each. */
const reviewed: LabelledUtterance[] = [
  // A weekday with a day number: the number is the day, not an hour.
  {
    texts: [
      'quiero un recogido para una boda el sabado 12 a las 10 con Ana Maria',
    ],
    intent: 'book',
    entities: {
      services: ['Recogido'],
      day: on('2026-12-12'),
      time: at('10:00'),
      stylists: ['Ana María'],
    },
  },
  {
    texts: ['un peinado el martes 15 por la tarde'],
    intent: 'choose_time',
    entities: {
      services: ['Peinado'],
      day: on('2026-12-15'),
      partOfDay: 'afternoon',
    },
  },
  {
    texts: ['el sábado a las 12'],
    intent: 'choose_time',
    entities: { day: SATURDAY, time: at('12:00') },
  },
  {
    texts: ['el viernes 4'],
    intent: 'choose_day',
    entities: { day: on('2026-12-04') },
  },
  {
    texts: ['tenéis hueco el sábado 19 por la mañana?'],
    intent: 'book',
    entities: { day: on('2026-12-19'), partOfDay: 'morning' },
  },
  {
    texts: ['para el jueves 17 a las 6'],
    intent: 'choose_time',
    entities: { day: on('2026-12-17'), time: at('18:00') },
  },
  {
    texts: ['el sabado dia 12'],
    intent: 'choose_day',
    entities: { day: on('2026-12-12'), time: null },
  },
  // A word several services share, nothing telling them apart: the customer chooses.
  {
    texts: ['corte'],
    expecting: 'service',
    intent: 'choose_service',
    entities: {
      services: [],
      serviceChoices: ['Corte mujer', 'Corte hombre', 'Corte + peinado'],
    },
  },
  {
    texts: ['quiero un corte'],
    intent: 'book',
    entities: {
      services: [],
      serviceChoices: ['Corte mujer', 'Corte hombre', 'Corte + peinado'],
    },
  },
  {
    texts: ['necesito cortarme mañana por la tarde'],
    intent: 'book',
    entities: {
      services: [],
      serviceChoices: ['Corte mujer', 'Corte hombre', 'Corte + peinado'],
      day: TOMORROW,
      partOfDay: 'afternoon',
    },
  },
  {
    texts: ['corte y tinte'],
    intent: 'choose_service',
    entities: {
      services: ['Tinte raíz'],
      serviceChoices: ['Corte mujer', 'Corte hombre', 'Corte + peinado'],
    },
  },
  {
    texts: ['cuanto cuesta un corte?'],
    intent: 'price_question',
    entities: {
      services: [],
      serviceChoices: ['Corte mujer', 'Corte hombre', 'Corte + peinado'],
    },
  },
  {
    texts: ['depilación'],
    expecting: 'service',
    intent: 'choose_service',
    entities: {
      services: [],
      serviceChoices: ['Depilación de cejas', 'Depilación piernas completas'],
    },
  },
  {
    texts: ['quiero depilarme'],
    intent: 'book',
    entities: {
      services: [],
      serviceChoices: ['Depilación de cejas', 'Depilación piernas completas'],
    },
  },
  {
    texts: ['cortar el pelo'],
    intent: 'choose_service',
    entities: { services: ['Corte mujer'], serviceChoices: [] },
  },
  {
    texts: ['un corte para mi hijo'],
    intent: 'choose_service',
    entities: { services: ['Corte hombre'], serviceChoices: [] },
  },
  {
    texts: ['corte de caballero y barba'],
    intent: 'choose_service',
    entities: {
      services: ['Corte hombre', 'Arreglo de barba'],
      serviceChoices: [],
    },
  },
  // The name of someone else, or the customer's own.
  {
    texts: ['es para mi madre, Rosa Gil'],
    intent: 'give_name',
    entities: { name: 'Rosa Gil', nameForSomeoneElse: true, stylists: [] },
  },
  {
    texts: ['para mi hijo Pablo'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Pablo', nameForSomeoneElse: true },
  },
  {
    texts: ['Carla, mi hija'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Carla', nameForSomeoneElse: true },
  },
  {
    texts: ['quiero cita para mi hija Lucía el sábado'],
    intent: 'book',
    entities: { name: 'Lucía', nameForSomeoneElse: true, day: SATURDAY },
  },
  {
    texts: ['soy Laura'],
    intent: 'give_name',
    entities: { name: 'Laura', nameForSomeoneElse: false },
  },
  {
    texts: ['a nombre de Laura Pérez'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Laura Pérez', nameForSomeoneElse: false },
  },
  {
    texts: ['Marisa'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Marisa', nameForSomeoneElse: false },
  },
  // A day of the month while a numbered list is open.
  {
    texts: ['el 27'],
    expecting: 'option',
    intent: 'choose_day',
    entities: { day: TOMORROW, option: null },
  },
  {
    texts: ['27'],
    expecting: 'option',
    intent: 'choose_day',
    entities: { day: TOMORROW, option: null },
  },
  {
    texts: ['el dia 2'],
    expecting: 'option',
    intent: 'choose_day',
    entities: { day: WEDNESDAY, option: null },
  },
  {
    texts: ['el 2'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 2, day: null },
  },
  {
    texts: ['mejor el 30'],
    expecting: 'option',
    intent: 'correction',
    entities: { day: MONDAY, option: null },
  },
  // Which appointment to cancel or move, by its number in the list.
  { texts: ['cancela la 2'], intent: 'cancel', entities: { option: 2 } },
  {
    texts: ['quiero cambiar la 3'],
    intent: 'reschedule',
    entities: { option: 3 },
  },
  { texts: ['anula la primera'], intent: 'cancel', entities: { option: 1 } },
  {
    texts: ['la segunda, cancélala'],
    expecting: 'appointment_choice',
    intent: 'cancel',
    entities: { option: 2 },
  },
  {
    texts: ['mueve la segunda al sabado'],
    intent: 'reschedule',
    entities: { option: 2, day: SATURDAY },
  },
  // Typos.
  {
    texts: ['kiero sita para mexas'],
    intent: 'book',
    entities: { services: ['Mechas'] },
  },
  { texts: ['el sabdo'], intent: 'choose_day', entities: { day: SATURDAY } },
  { texts: ['mañna'], intent: 'choose_day', entities: { day: TOMORROW } },
  {
    texts: ['pasao mañana'],
    intent: 'choose_day',
    entities: { day: SATURDAY },
  },
  {
    texts: ['el vierne por la tarde'],
    intent: 'choose_time',
    entities: { day: TOMORROW, partOfDay: 'afternoon' },
  },
  {
    texts: ['tinteee'],
    intent: 'choose_service',
    entities: { services: ['Tinte raíz'] },
  },
  {
    texts: ['manicur y pedicur'],
    intent: 'choose_service',
    entities: { services: ['Manicura', 'Pedicura'] },
  },
  {
    texts: ['queratina'],
    intent: 'choose_service',
    entities: { services: ['Alisado de keratina'] },
  },
  {
    texts: ['unas mechaas'],
    intent: 'choose_service',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['una cosa, cuanto va a costar?'],
    intent: 'price_question',
    entities: { services: [], serviceChoices: [] },
  },
  {
    texts: ['muchas gracias por todo'],
    intent: 'thanks_bye',
    entities: { services: [], day: null },
  },
  // "más tarde" to the slots just offered: another time, which the dialogue asks for.
  {
    texts: ['más tarde'],
    expecting: 'option',
    intent: 'correction',
    entities: { time: null, partOfDay: null, option: null },
  },
  {
    texts: ['un poco más tarde'],
    expecting: 'option',
    intent: 'correction',
    entities: { time: null, partOfDay: null },
  },
  {
    texts: ['más temprano'],
    expecting: 'option',
    intent: 'correction',
    entities: { time: null, partOfDay: null },
  },
  {
    texts: ['antes'],
    expecting: 'option',
    intent: 'correction',
    entities: { time: null, partOfDay: null },
  },
  // Hours of a given day.
  {
    texts: ['¿abrís el 8 de diciembre?'],
    intent: 'hours_question',
    otherIntents: [],
    entities: { day: on('2026-12-08') },
  },
  {
    texts: ['¿el sábado abrís?'],
    intent: 'hours_question',
    entities: { day: SATURDAY },
  },
  {
    texts: ['¿a qué hora abrís mañana?'],
    intent: 'hours_question',
    entities: { day: TOMORROW, time: null },
  },
  {
    texts: ['el 24 estáis abiertos?'],
    intent: 'hours_question',
    entities: { day: on('2026-12-24') },
  },
  // Done for now: a polite close.
  {
    texts: ['nada más, gracias'],
    intent: 'deny',
    otherIntents: ['thanks_bye'],
  },
  {
    texts: ['vale gracias, luego te digo'],
    intent: 'affirm',
    otherIntents: ['thanks_bye'],
  },
  {
    texts: ['vale, luego te digo'],
    expecting: 'option',
    intent: 'affirm',
    otherIntents: ['thanks_bye'],
  },
  {
    texts: ['no, ya te escribo yo'],
    intent: 'deny',
    otherIntents: ['thanks_bye'],
  },
  {
    texts: ['eso es todo, gracias'],
    intent: 'deny',
    otherIntents: ['thanks_bye'],
  },
  // Indifferent to who, not to which slot, while slots are offered.
  {
    texts: ['mejor me da igual quien'],
    expecting: 'option',
    intent: 'correction',
    entities: { anyStylist: true, option: null },
  },
  {
    texts: ['me da igual la peluquera'],
    expecting: 'option',
    intent: 'choose_stylist',
    entities: { anyStylist: true, option: null },
  },
  {
    texts: ['con cualquier chica, no tengo preferencia'],
    expecting: 'option',
    intent: 'choose_stylist',
    entities: { anyStylist: true, option: null },
  },
];

/** At least 170 turns covering every intent and every entity form of shared/SALON.md. */
export const devSet: LabelledUtterance[] = [
  ...greetingsAndGoodbyes,
  ...bookings,
  ...details,
  ...choices,
  ...names,
  ...yesNo,
  ...corrections,
  ...appointments,
  ...questions,
  ...handOffs,
  ...unknowns,
  ...everyday,
  ...colloquial,
  ...reviewed,
];
