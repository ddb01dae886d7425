// Messy WhatsApp conversations written blind from shared/SALON.md only, judged on what a good receptionist would do.
export interface MessyConversation {
  id: string; // kebab-case, unique
  /** What the customer is like / wants, in one line of Spanish or English. */
  story: string;
  /** The WhatsApp profile name (may be a nickname or an emoji), or null. */
  profileName: string | null;
  /** Appointments the customer already has before the conversation starts. */
  existing?: {
    service: string;
    stylist: string;
    day: string /* YYYY-MM-DD */;
    time: string /* HH:MM */;
  }[];
  /** The customer's turns in order; each inner array is a burst of messages sent within seconds. */
  turns: string[][];
  /** What must be true at the end. */
  outcome:
    | {
        kind: 'booked';
        services: string[] /* exact catalogue names */;
        stylist?: string;
        day?: string;
        time?: string;
        bookedFor?: string;
      }
    | { kind: 'nothing_booked' }
    | { kind: 'cancelled'; day: string }
    | { kind: 'moved'; fromDay: string; toDay: string; toTime?: string }
    | { kind: 'kept' } // existing appointments untouched, nothing new
    | { kind: 'handed_off' }; // passed to a person
  /** Facts the bot must state at some point (lowercase substrings, accents allowed), e.g. a price "25 €" or "no hacemos extensiones". */
  mentions?: string[];
}

