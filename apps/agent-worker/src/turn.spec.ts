import { effectsOf } from './turn.js';

describe('effectsOf', () => {
  it('sends the reply alone on an ordinary turn', () => {
    expect(
      effectsOf({
        reply: 'hola',
        intent: 'greeting',
        handoff: null,
        event: null,
      }),
    ).toEqual([{ kind: 'message', payload: { content: 'hola' } }]);
  });

  it('writes nothing to the customer on a silent turn', () => {
    expect(
      effectsOf({ reply: '', intent: 'unknown', handoff: null, event: null }),
    ).toEqual([]);
  });

  it('hands off in order: tell the customer, note for staff, label, then open', () => {
    const effects = effectsOf({
      reply: 'Te paso con una persona',
      intent: 'talk_to_person',
      handoff: { note: 'Traspaso del bot', label: 'bot-traspaso' },
      event: 'handoff',
    });
    expect(effects).toEqual([
      { kind: 'message', payload: { content: 'Te paso con una persona' } },
      { kind: 'private_note', payload: { content: 'Traspaso del bot' } },
      { kind: 'add_labels', payload: { labels: ['bot-traspaso'] } },
      { kind: 'toggle_status', payload: { status: 'open' } },
    ]);
  });
});
