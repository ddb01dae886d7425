// Spanish phrasings of each intent, tried on a prepared turn (lowercase, no accents, commas between clauses).
import type { Intent } from '../understanding.js';
import { words } from './turn-text.js';

/** "la 2", "la primera", "el segundo": one of a numbered list (the customer's appointments). */
const LISTED =
  '(?:la|el) (?:opcion |numero |cita )?(?:\\d{1,2}|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|ultim[oa])(?![\\p{L}\\p{N}:])';

/** "luego te digo", "ya te escribo", "me lo pienso": the customer will come back; a goodbye for now. */
const LATER =
  '(?:luego|despues|mas tarde|ma[nñ]ana) (?:te|os) (?:lo )?(?:digo|dire|escribo|escribire|confirmo|llamo|aviso|cuento|respondo|contesto)|ya (?:te|os) (?:lo )?(?:dire|escribo|escribire|confirmo|llamo|aviso|cuento|respondo|contesto|digo algo)|(?:te|os) (?:lo )?(?:digo|dire|escribo|escribire|confirmo|llamo|aviso|cuento) (?:algo )?(?:luego|despues|mas tarde|en otro momento|otro dia|mas adelante)|(?:te|os) vuelvo a escribir|hablamos (?:luego|mas tarde|otro dia|pronto|en otro momento)|(?<=^|, )hablamos(?= ,|$)|(?:me )?lo (?:pienso|pensare|consulto|miro|hablo)(?= ,|$| y | con )|y (?:te|os) (?:lo )?(?:digo|dire|escribo|confirmo|llamo|aviso|cuento)(?= ,|$)';

