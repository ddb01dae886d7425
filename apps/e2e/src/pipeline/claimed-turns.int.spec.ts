// A turn keeps its messages across crashes and takeovers: the booking confirmed once, then the message written meanwhile answered.
import { readFileSync } from 'node:fs';
import { GoldenSalon, options } from '../conversations/golden.js';
import { waitForExit } from '../support/processes.js';
import { sleep, waitUntil } from '../support/wait.js';

/** Small numbers so that a crash is recovered in seconds: stale work swept after 1 s, a dead worker's locks free after 1 s. */
const FAST_RECOVERY = {
  SWEEP_INTERVAL_MS: '300',
  SWEEP_GRACE_MS: '1000',
  LOCK_TTL_MS: '1000',
};
/** Longer than a sweep plus a lock expiry: whatever a stale worker would still do has happened by then. */
const SETTLE_MS = 3000;

/** 'T' while the process is stopped by SIGSTOP (Linux /proc). */
const processState = (pid: number) =>
  readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];

describe('a turn that books, interrupted before its commit, with a new message written meanwhile', () => {
  let salon: GoldenSalon;

  beforeAll(async () => {
    salon = await GoldenSalon.open({
      startWorker: false,
      worker: FAST_RECOVERY,
    });
  });

  afterAll(async () => {
    await salon?.close();
  });

  /** A customer brought to the last "¿Confirmo la cita?" by a healthy worker that then stops. */
  async function customerAtConfirmation() {
    const customer = salon.customer('Marta Gil');
    const guide = await salon.pipeline.startWorker();
    const offer = await customer.say(
      'Hola, quiero un corte de mujer con Ana el viernes por la tarde',
    );
    expect(options(offer.text)).toHaveLength(3);
    expect((await customer.say('la primera')).text).toMatch(
      /a nombre de Marta Gil/,
    );
    expect((await customer.say('sí')).text).toMatch(/¿Confirmo la cita\?$/);
    await guide.stop();
    return customer;
  }

  const confirmations = (text: string) => (text.match(/¡Hecho!/g) ?? []).length;

  it('after a kill -9: books once, sends the confirmation once, then answers the new message', async () => {
    const customer = await customerAtConfirmation();
    const doomed = await salon.pipeline.startWorker({
      FAULT_POINT: 'after-booking',
    });
    const [yes] = await customer.deliver('sí');
    expect(await waitForExit(doomed, 15_000)).toBe('SIGKILL');
    expect(await customer.appointments()).toHaveLength(1);
    const [question] = await customer.deliver('¿y cuánto cuesta el tinte?');

    const healthy = await salon.pipeline.startWorker();
    const turn = await customer.collect([yes, question]);
    await sleep(SETTLE_MS);
    await healthy.stop();

    expect(turn.replies).toHaveLength(2);
    expect(turn.replies[0]).toMatch(/^¡Hecho! Te esperamos el viernes 27/);
    expect(turn.replies[1]).toContain('40 €');
    expect(confirmations(turn.text)).toBe(1);
    const appointments = await customer.appointments();
    expect(appointments).toHaveLength(1);
    expect(appointments[0]).toMatchObject({
      stylist: 'Ana',
      status: 'pending',
    });
  });

  it('when a frozen worker loses its lock: the worker that takes over answers, and the stale one writes nothing when it wakes', async () => {
    const customer = await customerAtConfirmation();
    const frozen = await salon.pipeline.startWorker({
      FAULT_POINT: 'freeze-after-booking',
    });
    const pid = frozen.child.pid!;
    try {
      const [yes] = await customer.deliver('sí');
      await waitUntil(
        'the first worker frozen after booking',
        async () => processState(pid) === 'T',
        15_000,
      );
      const [question] = await customer.deliver('¿y cuánto cuesta el tinte?');

      const rescuer = await salon.pipeline.startWorker();
      const turn = await customer.collect([yes, question]);
      expect(turn.replies).toHaveLength(2);
      expect(turn.replies[0]).toMatch(/^¡Hecho! Te esperamos el viernes 27/);
      expect(turn.replies[1]).toContain('40 €');

      // The stale worker wakes up with the turn's graph done and commits: the fence refuses it.
      process.kill(pid, 'SIGCONT');
      await waitUntil(
        'the woken worker to give the turn up',
        async () => /a later attempt claimed this turn/.test(frozen.output()),
        15_000,
      );
      await sleep(SETTLE_MS);
      await rescuer.stop();
      const everything = salon.pipeline
        .repliesTo(customer.identity.conversationId)
        .map((r) => String(r.body['content']));
      expect(confirmations(everything.join('\n'))).toBe(1);
      expect(everything.at(-1)).toContain('40 €');
      expect(await customer.appointments()).toHaveLength(1);
    } finally {
      if (processState(pid) === 'T') process.kill(pid, 'SIGCONT');
      await frozen.stop();
    }
  });
});