// "Now" is Thursday 26 November 2026, 12:00 Madrid: mañana = Fri 27, el sábado = Sat 28,
// Sun 29 / Mon 30 closed, Tue 8 Dec holiday, 2 h minimum notice (today from 14:00).
export const messyConversations: MessyConversation[] = [
  // ───────────────────────────── booked ─────────────────────────────
  {
    id: 'todo-de-golpe-corte-ana-viernes',
    story:
      'Lo pide todo en un mensaje: corte de pelo el viernes por la tarde con Ana, elige la segunda.',
    profileName: 'Laura Pérez',
    turns: [
      [
        'Hola! Queria pedir cita para cortarme el pelo el viernes por la tarde con Ana',
      ],
      ['la segunda', 'a mi nombre eh'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte mujer'],
      stylist: 'Ana',
      day: '2026-11-27',
    },
    mentions: ['25 €'],
  },
  {
    id: 'mechas-paso-a-paso-pregunta-precio',
    story:
      'Va paso a paso, pregunta el precio de las mechas en medio y luego quiere el sábado por la mañana con quien sea.',
    profileName: '🌸',
    turns: [
      ['buenas'],
      ['quiero hacerme mechas'],
      ['cuanto cuestan??'],
      ['me da igual, el sabado por la mañana'],
      ['la primera'],
      ['Nuria Sanz'],
      ['vale si'],
    ],
    outcome: { kind: 'booked', services: ['Mechas'], day: '2026-11-28' },
    mentions: ['75 €'],
  },
  {
    id: 'corte-y-barba-victor-manana',
    story: 'Hombre que quiere corte y barba mañana por la tarde con Víctor.',
    profileName: 'Jose',
    turns: [
      ['buenas tardes'],
      [
        'corte d hombre y barba pa mañana x la tarde',
        'con victor si puede ser',
      ],
      ['la primera', 'a nombre de Jose Luis'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte hombre', 'Arreglo de barba'],
      stylist: 'Víctor',
      day: '2026-11-27',
    },
    mentions: ['25 €'],
  },
  {
    id: 'corte-para-hija-carla',
    story:
      'Madre que pide un corte para su hija Carla de 12 años el sábado por la mañana.',
    profileName: 'Mamen',
    turns: [
      ['hola buenas 😊'],
      [
        'queria cita para mi hija Carla',
        'para cortarle el pelo',
        'tiene 12 años',
      ],
      ['el sabado x la mañana', 'con quien sea'],
      ['la 2', 'a nombre de Carla porfa'],
      ['si perfecto gracias'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte mujer'],
      day: '2026-11-28',
      bookedFor: 'Carla',
    },
  },
  {
    id: 'corte-nino-hugo-martes',
    story:
      'Madre (Raquel) que pide un corte de niño para su hijo Hugo el martes por la tarde.',
    profileName: null,
    turns: [
      ['Hola, soy Raquel'],
      [
        'quería pedir hora para mi hijo Hugo, tiene 7 años',
        'un corte normal de niño, como el de caballero',
      ],
      ['el martes por la tarde, me da igual la peluquera'],
      ['la primera, a nombre de Hugo'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte hombre'],
      day: '2026-12-01',
      bookedFor: 'Hugo',
    },
  },
  {
    id: 'tinte-miercoles-11-y-me-lo-recordais',
    story:
      'Tinte de raíces el miércoles de la semana que viene a las 11; confirma con "perfecto, y me lo recordáis?".',
    profileName: 'Sandra',
    turns: [
      [
        'hola! tinte de raices la semana q viene, el miercoles a las 11?',
        'me da igual con quien',
      ],
      ['la de las 11 con quien sea', 'a nombre de Sandra Ruiz'],
      ['perfecto, y me lo recordais?'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Tinte raíz'],
      day: '2026-12-02',
      time: '11:00',
    },
    mentions: ['40 €'],
  },
  {
    id: 'unas-manana-primera-hora-esta-confirmada',
    story:
      'Quiere uñas mañana a primera hora y después pregunta si está confirmada.',
    profileName: 'Chus 💅',
    turns: [
      ['holaa', 'mñn a primera hora uñas?? 💅'],
      ['la primera'],
      ['maria jesus'],
      ['si'],
      ['esta confirmada?'],
    ],
    outcome: { kind: 'booked', services: ['Manicura'], day: '2026-11-27' },
  },
  {
    id: 'corte-marta-cambia-al-sabado',
    story:
      'Pide corte el viernes por la tarde con Marta y enseguida cambia a sábado por la mañana.',
    profileName: 'Irene',
    turns: [
      ['Hola! cita para corte de pelo el viernes por la tarde con Marta'],
      ['no espera', 'mejor el sabado', 'x la mañana'],
      ['la 1', 'a mi nombre, Irene Blanco'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte mujer'],
      stylist: 'Marta',
      day: '2026-11-28',
    },
  },
  {
    id: 'peinado-hoy-tarde-pregunta-bizum',
    story:
      'Lavar y peinar hoy por la tarde; pregunta en medio si aceptan Bizum.',
    profileName: null,
    turns: [
      [
        'hola teneis hueco hoy x la tarde para lavar y peinar?',
        'me da igual quien',
      ],
      ['aceptais bizum?'],
      ['vale pues la primera'],
      ['Elena'],
      ['si'],
    ],
    outcome: { kind: 'booked', services: ['Peinado'], day: '2026-11-26' },
    mentions: ['bizum'],
  },
  {
    id: 'facial-viernes-4-llegar-tarde',
    story:
      'Limpieza facial el viernes 4 por la mañana; pregunta qué pasa si llega 10 minutos tarde.',
    profileName: 'Bea',
    turns: [
      ['buenas, limpieza facial el viernes 4 de diciembre', 'por la mañana'],
      ['y si llego 10 min tarde?'],
      ['ok la 2'],
      ['soy Beatriz Lopez'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Limpieza facial'],
      day: '2026-12-04',
    },
    mentions: ['10 min'],
  },
  {
    id: 'keratina-el-15-con-pilar',
    story:
      'Keratina "el 15" (martes 15 de diciembre) por la mañana con Pilar, pregunta el precio.',
    profileName: 'Marisa',
    turns: [
      ['hola', 'keratina el 15 con pilar', 'por la mañana'],
      ['cuanto es?'],
      ['la primera'],
      ['a nombre de Marisa Torres'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Alisado de keratina'],
      stylist: 'Pilar',
      day: '2026-12-15',
    },
    mentions: ['120 €'],
  },
  {
    id: 'pedicura-viernes-5-y-pico',
    story: 'Pedicura mañana "a las 5 y pico", coge la primera que le den.',
    profileName: 'Rocío',
    turns: [
      ['hola bonita', 'pedicura el viernes a las 5 y pico?'],
      ['la primera q tengas'],
      ['si a mi nombre'],
      ['si'],
    ],
    outcome: { kind: 'booked', services: ['Pedicura'], day: '2026-11-27' },
  },
  {
    id: 'cejas-el-finde',
    story:
      'Quiere cejas "el finde": el domingo está cerrado, así que el sábado; cualquiera le vale.',
    profileName: null,
    turns: [
      ['teneis hueco el finde para cejas?'],
      ['la que sea', 'me llamo Ainhoa'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Depilación de cejas'],
      day: '2026-11-28',
    },
  },
  {
    id: 'manicura-8-diciembre-festivo-pasa-al-9',
    story:
      'Pide manicura el 8 de diciembre (festivo) y acepta el 9 por la tarde.',
    profileName: 'Patri',
    turns: [
      ['hola', 'se puede el 8 de diciembre para manicura?'],
      ['ahh vale', 'pues el 9 entonces', 'x la tarde'],
      ['la de mas tarde'],
      ['Patricia'],
      ['si'],
    ],
    outcome: { kind: 'booked', services: ['Manicura'], day: '2026-12-09' },
    mentions: ['festivo'],
  },
  {
    id: 'corte-lunes-cerrado-pasa-a-martes',
    story:
      'Quiere corte de hombre el lunes (cerrado) y acepta el martes por la mañana.',
    profileName: 'Dani ⚽',
    turns: [
      ['ey', 'el lunes me podeis cortar el pelo? corte de hombre'],
      ['vale pues el martes por la mañana', 'me da igual quien'],
      ['la 1'],
      ['dani'],
      ['si'],
    ],
    outcome: { kind: 'booked', services: ['Corte hombre'], day: '2026-12-01' },
    mentions: ['lunes'],
  },
  {
    id: 'unas-gel-acepta-semipermanente',
    story:
      'Pregunta por uñas de gel (no las hacen) y acepta la manicura semipermanente el sábado por la mañana.',
    profileName: 'Vane',
    turns: [
      ['hola guapa', 'hacéis uñas de gel?'],
      ['y la semipermanente cuanto cuesta?'],
      ['vale pues esa', 'el sabado por la mañana'],
      ['la primera', 'a nombre de Vanesa'],
      ['vale'],
    ],
    outcome: { kind: 'booked', services: ['Manicura'], day: '2026-11-28' },
    mentions: ['18 €'],
  },
  {
    id: 'laser-no-acepta-cera-piernas',
    story:
      'Pregunta por depilación láser (no la hacen) y acepta piernas completas a la cera el miércoles por la tarde.',
    profileName: null,
    turns: [
      ['buenas, depilacion laser de piernas teneis?'],
      ['y normal a la cera?'],
      ['vale pues piernas completas el miercoles x la tarde'],
      ['la 3'],
      ['Cristina Vega'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Depilación piernas completas'],
      day: '2026-12-02',
    },
  },
  {
    id: 'recogido-novia-pilar-sabado-12',
    story: 'Novia que quiere recogido con Pilar el sábado 12 a las 10.',
    profileName: 'Lorena 👰',
    turns: [
      [
        'hola!! me caso el sabado 12 🥹',
        'quiero recogido de novia con Pilar a las 10',
      ],
      ['la de las 10'],
      ['Lorena Martín'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Recogido'],
      stylist: 'Pilar',
      day: '2026-12-12',
      time: '10:00',
    },
    mentions: ['45 €'],
  },
  {
    id: 'asesoramiento-color-martes-12',
    story:
      'No sabe qué color ponerse, pregunta por asesoramiento y su precio, lo reserva el martes a las 12.',
    profileName: 'Gema',
    turns: [
      [
        'hola, me quiero teñir pero no se q color',
        'hacéis asesoramiento? cuanto cuesta?',
      ],
      ['vale pues el martes a las 12', 'con quien sea'],
      ['la de las 12'],
      ['a nombre de Gema'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Consulta de color'],
      day: '2026-12-01',
      time: '12:00',
    },
  },
  {
    id: 'masaje-viernes-4-pregunta-parking',
    story:
      'Masaje relajante el viernes 4 a las 6 de la tarde; pregunta por el parking.',
    profileName: 'Carlos',
    turns: [
      [
        'hola, un masaje relajante el viernes 4 de diciembre a las 6 de la tarde',
      ],
      ['teneis parking?'],
      ['ok pues la de las 6', 'carlos'],
      ['si gracias'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Masaje relajante'],
      day: '2026-12-04',
      time: '18:00',
    },
    mentions: ['plaza mayor'],
  },
  {
    id: 'mechas-con-ana-maria-no-ana',
    story:
      'Quiere mechas con Ana María (no con Ana) el jueves 3 por la mañana.',
    profileName: 'Susana',
    turns: [
      [
        'hola quiero mechas con Ana Maria, no con Ana eh, con Ana Maria',
        'el jueves 3 x la mañana',
      ],
      ['la primera'],
      ['si, Susana Gil'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Mechas'],
      stylist: 'Ana María',
      day: '2026-12-03',
    },
  },
  {
    id: 'tinte-con-ana-no-con-marta',
    story: 'Pide tinte mañana por la mañana con Ana y se corrige: con Marta.',
    profileName: 'Merche',
    turns: [
      ['buenos dias', 'tinte mañana por la mañana con Ana'],
      ['ay no perdona', 'con ana no, con marta'],
      ['la 2'],
      ['Mercedes'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Tinte raíz'],
      stylist: 'Marta',
      day: '2026-11-27',
    },
  },
  {
    id: 'lifting-pestanas-cuanto-dura',
    story:
      'Pregunta cuánto cuesta y dura el lifting de pestañas y lo reserva el sábado 5 por la mañana.',
    profileName: null,
    turns: [
      ['holi', 'lifting de pestañas cuanto cuesta y cuanto dura?'],
      ['vale el sabado 5 entonces', 'por la mañana'],
      ['la segunda', 'soy Noelia'],
      ['siii'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Lifting de pestañas'],
      day: '2026-12-05',
    },
    mentions: ['35 €'],
  },
  {
    id: 'corte-y-peinado-boda-viernes-11',
    story:
      'Tiene una boda: corte y peinado el viernes 11 por la tarde con cualquiera.',
    profileName: 'Alba',
    turns: [
      [
        'hola! tengo una boda y quiero corte y peinado',
        'el viernes 11 por la tarde',
        'me da igual con quien',
      ],
      ['la primera', 'Alba Romero'],
      ['perfecto'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte + peinado'],
      day: '2026-12-11',
    },
    mentions: ['35 €'],
  },
  {
    id: 'faltas-de-ortografia-corte-martes',
    story:
      'Escribe con muchas faltas: "keria sita pa cortarme el pelo" el martes 1 por la tarde.',
    profileName: '🦋',
    turns: [
      ['ola wenas k tal'],
      [
        'keria sita pa cortarme el pelo',
        'el martes 1 x la tarde',
        'cn kien sea',
      ],
      ['la 3'],
      ['lucia'],
      ['sip'],
    ],
    outcome: { kind: 'booked', services: ['Corte mujer'], day: '2026-12-01' },
  },
  {
    id: 'barba-manana-a-las-12',
    story: 'Solo barba mañana a las 12, con quien sea.',
    profileName: 'Rubén',
    turns: [
      ['mñn a las 12 teneis para barba? cn quien sea'],
      ['la de las 12', 'a mi nombre'],
      ['si 👍'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Arreglo de barba'],
      day: '2026-11-27',
      time: '12:00',
    },
  },
  {
    id: 'manicura-y-pedicura-seguidas-sabado',
    story:
      'Manicura y pedicura seguidas el sábado por la mañana; pregunta cuánto es todo.',
    profileName: 'Inma',
    turns: [
      ['hola', 'manicura y pedicura el sabado por la mañana, las dos seguidas'],
      ['cuanto seria todo?'],
      ['vale la primera'],
      ['Inmaculada'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Manicura', 'Pedicura'],
      day: '2026-11-28',
    },
    mentions: ['46 €'],
  },
  {
    id: 'corte-y-manicura-al-final-solo-corte',
    story:
      'Pide corte y manicura el viernes por la tarde (dos profesionales distintas) y al final solo reserva el corte.',
    profileName: 'Paula',
    turns: [
      [
        'hola',
        'corte de pelo y manicura el viernes por la tarde',
        'me da igual quien',
      ],
      ['ah vale', 'bueno pues solo el corte, las uñas otro dia'],
      ['la primera', 'a mi nombre'],
      ['si'],
    ],
    outcome: { kind: 'booked', services: ['Corte mujer'], day: '2026-11-27' },
  },
  {
    id: 'peinado-sabado-sobre-las-11',
    story: 'Peinado el sábado "sobre las 11" con quien sea, coge la de las 11.',
    profileName: 'Ángela',
    turns: [
      ['buenas', 'peinado el sabado sobre las 11', 'con quien sea'],
      ['la de las 11', 'a nombre de Angela'],
      ['si porfa'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Peinado'],
      day: '2026-11-28',
      time: '11:00',
    },
  },
  {
    id: 'keratina-viernes-18-no-cabe',
    story:
      'Keratina mañana a las 18:00 (no cabe antes del cierre); acepta más temprano ese mismo día.',
    profileName: 'Yoli',
    turns: [
      ['hola', 'keratina mañana a las 6 de la tarde, me da igual quien'],
      ['uf', 'pues mas temprano ese mismo dia'],
      ['la primera'],
      ['Yolanda'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Alisado de keratina'],
      day: '2026-11-27',
    },
  },
  {
    id: 'facial-miercoles-cinco-y-media',
    story:
      'Se presenta y pide limpieza facial el miércoles 2 "a las cinco y media".',
    profileName: null,
    turns: [
      ['hola soy Teresa', 'limpieza facial el miercoles 2 a las cinco y media'],
      ['esa', 'la de las 17:30'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Limpieza facial'],
      day: '2026-12-02',
      time: '17:30',
    },
  },
  {
    id: 'hoy-a-la-una-sin-antelacion-a-las-4',
    story:
      'Quiere corte de caballero hoy a la 1 (menos de 2 h de antelación) y acepta a las 4.',
    profileName: 'Álvaro',
    turns: [
      ['buenas', 'podeis hoy a la 1 para corte de caballero?', 'cn quien sea'],
      ['vaya', 'pues a las 4?'],
      ['si esa', 'a mi nombre'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte hombre'],
      day: '2026-11-26',
      time: '16:00',
    },
  },
  {
    id: 'ya-tiene-corte-anade-cejas',
    story:
      'Ya tiene un corte el miércoles con Ana y añade cejas el sábado 5 por la mañana.',
    profileName: 'Marina',
    existing: [
      {
        service: 'Corte mujer',
        stylist: 'Ana',
        day: '2026-12-02',
        time: '17:00',
      },
    ],
    turns: [
      [
        'hola',
        'tengo cita el miercoles con Ana para el corte, quiero tb hacerme las cejas el sabado 5',
        'por la mañana',
      ],
      ['la primera', 'a mi nombre como siempre'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Depilación de cejas'],
      day: '2026-12-05',
    },
  },
  {
    id: 'corte-hombre-viernes-4-cualquiera',
    story: 'Corte de hombre el viernes 4 por la tarde; "cualquiera me vale".',
    profileName: 'Toni',
    turns: [
      [
        'hola buenas',
        'corte hombre pa el viernes 4',
        'x la tarde y me da igual el peluquero',
      ],
      ['cualquiera me vale'],
      ['Antonio'],
      ['vale'],
    ],
    outcome: { kind: 'booked', services: ['Corte hombre'], day: '2026-12-04' },
  },
  {
    id: 'raices-martes-15-ana-pregunta-cierre-clienta-pilar',
    story:
      'Se llama Pilar (como la dueña) y quiere retocar raíces el martes 15 por la tarde con Ana; pregunta a qué hora cierran.',
    profileName: 'Pili',
    turns: [
      ['hola, retocar raices el martes 15 x la tarde con Ana'],
      ['a q hora cerrais?'],
      ['vale pues la primera'],
      ['Pilar Ortega'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Tinte raíz'],
      stylist: 'Ana',
      day: '2026-12-15',
    },
    mentions: ['20:00'],
  },
  {
    id: 'brushing-ana-maria-pregunta-precio-tras-resumen',
    story:
      'Brushing mañana por la mañana con Ana María; pregunta el precio justo en el resumen y luego confirma.',
    profileName: 'Mónica',
    turns: [
      ['hola', 'un brushing mñn x la mañana con ana maria'],
      ['la 2', 'a mi nombre'],
      ['y cuanto es?'],
      ['vale si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Peinado'],
      stylist: 'Ana María',
      day: '2026-11-27',
    },
    mentions: ['18 €'],
  },
  {
    id: 'facial-semana-que-viene-tardes',
    story: 'Limpieza facial "la semana que viene", por las tardes mejor.',
    profileName: null,
    turns: [
      [
        'hola buenas tardes',
        'quisiera una limpieza facial la semana que viene',
        'por las tardes mejor',
      ],
      ['la primera'],
      ['me llamo Silvia Navarro'],
      ['si'],
    ],
    outcome: { kind: 'booked', services: ['Limpieza facial'] },
  },
  {
    id: 'corte-urgente-sabado-victor',
    story: 'Tiene el pelo fatal y quiere cortárselo el sábado con Víctor.',
    profileName: 'Noe',
    turns: [
      [
        'holaaaa',
        'necesito cortarme el pelo ya xq lo tengo fatal jajaja',
        'el sabado puede ser? con victor',
      ],
      ['la primera', 'Noemi'],
      ['siii gracias!!'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte mujer'],
      stylist: 'Víctor',
      day: '2026-11-28',
    },
  },
  {
    id: 'balayage-marta-jueves-10',
    story: 'Pide un balayage (mechas) con Marta el jueves 10 por la mañana.',
    profileName: 'Carmen',
    turns: [
      [
        'hola, me gustaria hacerme un balayage',
        'el jueves 10 de diciembre',
        'con Marta por la mañana',
      ],
      ['perfecto la primera', 'a nombre de Carmen Díaz'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Mechas'],
      stylist: 'Marta',
      day: '2026-12-10',
    },
  },
  {
    id: 'perfil-papa-corte-victor-viernes-10',
    story:
      'Su perfil se llama "Papá"; corte de caballero mañana a las 10 con Víctor, a nombre de Fernando.',
    profileName: 'Papá',
    turns: [
      [
        'buenos dias',
        'quiero cita para cortarme el pelo, de caballero',
        'el viernes a las 10 con victor',
      ],
      ['la de las 10'],
      ['Fernando Gil'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Corte hombre'],
      stylist: 'Víctor',
      day: '2026-11-27',
      time: '10:00',
    },
  },
  {
    id: 'tinte-viernes-tarde-mejor-no-el-sabado',
    story:
      'Tinte el viernes por la tarde; duda, pasa al sábado por la mañana con Pilar y confirma.',
    profileName: 'Amparo',
    turns: [
      ['buenas tardes', 'tinte el viernes x la tarde con pilar'],
      ['uy no q el viernes trabajo', 'mejor el sabado a primera hora'],
      ['la primera', 'Amparo Ruiz'],
      ['si, gracias guapa'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Tinte raíz'],
      stylist: 'Pilar',
      day: '2026-11-28',
    },
  },
  {
    id: 'micropigmentacion-acepta-cejas',
    story:
      'Pregunta por micropigmentación de cejas (no la hacen) y acepta una depilación de cejas el martes por la tarde.',
    profileName: null,
    turns: [
      ['hola!! hacéis micropigmentacion de cejas?'],
      [
        'vaya',
        'bueno pues depilacion de cejas el martes x la tarde',
        'soy Estefania',
      ],
      ['la primera'],
      ['si'],
    ],
    outcome: {
      kind: 'booked',
      services: ['Depilación de cejas'],
      day: '2026-12-01',
    },
  },

  // ─────────────────────────── nothing booked ───────────────────────────
  {
    id: 'solo-saludo-y-gracias',
    story: 'Solo saluda para probar el número y da las gracias.',
    profileName: 'Luisa',
    turns: [
      ['hola'],
      ['nada era para saber si esto funcionaba jaja'],
      ['gracias!! 😘'],
    ],
    outcome: { kind: 'nothing_booked' },
  },
  {
    id: 'precios-tinte-y-mechas-ya-os-digo',
    story: 'Pregunta precios del tinte y las mechas y dice que ya avisará.',
    profileName: 'Reme',
    turns: [
      ['cuanto cuesta el tinte?'],
      ['y las mechas?'],
      ['vale gracias, ya os digo algo'],
    ],
    outcome: { kind: 'nothing_booked' },
    mentions: ['40 €', '75 €'],
  },
  {
    id: 'extensiones-no-se-hacen',
    story: 'Quiere extensiones, que el salón no hace, y se despide.',
    profileName: 'Kimberly ✨',
    turns: [['hola hacéis extensiones?'], ['ah vale pues nada, gracias']],
    outcome: { kind: 'nothing_booked' },
    mentions: ['extensiones'],
  },
  {
    id: 'microblading-no-le-interesa-depilacion',
    story: 'Pregunta por microblading; no le interesa la alternativa.',
    profileName: null,
    turns: [
      ['buenas', 'haceis microblading de cejas?', 'cuanto cuesta'],
      ['no, la depilacion no me interesa', 'gracias'],
    ],
    outcome: { kind: 'nothing_booked' },
  },
  {
    id: 'botox-no',
    story: 'Pregunta si ponen bótox; no lo hacen y se despide.',
    profileName: 'Conchi',
    turns: [['hola, poneis botox?'], ['vale pues nada']],
    outcome: { kind: 'nothing_booked' },
  },
  {
    id: 'horario-sabado',
    story: 'Solo pregunta a qué hora abren y cierran el sábado.',
    profileName: null,
    turns: [
      ['a q hora abris el sabado?'],
      ['y cerrais a mediodia?'],
      ['ok gracias'],
    ],
    outcome: { kind: 'nothing_booked' },
    mentions: ['9:00', '14:00'],
  },
  {
    id: 'direccion-donde-estais',
    story: 'Pregunta dónde está el salón.',
    profileName: 'Fer',
    turns: [['hola donde estais?'], ['gracias guapa']],
    outcome: { kind: 'nothing_booked' },
    mentions: ['constitución'],
  },
  {
    id: 'mechas-20-febrero-demasiado-lejos',
    story:
      'Quiere mechas el 20 de febrero, más allá del límite de reserva, y dice que escribirá más adelante.',
    profileName: 'Lidia',
    turns: [
      [
        'hola, quiero reservar mechas para el 20 de febrero',
        'me da igual con quien',
      ],
      ['ah vaya', 'vale pues ya escribo mas adelante'],
    ],
    outcome: { kind: 'nothing_booked' },
  },
  {
    id: 'corte-marta-dejalo',
    story:
      'Empieza a reservar un corte con Marta y lo deja a medias: "déjalo".',
    profileName: '🙃',
    turns: [
      ['hola', 'corte de pelo el sabado por la mañana', 'con marta'],
      ['la primera'],
      ['uy espera', 'déjalo, q no se si podre ir', 'ya te digo'],
    ],
    outcome: { kind: 'nothing_booked' },
  },
  {
    id: 'dice-no-al-resumen',
    story:
      'Llega al resumen de un corte con Víctor y dice que no porque tiene fútbol.',
    profileName: 'Óscar',
    turns: [
      ['corte hombre el martes 1 a las 7 de la tarde con victor'],
      ['la de las 7', 'a mi nombre'],
      ['no', 'mejor no, q ese dia tengo futbol', 'ya os escribo'],
    ],
    outcome: { kind: 'nothing_booked' },
  },
  {
    id: 'pedicura-lo-pienso',
    story:
      'Pregunta si hay hueco para pedicura esta semana y dice que lo piensa.',
    profileName: 'Maripaz',
    turns: [
      ['holaa tenéis hueco pa pedicura esta semana?'],
      ['mmm lo pienso y te digo vale?'],
      ['graciasss'],
    ],
    outcome: { kind: 'nothing_booked' },
  },
  {
    id: 'tarjeta-regalo-para-madre',
    story:
      'Pregunta por tarjetas regalo para su madre y si valen para masajes.',
    profileName: 'Jorge',
    turns: [
      ['hola! vendeis tarjetas regalo?', 'es para mi madre'],
      ['y se pueden usar para masajes?'],
      ['genial gracias, me paso por ahi'],
    ],
    outcome: { kind: 'nothing_booked' },
    mentions: ['un año'],
  },
  {
    id: 'tatuajes-y-piercing',
    story: 'Pregunta por tatuajes y piercing; no los hacen.',
    profileName: 'xXLoreXx',
    turns: [
      ['haceis tatuajes pequeños?'],
      ['y piercing en la oreja?'],
      ['vale gracias'],
    ],
    outcome: { kind: 'nothing_booked' },
  },
  {
    id: 'silla-de-ruedas-accesibilidad',
    story: 'Va en silla de ruedas y pregunta si puede entrar; ya pedirá cita.',
    profileName: 'Encarna',
    turns: [
      ['hola, voy en silla de ruedas, se puede entrar bien?'],
      ['ok gracias, ya llamare para pedir cita'],
    ],
    outcome: { kind: 'nothing_booked' },
  },

  // ───────────────────────────── cancelled ─────────────────────────────
  {
    id: 'cancelar-unica-cita',
    story: 'Quiere cancelar su única cita (corte con Ana el miércoles 2).',
    profileName: 'Laura Pérez',
    existing: [
      {
        service: 'Corte mujer',
        stylist: 'Ana',
        day: '2026-12-02',
        time: '11:00',
      },
    ],
    turns: [['Hola, quiero cancelar mi cita'], ['si, anulala']],
    outcome: { kind: 'cancelled', day: '2026-12-02' },
  },
  {
    id: 'anular-la-del-sabado-de-dos',
    story: 'Tiene dos citas con Víctor y anula solo la del sábado.',
    profileName: 'Iker',
    existing: [
      {
        service: 'Corte hombre',
        stylist: 'Víctor',
        day: '2026-12-01',
        time: '18:00',
      },
      {
        service: 'Arreglo de barba',
        stylist: 'Víctor',
        day: '2026-12-05',
        time: '10:00',
      },
    ],
    turns: [['buenas', 'anula la del sabado porfa q no puedo'], ['si']],
    outcome: { kind: 'cancelled', day: '2026-12-05' },
  },
  {
    id: 'kiero-anular-facial-viaje',
    story:
      'Con faltas: anula la limpieza facial del viernes 4 por un viaje y pregunta si le cobran.',
    profileName: 'Vero',
    existing: [
      {
        service: 'Limpieza facial',
        stylist: 'Rosa',
        day: '2026-12-04',
        time: '12:00',
      },
    ],
    turns: [
      ['holaa', 'kiero anular la cita dl viernes', 'xq me ha salido un viaje'],
      ['sii'],
      ['y no me cobrais nada no?'],
    ],
    outcome: { kind: 'cancelled', day: '2026-12-04' },
  },
  {
    id: 'cancelar-unas-manana-18-mas-de-24h',
    story:
      'Cancela la manicura de mañana a las 18:00 (faltan más de 24 h, se puede).',
    profileName: 'Sonia',
    existing: [
      {
        service: 'Manicura',
        stylist: 'Rosa',
        day: '2026-11-27',
        time: '18:00',
      },
    ],
    turns: [
      [
        'hola',
        'al final mñn no puedo ir a lo de las uñas',
        'cancelamela porfa',
      ],
      ['si'],
    ],
    outcome: { kind: 'cancelled', day: '2026-11-27' },
  },
  {
    id: 'anular-la-del-9-mantener-la-del-16',
    story:
      'Tiene dos citas con Marta; anula la del miércoles 9 y mantiene la del 16.',
    profileName: 'Rosi',
    existing: [
      {
        service: 'Tinte raíz',
        stylist: 'Marta',
        day: '2026-12-09',
        time: '10:00',
      },
      {
        service: 'Corte mujer',
        stylist: 'Marta',
        day: '2026-12-16',
        time: '10:00',
      },
    ],
    turns: [
      [
        'hola guapa',
        'lo siento pero el miercoles 9 no voy a poder ir, anuladla',
        'la del 16 la mantengo eh',
      ],
      ['si'],
    ],
    outcome: { kind: 'cancelled', day: '2026-12-09' },
  },
  {
    id: 'cancelar-masaje-y-pregunta',
    story:
      'Cancela el masaje del jueves 10 y pregunta si puede volver a pedir por aquí.',
    profileName: 'Manoli',
    existing: [
      {
        service: 'Masaje relajante',
        stylist: 'Rosa',
        day: '2026-12-10',
        time: '17:00',
      },
    ],
    turns: [
      ['quería cancelar la cita del masaje'],
      ['si por favor'],
      ['gracias, y si luego quiero volver a pedir es por aqui?'],
    ],
    outcome: { kind: 'cancelled', day: '2026-12-10' },
  },

  // ───────────────────────────── moved ─────────────────────────────
  {
    id: 'mover-corte-miercoles-al-sabado-10',
    story: 'Cambia su corte del miércoles 2 al sábado a las 10.',
    profileName: 'Maite G.',
    existing: [
      {
        service: 'Corte mujer',
        stylist: 'Marta',
        day: '2026-12-02',
        time: '11:00',
      },
    ],
    turns: [
      ['hola', 'me podeis cambiar la cita del miercoles al sabado a las 10?'],
      ['si, la de las 10'],
      ['si'],
    ],
    outcome: {
      kind: 'moved',
      fromDay: '2026-12-02',
      toDay: '2026-11-28',
      toTime: '10:00',
    },
  },
  {
    id: 'mover-tinte-al-viernes-misma-hora',
    story:
      'Pasa su tinte del jueves 3 a las 17:00 al viernes 4 a la misma hora.',
    profileName: 'Nieves',
    existing: [
      {
        service: 'Tinte raíz',
        stylist: 'Ana',
        day: '2026-12-03',
        time: '17:00',
      },
    ],
    turns: [
      [
        'buenas tardes',
        'necesito cambiar mi cita',
        'la paso al viernes 4 a la misma hora?',
      ],
      ['si esa'],
      ['si'],
    ],
    outcome: {
      kind: 'moved',
      fromDay: '2026-12-03',
      toDay: '2026-12-04',
      toTime: '17:00',
    },
  },
  {
    id: 'mover-manicura-al-9-tarde',
    story:
      'Saluda a la bot por su nombre y cambia la manicura del martes al miércoles 9 por la tarde.',
    profileName: 'Eva',
    existing: [
      {
        service: 'Manicura',
        stylist: 'Rosa',
        day: '2026-12-01',
        time: '11:00',
      },
    ],
    turns: [
      [
        'hola Maite!',
        'la manicura del martes la puedo cambiar?',
        'al miercoles 9 por la tarde',
      ],
      ['la primera'],
      ['vale'],
    ],
    outcome: { kind: 'moved', fromDay: '2026-12-01', toDay: '2026-12-09' },
  },
  {
    id: 'mover-pedicura-al-festivo-luego-al-10',
    story:
      'Quiere pasar la pedicura al día 8 (festivo) y acaba en el jueves 10 por la mañana.',
    profileName: 'Puri',
    existing: [
      {
        service: 'Pedicura',
        stylist: 'Rosa',
        day: '2026-12-04',
        time: '10:00',
      },
    ],
    turns: [
      ['hola', 'pasame la pedicura al dia 8 porfa'],
      ['ah es fiesta?', 'pues al 10 por la mañana'],
      ['la primera'],
      ['si'],
    ],
    outcome: { kind: 'moved', fromDay: '2026-12-04', toDay: '2026-12-10' },
  },
  {
    id: 'mover-una-hora-mas-tarde-mismo-dia',
    story: 'Pasa su corte del sábado 5 con Víctor de las 10 a las 11.',
    profileName: 'Guille',
    existing: [
      {
        service: 'Corte hombre',
        stylist: 'Víctor',
        day: '2026-12-05',
        time: '10:00',
      },
    ],
    turns: [
      ['ey', 'la cita del sabado con victor me la podeis pasar a las 11?'],
      ['si'],
      ['si'],
    ],
    outcome: {
      kind: 'moved',
      fromDay: '2026-12-05',
      toDay: '2026-12-05',
      toTime: '11:00',
    },
  },
  {
    id: 'mover-manana-19-al-sabado',
    story:
      'Mañana a las 19:00 no llega (faltan más de 24 h) y la pasa al sábado por la mañana.',
    profileName: 'Sergio',
    existing: [
      {
        service: 'Corte hombre',
        stylist: 'Víctor',
        day: '2026-11-27',
        time: '19:00',
      },
    ],
    turns: [
      [
        'buenas',
        'mñn no llego a la cita de las 7',
        'me la pasais al sabado x la mañana?',
      ],
      ['la primera'],
      ['si'],
    ],
    outcome: { kind: 'moved', fromDay: '2026-11-27', toDay: '2026-11-28' },
  },

  // ───────────────────────────── kept ─────────────────────────────
  {
    id: 'que-citas-tengo',
    story: 'Solo pregunta qué citas tiene.',
    profileName: 'Julia',
    existing: [
      {
        service: 'Corte mujer',
        stylist: 'Ana',
        day: '2026-12-03',
        time: '17:00',
      },
    ],
    turns: [['hola q citas tengo?'], ['vale gracias!']],
    outcome: { kind: 'kept' },
    mentions: ['17:00'],
  },
  {
    id: 'ya-tiene-tres-citas-quiere-cuarta',
    story:
      'Ya tiene 3 citas futuras (el máximo) y quiere otra; se queda como está.',
    profileName: 'Lourdes',
    existing: [
      {
        service: 'Corte mujer',
        stylist: 'Ana',
        day: '2026-12-01',
        time: '10:00',
      },
      {
        service: 'Manicura',
        stylist: 'Rosa',
        day: '2026-12-04',
        time: '11:00',
      },
      {
        service: 'Tinte raíz',
        stylist: 'Ana',
        day: '2026-12-12',
        time: '10:00',
      },
    ],
    turns: [
      ['hola, quiero pedir tb una pedicura el sabado 5'],
      ['ah vaya', 'bueno pues nada'],
    ],
    outcome: { kind: 'kept' },
  },
  {
    id: 'empieza-a-cancelar-y-se-arrepiente',
    story:
      'Pide cancelar y enseguida se arrepiente: "déjala, al final sí puedo ir".',
    profileName: 'Bárbara',
    existing: [
      { service: 'Mechas', stylist: 'Marta', day: '2026-12-02', time: '10:00' },
    ],
    turns: [
      ['quiero cancelar mi cita'],
      ['no no espera', 'dejala, al final si puedo ir', 'perdona!'],
    ],
    outcome: { kind: 'kept' },
  },
  {
    id: 'a-que-hora-era-lo-mio',
    story: 'No recuerda a qué hora era su cita del martes.',
    profileName: 'Paco',
    existing: [
      {
        service: 'Corte hombre',
        stylist: 'Víctor',
        day: '2026-12-01',
        time: '12:00',
      },
    ],
    turns: [
      ['hola, a q hora era lo mio el martes?'],
      ['gracias, hasta el martes!'],
    ],
    outcome: { kind: 'kept' },
    mentions: ['12:00'],
  },
  {
    id: 'quiere-mover-facial-pero-ninguna-le-va',
    story:
      'Pregunta si puede pasar el facial al sábado por la mañana; ningún hueco le va y lo deja como está.',
    profileName: 'Olga',
    existing: [
      {
        service: 'Limpieza facial',
        stylist: 'Rosa',
        day: '2026-12-03',
        time: '10:00',
      },
    ],
    turns: [
      ['hola puedo cambiar la cita del facial al sabado por la mañana?'],
      ['uf ninguna me va bien', 'bueno dejala como esta'],
    ],
    outcome: { kind: 'kept' },
  },
  {
    id: 'tiene-cita-pregunta-si-llega-tarde',
    story:
      'Tiene pedicura el miércoles y pregunta qué pasa si llega 10 minutos tarde.',
    profileName: 'Charo',
    existing: [
      {
        service: 'Pedicura',
        stylist: 'Rosa',
        day: '2026-12-02',
        time: '18:00',
      },
    ],
    turns: [
      [
        'hola tengo cita el miercoles a las 6',
        'si llego 10 min tarde pasa algo?',
      ],
      ['vale perfecto gracias 👍'],
    ],
    outcome: { kind: 'kept' },
    mentions: ['10 min'],
  },

  // ───────────────────────────── handed off ─────────────────────────────
  {
    id: 'quiere-hablar-con-persona',
    story: 'Quiere hablar con una persona, no con un robot.',
    profileName: 'Ramón',
    turns: [
      [
        'hola quiero hablar con una persona',
        'con alguien de verdad no con un robot',
      ],
    ],
    outcome: { kind: 'handed_off' },
  },
  {
    id: 'queja-mechas-naranjas',
    story:
      'Queja: las mechas del otro día le quedaron naranjas y quiere una solución.',
    profileName: 'Begoña',
    turns: [
      [
        'hola',
        'el otro dia me hicieron las mechas y me quedaron naranjas 😡',
        'estoy muy disgustada',
      ],
      ['quiero q alguien me de una solucion'],
    ],
    outcome: { kind: 'handed_off' },
  },
  {
    id: 'cancelar-manana-10-menos-de-24h',
    story:
      'Quiere cancelar su corte de mañana a las 10 (menos de 24 h): se le pasa al salón.',
    profileName: 'Cristina',
    existing: [
      {
        service: 'Corte mujer',
        stylist: 'Ana',
        day: '2026-11-27',
        time: '10:00',
      },
    ],
    turns: [
      ['hola', 'mñn no puedo ir a las 10, cancelala porfa'],
      ['vale si, q me llamen'],
    ],
    outcome: { kind: 'handed_off' },
  },
  {
    id: 'mover-lo-de-hoy-a-manana',
    story:
      'Quiere mover su peinado de hoy a las 17:00 a mañana (demasiado tarde): pide que la pasen con alguien.',
    profileName: 'Lola',
    existing: [
      {
        service: 'Peinado',
        stylist: 'Marta',
        day: '2026-11-26',
        time: '17:00',
      },
    ],
    turns: [
      ['holaa', 'lo de hoy a las 5 me lo podeis pasar a mañana?'],
      ['si pasame con alguien porfa'],
    ],
    outcome: { kind: 'handed_off' },
  },
  {
    id: 'mensajes-incomprensibles',
    story:
      'Escribe cosas que no se entienden varias veces seguidas ("lo de siempre", "el coso ese").',
    profileName: '👵',
    turns: [
      ['el coso ese q me hizo la otra vez la chica'],
      ['pues eso lo del otro dia ya sabes'],
      ['lo de siempre jo'],
    ],
    outcome: { kind: 'handed_off' },
  },
  {
    id: 'queja-cobro-de-mas',
    story: 'Queja: le cobraron 40 € por un corte que cuesta 25 €.',
    profileName: 'Mari Carmen',
    turns: [
      [
        'ayer me cobrasteis 40 euros por un corte y en la web pone 25',
        'esto no es normal',
      ],
    ],
    outcome: { kind: 'handed_off' },
  },
  {
    id: 'quiere-hablar-con-la-duena',
    story: 'Quiere hablar con Pilar, la dueña, por un tema personal.',
    profileName: 'Ignacio',
    turns: [
      ['buenas, puedo hablar con Pilar la dueña?', 'es por un tema personal'],
    ],
    outcome: { kind: 'handed_off' },
  },
  {
    id: 'mechas-dudas-pide-persona',
    story:
      'Empieza a pedir mechas pero tiene dudas del color y pide hablar con alguien del salón.',
    profileName: 'Tamara',
    turns: [
      [
        'hola queria mechas pero tengo dudas con el color',
        'me da igual con quien',
      ],
      ['mejor hablo con alguien del salon q me aconseje'],
    ],
    outcome: { kind: 'handed_off' },
  },
];