/** Intents recognised from wording alone. */
const wording: [Intent, RegExp][] = [
  [
    'talk_to_person',
    words(
      'hablar con|hablar (?:con )?(?:alguien|una persona)|con una persona|con alguien de(?:l| la)|persona (?:real|de verdad|fisica)|humano|agente|operador(?:a)?|que me llame\\p{L}*|llamadme|llamame|me (?:podeis|puedes|podria\\p{L}*) llamar|atencion al cliente|encargad[oa]|responsable|due[ñn][oa]|pasame con|pasadme con|(?:atender|atienda|hable) (?:una|alguna) persona|persona que me atienda|eres (?:un )?(?:bot|robot|maquina)|me (?:llamais|llamas|puede llamar)|(?:por|un|vuestro|el) telefono|numero de (?:telefono|contacto)',
    ),
  ],
  [
    'complaint',
    words(
      'queja\\p{L}*|quejar\\p{L}*|reclama\\p{L}*|(?<!(?:viene|va|cuadra|iria|vendria|quedaria|tengo|esta|estoy|llevo|encuentro) )(?:fatal|muy mal)|mal servicio|horribles?|indignad[oa]|enfadad[oa]|cabread[oa]|molest[oa]|no estoy (?:nada )?content[oa]|verguenza|desastre|estafa|impresentables?|lamentables?|pesim[oa]s?|decepcionad[oa]|descontent[oa]|me (?:habeis|han) (?:dejado|estropeado|quemado|destrozado)|me (?:dejasteis|estropeasteis|quemasteis|destrozasteis)|nadie me (?:contesta|responde|atiende)|no me (?:gusto|ha gustado) (?:nada|como|el)|me cobrasteis de mas|me cobraron de mas|me (?:cobrasteis|cobraron|habeis cobrado) \\d+|disgustad[oa]|esto no es normal|no hay derecho|me (?:quedo|quedaron|ha quedado|han quedado|dejasteis|dejaron) (?:el pelo |las mechas |el tinte |el color )?(?:naranjas?|verdes?|amarill\\p{L}*|quemad[oa]s?|fatal|horrible|fatales)|(?:quiero|exijo|necesito) (?:una )?solucion|que alguien me de una solucion|devolucion|que me devolvais',
    ),
  ],
  [
    'change_of_mind',
    words(
      'dejalo(?: estar)?|dejadlo|dejemoslo|lo dejamos|olvidalo|olvidadlo|olvida(?:lo)? todo|mejor no(?! (?:puedo|podre|me|te|lo se|se))|mejor lo dejo|lo dejo (?:estar|para otro (?:dia|momento)|para mas adelante)|ya no (?:quiero|me interesa)(?! (?:cambiar|mover))|no quiero (?:ya )?(?:la cita|reservar|nada|pedir cita)|(?:quiero|prefiero|mejor|era|queria) otra cosa|(?:he )?cambiado de (?:idea|opinion|planes)|cambio de (?:idea|planes)|me lo he pensado mejor|pensandolo mejor ,? no|(?<=^|, )al final no(?= ,|$)|no quiero seguir|para(?:lo)? todo',
    ),
  ],
  [
    'cancel',
    words(
      `cancel\\p{L}*|anul\\p{L}*|(?:borra|borrar|quita|quitar|quitame|borrame)(?: me)? (?:(?:la|mi) (?:cita|reserva)|${LISTED})|desapunta\\p{L}*|no (?:voy a )?(?:poder|puedo|podre|podemos) (?:ir|acudir|venir)|no (?:voy a ir|ire|vamos a ir)|ya no (?:voy|puedo ir|ire|necesito la cita)`,
    ),
  ],
  [
    'reschedule',
    words(
      `(?:cambi|mov|muev|aplaz|retras|adelant|reprogram|pospon)\\p{L}* (?:\\p{L}+ ){0,4}?(?:cita|reserva)|(?:cambi|mov|muev|aplaz|reprogram|pospon)\\p{L}* ${LISTED}|(?:cambiar|mover|pasar|aplazar|retrasar|adelantar)la|cambiar(?:la)? de (?:dia|hora|fecha)|reprogram\\p{L}*|pasar (?:la|mi) cita|cambio de cita|(?:retrasar|adelantar|atrasar)(?:la)? (?:una|media) hora|(?:me )?la (?:podeis|puedes|podrias|podriais|puedo|podemos) (?:cambiar|mover|pasar)|(?:me )?la (?:pasais|pasas|cambiais|cambias|moveis|mueves)(?= al| a | para|$| ,)|(?:pasa|pasame|pasamela|pasadme|pasad|cambia|cambiame|cambiadme|mueve|mueveme|moved|movedme) (?:la|el|mi) \\p{L}+(?: de \\p{L}+)? (?:al|para el) (?:dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo|\\d)`,
    ),
  ],
  [
    'my_appointments',
    words(
      'que citas? tengo|tengo (?:alguna |una |la )?(?:cita|reserva|hora)|mis citas|mis reservas|(?:cuando|a que hora|que dia) (?:es|era|tengo|tenia) (?:mi|la) (?:cita|reserva)|(?:cuando|a que hora|que dia) (?:es|era|tengo|tenia) lo (?:mio|nuestro)|(?:cuando|a que hora|que dia) me toca\\p{L}*|ver (?:mi|mis) (?:citas?|reservas?)|(?:recorda|recuerd)\\p{L}* (?:mi|la) cita(?! (?:el dia antes|un dia antes|antes|con antelacion|por whatsapp|por mensaje|el dia de antes))|tengo algo (?:reservado|pendiente)|me (?:confirmas|confirmais|podeis confirmar|puedes confirmar)|mi proxima cita|para cuando (?:es|tengo) (?:mi|la) cita|que tengo reservado',
    ),
  ],
  [
    'booking_check',
    words(
      '(?:esta|queda|quedo|ha quedado|sigue|estaria|estara|quedaria) (?:ya |entonces |bien |todo )?(?:confirmad[oa]|reservad[oa]|apuntad[oa]|agendad[oa]|hech[oa]|cerrad[oa]|guardad[oa])|estoy (?:ya )?apuntad[oa]|sigue en pie|me (?:lo |la )?(?:apuntaste|apuntasteis|has apuntado|habeis apuntado|apuntaron|reservaste|reservasteis|has reservado|habeis reservado|confirmaste|confirmasteis|has confirmado|habeis confirmado|guardaste)|(?:tengo|tendria) (?:ya )?(?:la )?cita (?:confirmada|reservada|hecha|apuntada)|se (?:ha )?(?:quedado )?(?:guardado|reservado|confirmado|apuntado)(?! (?:nada|ninguna))|(?:la|mi) (?:cita|reserva) (?:ya )?(?:esta|quedo|queda) (?:confirmada|hecha|reservada|apuntada|guardada)',
    ),
  ],
  [
    'book',
    words(
      '(?:quiero|queria|quisiera|necesito|necesitaria|gustaria|pedir|coger|reservar|hacer|dar|dame|darme|hay|habria|teneis|tienes|tendrias|tendriais|tendreis|busco|buscaba|podria|puedo|puedes|podeis|una|otra|nueva|sacar|agendar|concertar) (?:\\p{L}+ ){0,2}?(?:citas?|hueco|huequito|huecos|sitio|turno)|(?:pedir|coger|dar|dame|darme|teneis|tienes|tendrias|hay|habria|reservar|quiero|queria|necesito|necesitaria) hora|(?:teneis|tienes|tendrias|tendriais|hay) (?:\\p{L}+ )?libres?|dias? libres?|reservar\\p{L}*|reservame|reservad|hacer (?:una )?reserva|huec\\p{L}*|disponibilidad|agendar|apunta(?:r|me|rme)|apunto|me (?:podeis|puedes|podrias|podriais) (?:dar|coger|apuntar|meter|atender)|pedir (?:vez|turno)|pido cita|(?:teneis|tienes|tendrias|tendriais|hay|habria) algo(?: libre)?|(?<!(?:mi|la|tu|esa) )citas? para|me (?:cogeis|coges|podeis coger|puedes coger)|puedo (?:ir|pasar|pasarme)|que horas? (?:tienes|teneis|hay|tendrias|quedan|os quedan|te quedan)|(?:os|te) queda(?:n)? (?:algo|hueco|sitio)',
    ),
  ],
  [
    'price_question',
    words(
      '(?<!en )cuanto(?! antes)|precios?|tarifas?|cuesta(?:n)?|costaria\\p{L}*|coste|presupuesto|que (?:vale|valen|sale|salen)|cobrais|me cobr\\p{L}*|lista de precios|gratis|ofertas?|descuentos?|promocion\\p{L}*|cuanto (?:dura|duran|tarda|tardan|tiempo)',
    ),
  ],
  [
    'services_question',
    words(
      '(?<!(?:mal|malisimo|pesimo|buen|que mal) )servicios?|que (?:haceis|ofreceis|teneis|hacen|ofrecen|tratamientos|me recomiendas|recomendais)|haceis|ofreceis|tratamientos|catalogo|os dedicais|trabajais con|(?:teneis|haceis|hay|ofreceis) (?:\\p{L}+ )?(?:estetica|maquillaje)',
    ),
  ],
  [
    'hours_question',
    words(
      'horarios?|(?:a que hora|cuando|hasta que hora|desde que hora) (?:abr|cerr|cierr|empez|termin|acab)\\p{L}*|abris|abren|abre|abiertos?|abiertas?|cerrais|cierran|cierra|cerrados?|hora de (?:apertura|cierre)|que dias (?:abr|trabaj|esta)\\p{L}*|hasta que hora|trabajais (?:los|el) (?:sabados?|domingos?|lunes|festivos)|abierto (?:los|el)',
    ),
  ],
  [
    'address_question',
    words(
      'donde (?:estais|esta|estan|os encuentro|quedais|queda|sois|es|os|se encuentra)|direccion|ubicacion|ubicados?|como (?:llego|llegar|se llega|voy)|localizacion|mapa|en que calle|que calle|por donde (?:estais|queda|cae)|(?:en|por) que zona|aparcar|parking',
    ),
  ],
  [
    'thanks_bye',
    words(
      `gracia\\p{L}*|grcias|grax|grx|thx|thanks|agradecid[oa]|adios|hasta (?:luego|pronto|otra|la proxima|ma[nñ]ana|el \\p{L}+)|chao|chau|ciao|nos vemos|un saludo|saludos|bye|besos|besitos|bss|un beso|un abrazo|muy amable|que vaya bien|buen finde|feliz dia|buen dia(?= ,|$)|${LATER}|(?<=^|, )(?:(?:no|vale|ok|pues) ,? )?(?:nada mas|eso es todo|eso era todo|ya esta|nada mas por ahora|de momento nada mas|por ahora nada mas)(?= ,|$)`,
    ),
  ],
  [
    'greeting',
    words(
      'hola|holi\\p{L}*|ola|buenas|buenos dias|wenas|hey|ey|hello|que tal(?! (?:el|la|las|a|ma[nñ]ana|con|por|si|sobre|hacia))',
    ),
  ],
];

