import {
  emptyDraft,
  idleDialogue,
  STEPS,
  type DialogueState,
} from './dialogue-state.js';
import { readDialogue } from './read-dialogue.js';

/** A dialogue as checkpoints before the per-flow shapes stored it: every field in every flow. */
function flatCheckpoint(fields: Record<string, unknown>) {
  return {
    flow: 'idle',
    draft: emptyDraft(),
    offers: [],
    chosen: null,
    awaiting: null,
    serviceChoices: [],
    appointmentIds: [],
    appointmentId: null,
    customerName: 'Lucía',
    bookingFor: null,
    handoffContext: null,
    proposedName: null,
    ...fields,
  };
}

const offer = {
  stylistId: 1,
  start: '2026-12-05T09:00:00.000Z',
  end: '2026-12-05T09:45:00.000Z',
};

describe('readDialogue', () => {
  it('reads a booking waiting for the final yes, with its slot and draft', () => {
    const read = readDialogue(
      flatCheckpoint({
        flow: 'booking',
        awaiting: 'confirmation',
        chosen: offer,
        offers: [offer],
        draft: { ...emptyDraft(), serviceIds: [1] },
        bookingFor: 'Carla',
      }),
    );
    expect(read).toMatchObject({
      flow: 'booking',
      awaiting: 'confirmation',
      chosen: offer,
      bookingFor: 'Carla',
      customerName: 'Lucía',
      proposedStylistId: null,
    });
  });

  it('reads a cancel waiting for its yes with the appointment, and nothing else of the flat shape', () => {
    const read = readDialogue(
      flatCheckpoint({
        flow: 'cancel',
        awaiting: 'confirmation',
        appointmentId: 42,
      }),
    );
    expect(read).toEqual({
      flow: 'cancel',
      awaiting: 'confirmation',
      appointmentId: 42,
      customerName: 'Lucía',
    });
  });

  it('keeps the services an idle customer asked about ("vale, el sábado" books them)', () => {
    const read = readDialogue(
      flatCheckpoint({ draft: { ...emptyDraft(), serviceIds: [5] } }),
    );
    expect(read).toEqual(
      idleDialogue('Lucía', { askedServiceIds: [5], appointmentIds: [] }),
    );
  });

  it.each([
    ['a summary without a slot', { flow: 'booking', awaiting: 'confirmation' }],
    [
      'a cancel without its appointment',
      { flow: 'cancel', awaiting: 'confirmation' },
    ],
    [
      'a move without its appointment',
      { flow: 'reschedule', awaiting: 'option' },
    ],
    [
      'an offer to pass to the salon without what for',
      { flow: 'offering_salon', awaiting: 'confirmation' },
    ],
    [
      'a flow waiting for what it never asks',
      { flow: 'cancel', awaiting: 'option' },
    ],
    ['an unknown flow', { flow: 'dancing', awaiting: 'confirmation' }],
  ])('reads %s as idle, keeping the name', (_case, fields) => {
    expect(readDialogue(flatCheckpoint(fields))).toEqual(idleDialogue('Lucía'));
  });

  it('reads nothing at all as a new idle dialogue', () => {
    expect(readDialogue(undefined)).toEqual(idleDialogue());
  });

  it("reads today's shapes back unchanged", () => {
    const shapes: DialogueState[] = [
      idleDialogue('Ana', { appointmentIds: [3, 4], askedServiceIds: [2] }),
      {
        flow: 'reschedule',
        awaiting: 'appointment_choice',
        customerName: null,
        appointmentIds: [7, 8],
        draft: { ...emptyDraft(), time: 600 },
        offers: [],
        chosen: null,
      },
      {
        flow: 'reschedule',
        awaiting: 'confirmation',
        customerName: 'Ana',
        appointmentId: 7,
        appointmentStart: '2026-12-03T16:00:00.000Z',
        draft: { ...emptyDraft(), serviceIds: [1] },
        offers: [offer],
        chosen: offer,
      },
      {
        flow: 'offering_salon',
        awaiting: 'confirmation',
        customerName: 'Ana',
        handoffContext: 'Quiere cancelar su cita de mañana',
      },
    ];
    for (const shape of shapes) expect(readDialogue(shape)).toEqual(shape);
  });

  it('has a table entry for every flow, and idle waits for nothing', () => {
    expect(Object.keys(STEPS).sort()).toEqual(
      ['booking', 'cancel', 'idle', 'offering_salon', 'reschedule'].sort(),
    );
    expect(STEPS.idle).toEqual([]);
  });
});
