// The effects a turn writes to the outbox, in the order Chatwoot must apply them.
import { effectsOf } from './turn.js';

describe('effectsOf', () => {
  it('sends the reply alone on an ordinary turn', () => {
    expect(effectsOf('hola', null)).toEqual([
      { kind: 'message', content: 'hola' },
    ]);
  });

  it('writes nothing to the customer on a silent turn', () => {
    expect(effectsOf('', null)).toEqual([]);
  });

  it('hands off in order: tell the customer, note for staff, label, then open', () => {
    expect(
      effectsOf('Te paso con una persona', {
        note: 'Traspaso del bot',
        label: 'bot-traspaso',
      }),
    ).toEqual([
      { kind: 'message', content: 'Te paso con una persona' },
      { kind: 'private_note', content: 'Traspaso del bot' },
      { kind: 'add_labels', labels: ['bot-traspaso'] },
      { kind: 'toggle_status', status: 'open' },
    ]);
  });
});