/** Wanting a service done: "quiero hacerme mechas", "necesito cortarme el pelo". */
const WISH = words(
  'quiero|queria|quisiera|quiere|querria|gustaria|necesito|necesitaria|busco|buscaba|me apetece|vengo a|venir a|hacerme|hacerse|hacerle|me hago|cortarme|teñirme|tenirme|depilarme|arreglarme|peinarme',
);
/** Asking whether a service exists: "¿hacéis keratina?", "¿tenéis manicura?". */
const ASK_SERVICE = words(
  'teneis|tienes|hay|haceis|haces|hacen|se puede hacer|se hace|ofreceis|trabajais',
);
/** A soft cancel ("no voy a poder ir") gives way to a wish to move the appointment. */
const SOFT_CANCEL = words(
  'no (?:voy a )?(?:poder|puedo|podre|podemos) (?:ir|acudir|venir)|no (?:voy a ir|ire)|ya no (?:voy|puedo ir|ire)',
);
const HARD_CANCEL = words(
  'cancel\\p{L}*|anul\\p{L}*|borra\\p{L}*|quita\\p{L}*|desapunta\\p{L}*',
);

export const questionIntents: ReadonlySet<Intent> = new Set<Intent>([
  'price_question',
  'services_question',
  'hours_question',
  'address_question',
  'salon_question',
]);

/** Intents of a prepared turn from its wording; `namesService`: a service of the catalogue was named. */
export function detectWording(
  norm: string,
  namesService: boolean,
): Set<Intent> {
  const found = new Set<Intent>();
  for (const [intent, pattern] of wording) {
    if (pattern.test(norm)) found.add(intent);
  }
  if (found.has('cancel') || found.has('reschedule')) {
    found.delete('my_appointments');
    found.delete('book');
  }
  if (
    found.has('reschedule') &&
    SOFT_CANCEL.test(norm) &&
    !HARD_CANCEL.test(norm)
  )
    found.delete('cancel');
  if (found.has('booking_check')) found.delete('my_appointments');
  if (found.has('my_appointments') || found.has('booking_check'))
    found.delete('book');
  if (
    namesService &&
    !found.has('book') &&
    ![...found].some((i) => questionIntents.has(i))
  ) {
    if (ASK_SERVICE.test(norm)) found.add('services_question');
    else if (WISH.test(norm)) found.add('book');
  }
  return found;
}
