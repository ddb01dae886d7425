// Held-out Spanish (Spain) WhatsApp turns, written blind to the understander's rules, labelled against CORPUS_NOW (Thu 26 Nov 2026 12:00 Madrid).
import type { LabelledUtterance } from './labelled-utterance.js';

export const heldOutSet: LabelledUtterance[] = [
  // greeting
  {
    texts: ['hola buenas 😊'],
    intent: 'greeting',
    otherIntents: [],
    entities: { services: [], stylists: [], day: null },
  },
  {
    texts: ['Buenas tardes'],
    intent: 'greeting',
    otherIntents: [],
    entities: { partOfDay: null, day: null, time: null },
  },

  // thanks_bye
  {
    texts: ['muchas gracias guapa, hasta luego!'],
    intent: 'thanks_bye',
    otherIntents: [],
  },
  {
    texts: ['gracias, adiós!'],
    intent: 'thanks_bye',
    otherIntents: [],
  },

  // book
  {
    texts: [
      'Hola! Quería pedir cita para cortarme el pelo el viernes por la tarde con Ana',
    ],
    intent: 'book',
    entities: {
      services: ['Corte mujer'],
      stylists: ['Ana'],
      day: { from: '2026-11-27', to: '2026-11-27' },
      partOfDay: 'afternoon',
      time: null,
    },
  },
  {
    texts: ['hola, quiero cita para mechas'],
    intent: 'book',
    otherIntents: ['greeting', 'choose_service'],
    entities: { services: ['Mechas'], stylists: [], day: null },
  },
  {
    texts: ['hola', 'quería cita', 'para mañana'],
    intent: 'book',
    otherIntents: ['greeting', 'choose_day'],
    entities: {
      services: [],
      day: { from: '2026-11-27', to: '2026-11-27' },
      time: null,
    },
  },
  {
    texts: [
      'quiero cita el sabado por la mañana para corte caballero y barba, me da igual quien',
    ],
    intent: 'book',
    entities: {
      services: ['Corte hombre', 'Arreglo de barba'],
      stylists: [],
      anyStylist: true,
      day: { from: '2026-11-28', to: '2026-11-28' },
      partOfDay: 'morning',
    },
  },
  {
    texts: [
      'buenas, me gustaria pedir cita para la semana que viene para hacerme la manicura y la pedicura',
    ],
    intent: 'book',
    entities: {
      services: ['Manicura', 'Pedicura'],
      day: { from: '2026-11-30', to: '2026-12-06' },
    },
  },
  {
    texts: [
      'soy Lucía',
      'y quería cita para el martes a las cinco y media para un tinte',
    ],
    intent: 'book',
    otherIntents: ['give_name', 'choose_time', 'choose_day', 'choose_service'],
    entities: {
      name: 'Lucía',
      services: ['Tinte raíz'],
      day: { from: '2026-12-01', to: '2026-12-01' },
      time: { at: '17:30', approximate: false },
    },
  },

  // choose_service
  {
    texts: ['mechaas'],
    expecting: 'service',
    intent: 'choose_service',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['queratina'],
    expecting: 'service',
    intent: 'choose_service',
    entities: { services: ['Alisado de keratina'] },
  },
  {
    texts: ['cejas y pestañas'],
    expecting: 'service',
    intent: 'choose_service',
    entities: { services: ['Depilación de cejas', 'Lifting de pestañas'] },
  },

  // choose_stylist
  {
    texts: ['con Víctor'],
    expecting: 'stylist_or_day',
    intent: 'choose_stylist',
    entities: { stylists: ['Víctor'], anyStylist: false, day: null },
  },
  {
    texts: ['me da igual'],
    expecting: 'stylist_or_day',
    intent: 'choose_stylist',
    entities: { stylists: [], anyStylist: true, day: null },
  },
  {
    texts: ['con ana maria si puede ser'],
    expecting: 'stylist_or_day',
    intent: 'choose_stylist',
    entities: { stylists: ['Ana María'], anyStylist: false },
  },

  // choose_day
  {
    texts: ['pasado mañana'],
    expecting: 'stylist_or_day',
    intent: 'choose_day',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' }, time: null },
  },
  {
    texts: ['el 3 de diciembre'],
    expecting: 'stylist_or_day',
    intent: 'choose_day',
    entities: { day: { from: '2026-12-03', to: '2026-12-03' }, time: null },
  },
  {
    texts: ['la semana q viene'],
    expecting: 'stylist_or_day',
    intent: 'choose_day',
    entities: { day: { from: '2026-11-30', to: '2026-12-06' } },
  },
  {
    texts: ['con Rosa, el miercoles'],
    expecting: 'stylist_or_day',
    intent: 'choose_day',
    otherIntents: ['choose_stylist'],
    entities: {
      stylists: ['Rosa'],
      day: { from: '2026-12-02', to: '2026-12-02' },
    },
  },

  // choose_time
  {
    texts: ['a las 5'],
    expecting: 'stylist_or_day',
    intent: 'choose_time',
    entities: { time: { at: '17:00', approximate: false }, day: null },
  },
  {
    texts: ['sobre las 11'],
    expecting: 'stylist_or_day',
    intent: 'choose_time',
    entities: { time: { at: '11:00', approximate: true } },
  },
  {
    texts: ['el 27 a las 17:30'],
    expecting: 'stylist_or_day',
    intent: 'choose_time',
    otherIntents: ['choose_day'],
    entities: {
      day: { from: '2026-11-27', to: '2026-11-27' },
      time: { at: '17:30', approximate: false },
    },
  },

  // choose_option
  {
    texts: ['la segunda'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 2, time: null },
  },
  {
    texts: ['la 3'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 3 },
  },
  {
    texts: ['la de las 11'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: null, time: { at: '11:00', approximate: false } },
  },
  {
    texts: ['la segunda, la del sábado'],
    expecting: 'appointment_choice',
    intent: 'choose_option',
    entities: { option: 2 },
  },

  // give_name
  {
    texts: ['Laura Pérez'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Laura Pérez' },
  },
  {
    texts: ['a nombre de mi hija Carla'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Carla' },
  },
  {
    texts: ['ponla a nombre de Mari Carmen porfa'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Mari Carmen' },
  },

  // affirm
  {
    texts: ['si'],
    expecting: 'confirmation',
    intent: 'affirm',
    otherIntents: [],
  },
  {
    texts: ['vale perfecto 👍'],
    expecting: 'confirmation',
    intent: 'affirm',
  },
  {
    texts: ['siii, confirmala!! gracias'],
    expecting: 'confirmation',
    intent: 'affirm',
    otherIntents: ['thanks_bye'],
  },

  // deny
  {
    texts: ['no'],
    expecting: 'confirmation',
    intent: 'deny',
    otherIntents: [],
  },
  {
    texts: ['mejor no, dejalo'],
    expecting: 'confirmation',
    intent: 'deny',
  },
  {
    texts: ['ninguna me viene bien la verdad'],
    expecting: 'option',
    intent: 'deny',
    entities: { option: null },
  },

  // correction
  {
    texts: ['mejor el sábado'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' } },
  },
  {
    texts: ['con Ana no, con Marta'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { stylists: ['Marta'], rejectedStylists: ['Ana'] },
  },
  {
    texts: ['perdona, a las 5 no, a las 6'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { time: { at: '18:00', approximate: false } },
  },
  {
    texts: ['uy perdona, me he liado, lo q quiero es pedicura'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { services: ['Pedicura'] },
  },

  // my_appointments
  {
    texts: ['q citas tengo?'],
    intent: 'my_appointments',
  },
  {
    texts: ['hola', 'tengo cita esta semana?', 'no me acuerdo del dia 🙈'],
    intent: 'my_appointments',
    otherIntents: ['greeting'],
  },

  // cancel
  {
    texts: ['Quiero cancelar mi cita'],
    intent: 'cancel',
  },
  {
    texts: ['hola', 'no voy a poder ir mañana', 'anulamela porfa 🙏'],
    intent: 'cancel',
  },

  // reschedule
  {
    texts: ['kiero cambiar mi cita'],
    intent: 'reschedule',
  },
  {
    texts: ['me podeis pasar la cita al martes por la tarde?'],
    intent: 'reschedule',
    entities: {
      day: { from: '2026-12-01', to: '2026-12-01' },
      partOfDay: 'afternoon',
    },
  },

  // price_question
  {
    texts: ['cuanto cuesta el tinte?'],
    intent: 'price_question',
    entities: { services: ['Tinte raíz'] },
  },
  {
    texts: ['q precio tiene el corte de caballero y la barba?'],
    intent: 'price_question',
    entities: { services: ['Corte hombre', 'Arreglo de barba'] },
  },

  // services_question
  {
    texts: ['q servicios teneis?'],
    intent: 'services_question',
  },
  {
    texts: ['haceis queratina? y balayage?'],
    intent: 'services_question',
    entities: { services: ['Alisado de keratina', 'Mechas'] },
  },

  // hours_question
  {
    texts: ['a q hora abris el sabado?'],
    intent: 'hours_question',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' } },
  },
  {
    texts: ['hasta q hora estais hoy?'],
    intent: 'hours_question',
    entities: { day: { from: '2026-11-26', to: '2026-11-26' } },
  },

  // address_question
  {
    texts: ['donde estais?'],
    intent: 'address_question',
  },
  {
    texts: ['me pasas la direccion xfa 📍'],
    intent: 'address_question',
  },

  // talk_to_person
  {
    texts: ['quiero hablar con una persona'],
    intent: 'talk_to_person',
  },
  {
    texts: [
      'oye',
      'pasame con alguien de la pelu porfa',
      'no quiero hablar con un bot',
    ],
    intent: 'talk_to_person',
  },

  // complaint
  {
    texts: [
      'la ultima vez me dejasteis el color fatal y nadie me ha dado una solucion, es una verguenza',
    ],
    intent: 'complaint',
  },
  {
    texts: [
      'llevo 20 minutos esperando en la puerta',
      'y aqui no me atiende nadie 😡',
    ],
    intent: 'complaint',
  },

  // unknown
  {
    texts: ['jajajaja'],
    intent: 'unknown',
  },
  {
    texts: ['perdon, era para otro chat 🙈'],
    intent: 'unknown',
  },
];
