// The demo salon's services of shared/SALON.md, for catalogue tests.
import type { ServiceInfo, StylistInfo } from '../lib/salon-types.js';

export function demoServices(): ServiceInfo[] {
  const rows: [string, string, number, number, string[]][] = [
    ['Corte mujer', 'Peluquería', 45, 25, ['cortar el pelo', 'corte de pelo']],
    ['Corte hombre', 'Peluquería', 30, 15, ['corte caballero']],
    ['Corte + peinado', 'Peluquería', 60, 35, []],
    ['Peinado', 'Peluquería', 30, 18, ['lavar y peinar', 'brushing']],
    ['Tinte raíz', 'Peluquería', 90, 40, ['tinte', 'color', 'retocar raíces']],
    ['Mechas', 'Peluquería', 150, 75, ['balayage', 'reflejos']],
    ['Alisado de keratina', 'Peluquería', 180, 120, ['keratina']],
    ['Recogido', 'Peluquería', 60, 45, ['recogido de novia', 'moño']],
    ['Arreglo de barba', 'Peluquería', 20, 10, ['barba']],
    ['Consulta de color', 'Peluquería', 15, 0, ['asesoramiento']],
    ['Manicura', 'Estética', 45, 18, ['uñas', 'manicura semipermanente']],
    ['Pedicura', 'Estética', 60, 28, []],
    ['Depilación de cejas', 'Estética', 15, 8, ['cejas']],
    ['Depilación piernas completas', 'Estética', 45, 25, ['piernas']],
    ['Limpieza facial', 'Estética', 60, 40, ['facial']],
    ['Lifting de pestañas', 'Estética', 60, 35, ['pestañas']],
    ['Masaje relajante', 'Estética', 60, 45, ['masaje']],
  ];
  return rows.map(([name, category, durationMinutes, euros, aliases], i) => ({
    id: i + 1,
    name,
    category,
    durationMinutes,
    priceCents: euros * 100,
    aliases,
  }));
}

/** The demo salon's stylists of shared/SALON.md, with the ids the seed gives them. */
export function demoStylists(): StylistInfo[] {
  const rows: [string, string][] = [
    ['Víctor', 'Peluquería'],
    ['Ana', 'Peluquería'],
    ['Marta', 'Peluquería'],
    ['Ana María', 'Peluquería'],
    ['Pilar', 'Peluquería'],
    ['Rosa', 'Estética'],
  ];
  return rows.map(([name, category], i) => ({
    id: i + 1,
    name,
    category,
    active: true,
  }));
}
