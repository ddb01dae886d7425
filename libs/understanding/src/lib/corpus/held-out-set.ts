// A held-out corpus written blind from SALON.md only (and the LabelledUtterance format), without reading the understander's code or the other corpora; relative dates are against Thursday 26 November 2026, 12:00 Madrid.
// The 27 of its 225 turns that happened to be a sentence of the development set ("holaaa", "a las 5") were taken out: held-out.spec.ts checks none is left.
import type { LabelledUtterance } from './labelled-utterance.js';

const CORTES = ['Corte mujer', 'Corte hombre', 'Corte + peinado'];

export const heldOutSet: LabelledUtterance[] = [
  // ---------------------------------------------------------------- greeting
  { texts: ['buenass'], intent: 'greeting' },
  { texts: ['hola maite 😊'], intent: 'greeting' },
  { texts: ['buenos diasss'], intent: 'greeting' },
  { texts: ['ey hola', 'q tal?'], intent: 'greeting' },
  { texts: ['hola buenas!!'], intent: 'greeting' },

  // ---------------------------------------------------------------- thanks_bye
  { texts: ['muchas gracias bonita 😘'], intent: 'thanks_bye' },
  { texts: ['lo miro y luego te digo'], intent: 'thanks_bye' },
  { texts: ['chao, un besito'], intent: 'thanks_bye' },
  { texts: ['grax', 'hasta luego!'], intent: 'thanks_bye' },
  { texts: ['gracias x todo, adiosss'], intent: 'thanks_bye' },

  // ---------------------------------------------------------------- unknown
  { texts: ['jajajaja'], intent: 'unknown' },
  { texts: ['vaya frio hace hoy eh'], intent: 'unknown' },
  { texts: ['asdkjh'], intent: 'unknown' },
  { texts: ['has visto el partido del madrid ayer?'], intent: 'unknown' },
  { texts: ['uy me he equivocado de chat perdon'], intent: 'unknown' },

  // ---------------------------------------------------------------- book
  {
    texts: ['hola! quiero pedir cita'],
    intent: 'book',
    otherIntents: ['greeting'],
  },
  {
    texts: ['queria hora para mañana por la tarde para un corte'],
    intent: 'book',
    entities: {
      serviceChoices: CORTES,
      day: { from: '2026-11-27', to: '2026-11-27' },
      partOfDay: 'afternoon',
    },
  },
  {
    texts: ['teneis hueco el sabado por la mañana para mechas?'],
    intent: 'book',
    entities: {
      services: ['Mechas'],
      day: { from: '2026-11-28', to: '2026-11-28' },
      partOfDay: 'morning',
    },
  },
  {
    texts: [
      'buenas',
      'quiero cita para cejas y pestañas',
      'con rosa si puede ser',
    ],
    intent: 'book',
    otherIntents: ['greeting', 'choose_service', 'choose_stylist'],
    entities: {
      services: ['Depilación de cejas', 'Lifting de pestañas'],
      stylists: ['Rosa'],
    },
  },
  {
    texts: ['me gustaria reservar una manicura xa el viernes a las 5'],
    intent: 'book',
    entities: {
      services: ['Manicura'],
      day: { from: '2026-11-27', to: '2026-11-27' },
      time: { at: '17:00', approximate: false },
    },
  },
  {
    texts: ['quiero corte de caballero y q me arregleis la barba el martes'],
    intent: 'book',
    entities: {
      services: ['Corte hombre', 'Arreglo de barba'],
      day: { from: '2026-12-01', to: '2026-12-01' },
    },
  },
  {
    texts: ['se puede pedir cita para la semana q viene?'],
    intent: 'book',
    entities: { day: { from: '2026-11-30', to: '2026-12-06' } },
  },
  {
    texts: ['hola, cita para tinte porfa'],
    intent: 'book',
    otherIntents: ['greeting', 'choose_service'],
    entities: { services: ['Tinte raíz'] },
  },
  {
    texts: ['kiero cita con victor xfa'],
    intent: 'book',
    otherIntents: ['choose_stylist'],
    entities: { stylists: ['Víctor'] },
  },
  {
    texts: ['necesito un recogido para una boda el sabado 5'],
    intent: 'book',
    entities: {
      services: ['Recogido'],
      day: { from: '2026-12-05', to: '2026-12-05' },
    },
  },
  {
    texts: ['holaa', 'me podeis dar hora para pedicura?'],
    intent: 'book',
    otherIntents: ['greeting', 'choose_service'],
    entities: { services: ['Pedicura'] },
  },
  {
    texts: [
      'quiero reservar un masaje y una limpieza facial, me da igual con quien',
    ],
    intent: 'book',
    otherIntents: ['choose_service', 'choose_stylist'],
    entities: {
      services: ['Masaje relajante', 'Limpieza facial'],
      anyStylist: true,
    },
  },
  {
    texts: ['buenas tardes, qeria pedir cita para keratina el dia 3'],
    intent: 'book',
    entities: {
      services: ['Alisado de keratina'],
      day: { from: '2026-12-03', to: '2026-12-03' },
    },
  },
  {
    texts: ['quiero pedir hora con ana maria pa lavar y peinar'],
    intent: 'book',
    otherIntents: ['choose_service', 'choose_stylist'],
    entities: { services: ['Peinado'], stylists: ['Ana María'] },
  },
  {
    texts: ['ola', 'me das hora para el martes?', 'x la tarde'],
    intent: 'book',
    otherIntents: ['greeting', 'choose_day', 'choose_time'],
    entities: {
      day: { from: '2026-12-01', to: '2026-12-01' },
      partOfDay: 'afternoon',
    },
  },
  {
    texts: ['hola soy Elena Martin, queria cita para las uñas'],
    intent: 'book',
    otherIntents: ['greeting', 'give_name', 'choose_service'],
    entities: { services: ['Manicura'], name: 'Elena Martin' },
  },
  {
    texts: ['teneis hueco el lunes x la mañana para cejas?'],
    intent: 'book',
    entities: {
      services: ['Depilación de cejas'],
      day: { from: '2026-11-30', to: '2026-11-30' },
      partOfDay: 'morning',
    },
  },
  {
    texts: ['para mñn tendriais algo? es para un corte de pelo'],
    intent: 'book',
    entities: {
      services: ['Corte mujer'],
      day: { from: '2026-11-27', to: '2026-11-27' },
    },
  },
  {
    texts: ['quiero ir el finde a hacerme las mechas con marta'],
    intent: 'book',
    entities: {
      services: ['Mechas'],
      stylists: ['Marta'],
      day: { from: '2026-11-28', to: '2026-11-29' },
    },
  },

  // ---------------------------------------------------------------- give_name
  {
    texts: ['Lucia Fernandez'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Lucia Fernandez' },
  },
  {
    texts: ['a nombre de Paco'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Paco' },
  },
  {
    texts: ['soy Marisa'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Marisa' },
  },
  {
    texts: ['es para mi madre, Carmen Ruiz'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Carmen Ruiz', nameForSomeoneElse: true },
  },
  {
    texts: ['ponlo a nombre de mi novio Javi'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Javi', nameForSomeoneElse: true },
  },
  {
    texts: ['Raquel'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Raquel' },
  },
  {
    texts: ['me llamo Sergio Lopez'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Sergio Lopez' },
  },
  {
    texts: ['pon Nerea porfa'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Nerea' },
  },
  {
    texts: ['de mi hijo Dani, q tiene 8 años'],
    expecting: 'name',
    intent: 'give_name',
    entities: { name: 'Dani', nameForSomeoneElse: true },
  },

  // ---------------------------------------------------------------- choose_time
  {
    texts: ['x la tarde xfa'],
    intent: 'choose_time',
    entities: { partOfDay: 'afternoon' },
  },
  {
    texts: ['sobre las 11 o asi'],
    intent: 'choose_time',
    entities: { time: { at: '11:00', approximate: true } },
  },
  {
    texts: ['a las 6 y media'],
    intent: 'choose_time',
    entities: { time: { at: '18:30', approximate: false } },
  },
  {
    texts: ['por la mañana q es cuando puedo'],
    intent: 'choose_time',
    entities: { partOfDay: 'morning' },
  },
  {
    texts: ['a eso de las 4'],
    intent: 'choose_time',
    entities: { time: { at: '16:00', approximate: true } },
  },
  {
    texts: ['17:15'],
    intent: 'choose_time',
    entities: { time: { at: '17:15', approximate: false } },
  },
  {
    texts: ['a la 1 y cuarto'],
    intent: 'choose_time',
    entities: { time: { at: '13:15', approximate: false } },
  },
  {
    texts: ['me da igual', 'pero q sea por la tarde'],
    intent: 'choose_time',
    otherIntents: ['choose_stylist'],
    entities: { anyStylist: true, partOfDay: 'afternoon' },
  },
  {
    texts: ['el viernes', 'a las 7'],
    intent: 'choose_time',
    otherIntents: ['choose_day'],
    entities: {
      day: { from: '2026-11-27', to: '2026-11-27' },
      time: { at: '19:00', approximate: false },
    },
  },
  {
    texts: ['mechas', 'con ana maria', 'el jueves 3 por la mañana'],
    intent: 'choose_time',
    otherIntents: ['choose_day', 'choose_stylist', 'choose_service'],
    entities: {
      services: ['Mechas'],
      stylists: ['Ana María'],
      day: { from: '2026-12-03', to: '2026-12-03' },
      partOfDay: 'morning',
    },
  },

  // ---------------------------------------------------------------- choose_day
  {
    texts: ['pasado mañana si puede ser'],
    intent: 'choose_day',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' } },
  },
  {
    texts: ['el martes'],
    intent: 'choose_day',
    entities: { day: { from: '2026-12-01', to: '2026-12-01' } },
  },
  {
    texts: ['el dia 3 de diciembre'],
    intent: 'choose_day',
    entities: { day: { from: '2026-12-03', to: '2026-12-03' } },
  },
  {
    texts: ['la semana q viene'],
    intent: 'choose_day',
    entities: { day: { from: '2026-11-30', to: '2026-12-06' } },
  },
  {
    texts: ['el miercoles 2'],
    intent: 'choose_day',
    entities: { day: { from: '2026-12-02', to: '2026-12-02' } },
  },
  {
    texts: ['hoy mismo'],
    intent: 'choose_day',
    entities: { day: { from: '2026-11-26', to: '2026-11-26' } },
  },

  // ---------------------------------------------------------------- choose_stylist
  {
    texts: ['con marta'],
    intent: 'choose_stylist',
    entities: { stylists: ['Marta'] },
  },
  {
    texts: ['me da lo mismo'],
    intent: 'choose_stylist',
    entities: { anyStylist: true },
  },
  {
    texts: ['con la q sea'],
    intent: 'choose_stylist',
    entities: { anyStylist: true },
  },
  {
    texts: ['prefiero con pilar'],
    intent: 'choose_stylist',
    entities: { stylists: ['Pilar'] },
  },
  {
    texts: ['victor porfa'],
    intent: 'choose_stylist',
    entities: { stylists: ['Víctor'] },
  },
  {
    texts: ['con ana maria q ya me conoce'],
    intent: 'choose_stylist',
    entities: { stylists: ['Ana María'] },
  },
  {
    texts: ['cualquiera, no tengo preferencia'],
    intent: 'choose_stylist',
    entities: { anyStylist: true },
  },
  {
    texts: ['la q me lo hizo la otra vez, rosa'],
    intent: 'choose_stylist',
    entities: { stylists: ['Rosa'] },
  },

  // ---------------------------------------------------------------- choose_service
  {
    texts: ['solo cejas'],
    intent: 'choose_service',
    entities: { services: ['Depilación de cejas'] },
  },
  {
    texts: ['corte de hombre y barba'],
    intent: 'choose_service',
    entities: { services: ['Corte hombre', 'Arreglo de barba'] },
  },
  {
    texts: ['manicura y pedicura'],
    intent: 'choose_service',
    entities: { services: ['Manicura', 'Pedicura'] },
  },
  {
    texts: ['un corte'],
    intent: 'choose_service',
    entities: { serviceChoices: CORTES },
  },
  {
    texts: ['pa retocar raices'],
    intent: 'choose_service',
    entities: { services: ['Tinte raíz'] },
  },
  {
    texts: ['balayage'],
    intent: 'choose_service',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['una consulta de color, q no se q hacerme'],
    intent: 'choose_service',
    entities: { services: ['Consulta de color'] },
  },
  {
    texts: ['un moño'],
    intent: 'choose_service',
    entities: { services: ['Recogido'] },
  },
  {
    texts: ['y tmb quiero cejas'],
    intent: 'choose_service',
    entities: { services: ['Depilación de cejas'] },
  },
  {
    texts: ['ah y tb pestañas porfa'],
    intent: 'choose_service',
    entities: { services: ['Lifting de pestañas'] },
  },

  // ---------------------------------------------------------------- choose_option
  {
    texts: ['la tercera porfa'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 3 },
  },
  {
    texts: ['la primera q me pilla mejor'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 1 },
  },
  {
    texts: ['me quedo con la de las 5 y media'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { time: { at: '17:30', approximate: false } },
  },
  {
    texts: ['opcion 3'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { option: 3 },
  },
  {
    texts: ['la de las 10 y media'],
    expecting: 'option',
    intent: 'choose_option',
    entities: { time: { at: '10:30', approximate: false } },
  },
  {
    texts: ['la segunda', 'ah y cuanto cuesta?'],
    expecting: 'option',
    intent: 'choose_option',
    otherIntents: ['price_question'],
    entities: { option: 2 },
  },

  // ---------------------------------------------------------------- affirm
  { texts: ['siiii'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['si si, confirmame'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['dale'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['sip, genial'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['venga, si'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['correcto'], expecting: 'confirmation', intent: 'affirm' },
  { texts: ['si alli estare'], expecting: 'confirmation', intent: 'affirm' },
  {
    texts: ['si, muchas gracias!'],
    expecting: 'confirmation',
    intent: 'affirm',
    otherIntents: ['thanks_bye'],
  },
  {
    texts: ['vale', 'graciass!!'],
    expecting: 'confirmation',
    intent: 'affirm',
    otherIntents: ['thanks_bye'],
  },
  {
    texts: ['👍', 'una pregunta, se puede pagar con tarjeta?'],
    expecting: 'confirmation',
    intent: 'affirm',
    otherIntents: ['salon_question'],
  },

  // ---------------------------------------------------------------- deny
  { texts: ['noo'], expecting: 'confirmation', intent: 'deny' },
  { texts: ['no no'], expecting: 'confirmation', intent: 'deny' },
  { texts: ['pues no'], expecting: 'confirmation', intent: 'deny' },
  { texts: ['negativo'], expecting: 'confirmation', intent: 'deny' },
  {
    texts: ['no, no me viene bien'],
    expecting: 'confirmation',
    intent: 'deny',
  },

  // ---------------------------------------------------------------- price_question
  {
    texts: ['cuanto cuesta la keratina?'],
    intent: 'price_question',
    entities: { services: ['Alisado de keratina'] },
  },
  {
    texts: ['precio del corte de caballero?'],
    intent: 'price_question',
    entities: { services: ['Corte hombre'] },
  },
  {
    texts: ['q precio tienen las mechas'],
    intent: 'price_question',
    entities: { services: ['Mechas'] },
  },
  {
    texts: ['cuanto vale hacerse las cejas'],
    intent: 'price_question',
    entities: { services: ['Depilación de cejas'] },
  },
  { texts: ['y eso cuanto es?'], intent: 'price_question' },
  {
    texts: ['cuanto me saldria tinte y corte de pelo?'],
    intent: 'price_question',
    entities: { services: ['Tinte raíz', 'Corte mujer'] },
  },
  {
    texts: ['a cuanto esta el masaje'],
    intent: 'price_question',
    entities: { services: ['Masaje relajante'] },
  },
  {
    texts: ['q cuesta una pedicura? xq en otro sitio me cobran 30'],
    intent: 'price_question',
    entities: { services: ['Pedicura'] },
  },
  {
    texts: [
      'hola',
      'q precio tiene el corte de hombre',
      'y para el sabado teneis algo?',
    ],
    intent: 'price_question',
    entities: {
      services: ['Corte hombre'],
      day: { from: '2026-11-28', to: '2026-11-28' },
    },
  },
  {
    texts: ['haceis keratina?', 'cuanto cuessta?'],
    intent: 'price_question',
    otherIntents: ['services_question'],
    entities: { services: ['Alisado de keratina'] },
  },

  // ---------------------------------------------------------------- services_question
  { texts: ['haceis extensiones?'], intent: 'services_question' },
  { texts: ['teneis uñas de gel?'], intent: 'services_question' },
  { texts: ['q cosas haceis de estetica?'], intent: 'services_question' },
  {
    texts: ['haceis balayage?'],
    intent: 'services_question',
    entities: { services: ['Mechas'] },
  },
  { texts: ['hay depilacion laser?'], intent: 'services_question' },
  { texts: ['q servicios teneis'], intent: 'services_question' },
  {
    texts: ['se puede hacer un lifting de pestañas ahi?'],
    intent: 'services_question',
    entities: { services: ['Lifting de pestañas'] },
  },
  { texts: ['y micropigmentacion haceis?'], intent: 'services_question' },

  // ---------------------------------------------------------------- hours_question
  {
    texts: ['a q hora abris el sabado?'],
    intent: 'hours_question',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' } },
  },
  { texts: ['abris los lunes?'], intent: 'hours_question' },
  {
    texts: ['hasta q hora estais hoy'],
    intent: 'hours_question',
    entities: { day: { from: '2026-11-26', to: '2026-11-26' } },
  },
  { texts: ['q horario teneis?'], intent: 'hours_question' },
  { texts: ['cerrais a mediodia?'], intent: 'hours_question' },
  {
    texts: ['el 8 de diciembre abris?'],
    intent: 'hours_question',
    entities: { day: { from: '2026-12-08', to: '2026-12-08' } },
  },
  {
    texts: ['k hora cerrais mñn'],
    intent: 'hours_question',
    entities: { day: { from: '2026-11-27', to: '2026-11-27' } },
  },
  {
    texts: ['q horario teneis el sabado', 'es q solo puedo ese dia'],
    intent: 'hours_question',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' } },
  },

  // ---------------------------------------------------------------- address_question
  { texts: ['me pasas la direccion porfa'], intent: 'address_question' },
  { texts: ['en q calle esta la pelu'], intent: 'address_question' },
  { texts: ['la ubicacion xfa'], intent: 'address_question' },
  {
    texts: ['buenas!', 'donde estais exactamente?'],
    intent: 'address_question',
    otherIntents: ['greeting'],
  },

  // ---------------------------------------------------------------- salon_question
  { texts: ['se puede pagar con bizum?'], intent: 'salon_question' },
  { texts: ['hay sitio pa aparcar cerca?'], intent: 'salon_question' },
  { texts: ['si llego un poco tarde pasa algo?'], intent: 'salon_question' },
  { texts: ['vendeis tarjetas regalo?'], intent: 'salon_question' },
  {
    texts: ['puedo ir con silla de ruedas? hay escalones?'],
    intent: 'salon_question',
  },
  { texts: ['le cortais el pelo a niños pequeños?'], intent: 'salon_question' },
  { texts: ['teneis wifi?'], intent: 'salon_question' },
  { texts: ['me avisais antes de la cita?'], intent: 'salon_question' },
  { texts: ['hay q pagar algo por adelantado?'], intent: 'salon_question' },
  { texts: ['vendeis champus y cosas asi?'], intent: 'salon_question' },
  {
    texts: ['si cancelo con poco tiempo me cobrais algo?'],
    intent: 'salon_question',
  },
  {
    texts: ['buenas', 'para mi hija de 6 años, le podeis cortar el pelo?'],
    intent: 'salon_question',
  },
  {
    texts: ['quiero una limpieza facial', 'teneis parking?'],
    intent: 'salon_question',
    otherIntents: ['book', 'choose_service'],
    entities: { services: ['Limpieza facial'] },
  },

  // ---------------------------------------------------------------- talk_to_person
  { texts: ['quiero hablar con alguien de la pelu'], intent: 'talk_to_person' },
  { texts: ['me puedes pasar con una persona?'], intent: 'talk_to_person' },
  {
    texts: ['eres un robot? prefiero hablar con alguien de verdad'],
    intent: 'talk_to_person',
  },
  { texts: ['q me llame alguien porfa'], intent: 'talk_to_person' },
  { texts: ['necesito hablar con la encargada'], intent: 'talk_to_person' },
  {
    texts: [
      'esto es un desastre, me habeis dejado el pelo horrible',
      'quiero hablar con un humano ya',
    ],
    intent: 'talk_to_person',
    otherIntents: ['complaint'],
  },
  {
    texts: ['cancela mi cita', 'y pasame con alguien xfa'],
    intent: 'talk_to_person',
    otherIntents: ['cancel'],
  },

  // ---------------------------------------------------------------- complaint
  {
    texts: ['el corte del otro dia me lo dejasteis fatal'],
    intent: 'complaint',
  },
  {
    texts: ['llevo 20 min esperando en la puerta y no abre nadie'],
    intent: 'complaint',
  },
  {
    texts: ['me cobrasteis 10 euros de mas la ultima vez'],
    intent: 'complaint',
  },
  {
    texts: ['el tinte se me ha ido en una semana, no estoy nada contenta'],
    intent: 'complaint',
  },
  { texts: ['fatal el trato de ayer, muy mal'], intent: 'complaint' },
  { texts: ['me quemasteis el pelo con la plancha'], intent: 'complaint' },
  {
    texts: [
      'holaaa',
      'el otro dia me hicisteis mechas y han quedado amarillas',
    ],
    intent: 'complaint',
    otherIntents: ['greeting'],
  },

  // ---------------------------------------------------------------- change_of_mind
  { texts: ['olvidalo, ya no quiero'], intent: 'change_of_mind' },
  { texts: ['bueno mejor no, otro dia'], intent: 'change_of_mind' },
  {
    texts: ['espera q al final no, quiero otra cosa'],
    intent: 'change_of_mind',
  },
  { texts: ['para para, no quiero eso'], intent: 'change_of_mind' },
  { texts: ['uf dejalo estar'], intent: 'change_of_mind' },
  {
    texts: ['al final no voy a pedir cita, gracias'],
    intent: 'change_of_mind',
    otherIntents: ['thanks_bye'],
  },

  // ---------------------------------------------------------------- cancel
  { texts: ['quiero anular la cita'], intent: 'cancel' },
  { texts: ['cancelame lo del viernes porfa'], intent: 'cancel' },
  { texts: ['no voy a poder ir, quitame la cita'], intent: 'cancel' },
  {
    texts: ['hola, tengo q cancelar mi cita'],
    intent: 'cancel',
    otherIntents: ['greeting'],
  },
  { texts: ['borra mi reserva xfa'], intent: 'cancel' },
  {
    texts: ['me ha surgido algo y no puedo ir el sabado, cancela la cita'],
    intent: 'cancel',
  },
  { texts: ['cancelar'], intent: 'cancel' },

  // ---------------------------------------------------------------- reschedule
  {
    texts: ['puedo cambiar mi cita al sabado?'],
    intent: 'reschedule',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' } },
  },
  { texts: ['necesito mover la cita a otro dia'], intent: 'reschedule' },
  {
    texts: ['tengo cita y me la podrias pasar a las 6?'],
    intent: 'reschedule',
    entities: { time: { at: '18:00', approximate: false } },
  },
  { texts: ['quiero cambiar la hora de mi cita'], intent: 'reschedule' },
  { texts: ['se puede retrasar mi cita una hora?'], intent: 'reschedule' },
  { texts: ['cambiar cita'], intent: 'reschedule' },
  {
    texts: ['mi cita podria cambiarla para la semana q viene?'],
    intent: 'reschedule',
    entities: { day: { from: '2026-11-30', to: '2026-12-06' } },
  },
  {
    texts: [
      'hola',
      'tengo cita el viernes y no me viene bien',
      'la podemos pasar al martes?',
    ],
    intent: 'reschedule',
  },

  // ---------------------------------------------------------------- booking_check
  { texts: ['mi cita de mañana esta confirmada?'], intent: 'booking_check' },
  { texts: ['me habeis apuntado bien?'], intent: 'booking_check' },
  { texts: ['esta reservado lo del sabado o no?'], intent: 'booking_check' },
  { texts: ['os ha llegado mi reserva?'], intent: 'booking_check' },
  { texts: ['entonces ya esta hecha la reserva?'], intent: 'booking_check' },
  {
    texts: ['buenos dias', 'queria saber si mi cita del martes sigue en pie'],
    intent: 'booking_check',
    otherIntents: ['greeting'],
  },

  // ---------------------------------------------------------------- my_appointments
  {
    texts: ['tengo alguna cita pendiente con vosotros?'],
    intent: 'my_appointments',
  },
  { texts: ['a q hora era mi cita? no me acuerdo'], intent: 'my_appointments' },
  { texts: ['me dices q dia tenia la cita'], intent: 'my_appointments' },
  { texts: ['cuantas citas tengo reservadas?'], intent: 'my_appointments' },
  { texts: ['cuando me toca?'], intent: 'my_appointments' },
  { texts: ['me recuerdas mis citas porfa'], intent: 'my_appointments' },

  // ---------------------------------------------------------------- correction
  {
    texts: ['uy no, mejor el martes'],
    intent: 'correction',
    entities: { day: { from: '2026-12-01', to: '2026-12-01' } },
  },
  {
    texts: ['perdon, a las 5 no, a las 6'],
    intent: 'correction',
    entities: { time: { at: '18:00', approximate: false } },
  },
  {
    texts: ['con victor no, con pilar'],
    intent: 'correction',
    entities: { stylists: ['Pilar'], rejectedStylists: ['Víctor'] },
  },
  {
    texts: ['me he equivocado, era para pedicura no manicura'],
    intent: 'correction',
    entities: { services: ['Pedicura'] },
  },
  {
    texts: ['no era mañana, era pasado mañana'],
    intent: 'correction',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' } },
  },
  {
    texts: ['mejor por la mañana'],
    intent: 'correction',
    entities: { partOfDay: 'morning' },
  },
  {
    texts: ['mejor con marta q con ana'],
    intent: 'correction',
    entities: { stylists: ['Marta'], rejectedStylists: ['Ana'] },
  },
  {
    texts: ['ay no, q el dia 3 trabajo, ponme el 4'],
    intent: 'correction',
    entities: { day: { from: '2026-12-04', to: '2026-12-04' } },
  },
  {
    texts: ['perdona, quise decir cejas, no pestañas'],
    intent: 'correction',
    entities: { services: ['Depilación de cejas'] },
  },
  {
    texts: ['no', 'mejor el sabado'],
    expecting: 'confirmation',
    intent: 'correction',
    entities: { day: { from: '2026-11-28', to: '2026-11-28' } },
  },
];
