// The demo salon's own questions as understanders see them (topics and phrasings of the seed in @atrevete/db).
import type { SalonAnswerTopic } from '../understanding.js';

export function demoAnswerTopics(): SalonAnswerTopic[] {
  return [
    {
      id: 1,
      topic: 'Retrasos',
      phrasings: [
        'llego tarde',
        'llegar tarde',
        'retraso',
        'minutos tarde',
        'min tarde',
      ],
    },
    {
      id: 2,
      topic: 'Cancelaciones',
      phrasings: [
        'politica de cancelacion',
        'penalizacion',
        'cobrais por cancelar',
      ],
    },
    {
      id: 3,
      topic: 'Formas de pago',
      phrasings: [
        'tarjeta',
        'bizum',
        'efectivo',
        'formas de pago',
        'como se paga',
      ],
    },
    {
      id: 4,
      topic: 'Aparcamiento',
      phrasings: ['aparcar', 'aparcamiento', 'parking'],
    },
    {
      id: 5,
      topic: 'Accesibilidad',
      phrasings: ['silla de ruedas', 'escalones', 'carrito'],
    },
    {
      id: 6,
      topic: 'Niños',
      phrasings: ['niño', 'niña', 'niños', 'corte infantil'],
    },
    {
      id: 7,
      topic: 'Tarjetas regalo',
      phrasings: ['tarjeta regalo', 'vale regalo', 'regalo'],
    },
    {
      id: 8,
      topic: 'Productos',
      phrasings: ['productos', 'champu', 'vendeis'],
    },
    { id: 9, topic: 'Wi-Fi y bebidas', phrasings: ['wifi', 'cafe', 'bebida'] },
    {
      id: 10,
      topic: 'Recordatorios',
      phrasings: ['recordatorio', 'recordar la cita'],
    },
  ];
}
