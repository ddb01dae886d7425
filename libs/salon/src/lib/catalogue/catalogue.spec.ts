// Behaviour of the catalogue search: services by name, alias, inflection or misspelling, several at once, by category.
import { demoServices } from '../../testing/demo-catalogue.js';
import { Catalogue } from './catalogue.js';

const catalogue = new Catalogue(demoServices());
const names = (text: string) => catalogue.find(text).map((s) => s.name);

describe('Catalogue', () => {
  it.each([
    ['keratina', ['Alisado de keratina']],
    ['alisado de keratina', ['Alisado de keratina']],
    ['mechas', ['Mechas']],
    ['corte de pelo', ['Corte mujer']],
    ['Quiero cortarme el pelo', ['Corte mujer']],
    ['manicura semi', ['Manicura']],
    ['tinte', ['Tinte raíz']],
    ['un corte de caballero', ['Corte hombre']],
    ['me hago las uñas', ['Manicura']],
    ['depilación de cejas', ['Depilación de cejas']],
    ['PEDICURA!!', ['Pedicura']],
    ['balayage', ['Mechas']],
  ])('finds "%s" by name or alias', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['keratna', ['Alisado de keratina']],
    ['pedicrua', ['Pedicura']],
    ['manicrua', ['Manicura']],
    ['depilacion piernas conpletas', ['Depilación piernas completas']],
  ])('finds the misspelt "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('finds several services in one text, in the order named', () => {
    expect(names('precios de mechas y tinte')).toEqual([
      'Mechas',
      'Tinte raíz',
    ]);
    expect(names('corte + peinado y barba')).toEqual([
      'Corte + peinado',
      'Arreglo de barba',
    ]);
  });

  it('reads a bare "corte" as every cut, until the customer says which', () => {
    expect(names('cuánto cuesta un corte')).toEqual([
      'Corte mujer',
      'Corte hombre',
      'Corte + peinado',
    ]);
  });

  it('finds nothing in a text that names no service', () => {
    expect(names('hola, ¿tenéis hueco el viernes?')).toEqual([]);
    expect(names('mucha prisa')).toEqual([]);
  });

  it('finds each service once across a burst of messages', () => {
    const found = catalogue.findIn(['quiero mechas', 'y un tinte', 'mechas']);
    expect(found.map((s) => s.name)).toEqual(['Mechas', 'Tinte raíz']);
  });

  it('returns prices and durations with the services', () => {
    expect(catalogue.find('mechas')[0]).toMatchObject({
      durationMinutes: 150,
      priceCents: 7500,
      category: 'Peluquería',
    });
    expect(catalogue.get(7)?.name).toBe('Alisado de keratina');
    expect(catalogue.get(99)).toBeUndefined();
  });

  it('lists services by category in catalogue order', () => {
    expect(catalogue.inCategory('Estética').map((s) => s.name)).toEqual([
      'Manicura',
      'Pedicura',
      'Depilación de cejas',
      'Depilación piernas completas',
      'Limpieza facial',
      'Lifting de pestañas',
      'Masaje relajante',
    ]);
    const groups = catalogue.byCategory();
    expect([...groups.keys()]).toEqual(['Peluquería', 'Estética']);
    expect(groups.get('Peluquería')).toHaveLength(10);
  });
});
