// `npm run bench:conversations`: turns/s and turn latency of one agent-worker (rules understander) playing the golden booking dialogues, against plain one-turn questions in the same run.
import type { RecordedRequest } from '@atrevete/chatwoot/testing';
import { GOLDEN_NOW, GoldenSalon } from '@atrevete/e2e/testing';
import {
  type ConversationScript,
  DIALOGUE_SCRIPTS,
  QUESTION_SCRIPTS,
  type StaffDesk,
  openStaffDesk,
} from './bench/conversation-scripts.js';
import {
  envInt,
  fmt,
  loadNote,
  machineNote,
  metricValue,
  percentile,
  processCpuMs,
  requireBuiltApps,
  runBench,
  sleep,
} from './bench/support.js';

const CUSTOMERS = envInt('BENCH_CUSTOMERS', 40, 500);
const DURATION_S = envInt('BENCH_DURATION_S', 20, 600);
// agent-worker's default WORKER_CONCURRENCY.
const CONCURRENCY = envInt('BENCH_WORKER_CONCURRENCY', 10, 200);
// The first seconds of each phase warm up the JIT, the pools and that phase's code paths: answered, not counted.
const WARMUP_S = 3;
// The golden tests' own bound for one answer; past it the customer gives the conversation up.
const TURN_TIMEOUT_MS = 20_000;

interface Reply {
  at: number;
  text: string;
}

/**
 * Hands each reply the fake Chatwoot receives to the customer waiting in that conversation. A
 * turn answers with one customer-visible message (a hand-off adds a note, a label and a status
 * after it), so that message's arrival ends the turn.
 */
class ReplyWaiters {
  strays = 0;
  private readonly waiting = new Map<number, (reply: Reply | null) => void>();

  readonly record = (request: RecordedRequest): void => {
    const now = performance.now();
    const resolve = this.waiting.get(request.conversationId);
    if (!resolve) {
      this.strays += 1;
      return;
    }
    this.waiting.delete(request.conversationId);
    resolve({ at: now, text: String(request.body['content']) });
  };

  /** Registered before the message is sent, so a reply that beats the webhook's 200 is not lost; null after the timeout. */
  next(conversationId: number): Promise<Reply | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.settle(conversationId),
        TURN_TIMEOUT_MS,
      );
      this.waiting.set(conversationId, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
    });
  }

  /** No reply is coming (the webhook refused or ignored the message). */
  settle(conversationId: number): void {
    const resolve = this.waiting.get(conversationId);
    this.waiting.delete(conversationId);
    resolve?.(null);
  }
}

interface Snapshot {
  at: number;
  cpuMs: number;
  metrics: string;
}

interface PhaseResult {
  /** Every answered turn: from the webhook's 200 to the reply at the fake Chatwoot. */
  turns: { accepted: number; replied: number }[];
  window: [Snapshot, Snapshot];
  scripts: number;
  unanswered: number;
  refused: number;
  ignored: number;
  skipped: number;
}

interface Bench {
  salon: GoldenSalon;
  replies: ReplyWaiters;
  staff: StaffDesk;
  pid: number | undefined;
  metricsUrl: string;
}

/** CUSTOMERS customers play the scripts back to back, each waiting for every answer, for warm-up + DURATION_S. */
async function runPhase(
  bench: Bench,
  scripts: readonly ConversationScript[],
): Promise<PhaseResult> {
  const { salon, replies, staff } = bench;
  const result: Omit<PhaseResult, 'window'> = {
    turns: [],
    scripts: 0,
    unanswered: 0,
    refused: 0,
    ignored: 0,
    skipped: 0,
  };
  let stopped = false;
  const snapshot = async (): Promise<Snapshot> => ({
    at: performance.now(),
    cpuMs: processCpuMs(bench.pid),
    metrics: await (await fetch(bench.metricsUrl)).text(),
  });

  const playScript = async (script: ConversationScript) => {
    const customer = salon.customer(script.profile);
    const id = customer.identity.conversationId;
    if (script.booked && !(await staff.bookFor(customer, script.booked))) {
      result.skipped += 1;
      return;
    }
    let previous = '';
    for (const turn of script.turns) {
      if (stopped) return;
      const replied = replies.next(id);
      const answer = await customer
        .send(typeof turn === 'string' ? turn : turn(previous))
        .catch(() => null);
      const accepted = performance.now();
      if (answer?.status !== 200 || answer.body.status === 'ignored') {
        replies.settle(id);
        if (answer?.status === 200) result.ignored += 1;
        else result.refused += 1;
        // Without a reply, the next message of the script would not mean what it says.
        return;
      }
      const reply = await replied;
      // A reply arriving later would be taken for the next turn's: give the conversation up.
      if (!reply) {
        result.unanswered += 1;
        return;
      }
      result.turns.push({ accepted, replied: reply.at });
      previous = reply.text;
    }
    result.scripts += 1;
  };

  // The customers start evenly spread over the scripts, so a short run still plays all of them.
  const play = async (first: number) => {
    for (let n = first; !stopped; n++)
      await playScript(scripts[n % scripts.length]);
  };
  const players = Array.from({ length: CUSTOMERS }, (_, i) =>
    play(Math.floor((i * scripts.length) / CUSTOMERS)),
  );
  await sleep(WARMUP_S * 1000);
  const start = await snapshot();
  await sleep(DURATION_S * 1000);
  const end = await snapshot();
  stopped = true;
  await Promise.all(players);
  return { ...result, window: [start, end] };
}

/** Two lines of numbers per phase; returns its turns/s and the worker's CPU per turn for the ratios. */
function report(
  label: string,
  phase: PhaseResult,
): { rate: number; cpuMsPerTurn: number } {
  const [start, end] = phase.window;
  const counted = phase.turns
    .filter((t) => t.replied >= start.at && t.replied <= end.at)
    .map((t) => t.replied - t.accepted);
  const rate = counted.length / ((end.at - start.at) / 1000);
  const delta = (name: string) =>
    metricValue(end.metrics, name) - metricValue(start.metrics, name);
  const serverTurns = delta('atrevete_turn_seconds_count');
  const cpuMsPerTurn = (end.cpuMs - start.cpuMs) / serverTurns;
  console.log(
    `  ${label}: ${counted.length} turns, ${fmt(rate)} turns/s   200 -> reply: p50 ${fmt(percentile(counted, 0.5))} ms` +
      `  p99 ${fmt(percentile(counted, 0.99))} ms  max ${fmt(percentile(counted, 1))} ms` +
      `   agent-worker: mean turn (job start to outbox commit) ${fmt((delta('atrevete_turn_seconds_sum') / serverTurns) * 1000)} ms` +
      `, CPU ${fmt(cpuMsPerTurn, 2)} ms/turn`,
  );
  console.log(
    `    scripts played to the end ${phase.scripts}; given up: no reply within ${TURN_TIMEOUT_MS / 1000} s ${phase.unanswered},` +
      ` webhook not 200 ${phase.refused}, ignored ${phase.ignored}; skipped (no free slot for staff's booking) ${phase.skipped}`,
  );
  return { rate, cpuMsPerTurn };
}

// Two phases, start-up and the last turns of each phase: an unattended run always ends.
const HARD_LIMIT_MS = (2 * (WARMUP_S + DURATION_S) + 180) * 1000;

runBench('bench-conversations', HARD_LIMIT_MS, async (cleanup) => {
  console.log(`conversations benchmark, ${new Date().toISOString()}`);
  console.log(machineNote());
  console.log(loadNote('at start'));
  // GoldenSalon starts this checkout's build (the e2e tests' Pipeline), never another one's.
  if (process.env['BENCH_APPS_ROOT'])
    throw new Error(
      "bench:conversations runs this checkout's build: unset BENCH_APPS_ROOT",
    );
  requireBuiltApps('webhook-api', 'agent-worker');

  // handoffSettleMs 0: after an unplanned hand-off the bot answers the next message instead of staying silent.
  const salon = await GoldenSalon.open({
    handoffSettleMs: 0,
    worker: { WORKER_CONCURRENCY: String(CONCURRENCY) },
  });
  cleanup.add('close the salon (processes, database, Redis keys)', () =>
    salon.close(),
  );
  const staff = await openStaffDesk(salon.pipeline.database.url);
  cleanup.add('close the staff pool', () => staff.close());
  const replies = new ReplyWaiters();
  salon.pipeline.chatwoot.onReply = replies.record;
  const [worker] = salon.pipeline.workers;
  const bench: Bench = {
    salon,
    replies,
    staff,
    pid: worker.child.pid,
    metricsUrl: worker.healthUrl.replace(/\/health$/, '/metrics'),
  };
  console.log(
    `setup: the e2e GoldenSalon: built webhook-api + ONE agent-worker (NODE_ENV=test, LOG_LEVEL=warn, TURN_DEBOUNCE_MS=0, ` +
      `WORKER_CONCURRENCY=${CONCURRENCY}, CLOCK_START=${GOLDEN_NOW}), demo salon, rules understander (no LLM), fake Chatwoot in this process; ` +
      `${CUSTOMERS} customers, each waiting for every answer; per phase ${WARMUP_S} s warm-up (not counted) + ${DURATION_S} s`,
  );

  const baseline = await runPhase(bench, QUESTION_SCRIPTS);
  const dialogue = await runPhase(bench, DIALOGUE_SCRIPTS);
  const [booked] = await salon.db<{ pending: number; cancelled: number }[]>`
    SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
           count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
      FROM appointments`;

  console.log(
    "\nturns answered within the measured window; latency from the webhook's 200 to the reply at the fake Chatwoot",
  );
  const base = report(
    `baseline (${QUESTION_SCRIPTS.length} one-turn questions: prices, hours, address, services; a new conversation each)`,
    baseline,
  );
  const dial = report(
    `dialogue (${DIALOGUE_SCRIPTS.length} golden conversations: offers, names, summaries, bookings, cancellations, moves)`,
    dialogue,
  );
  console.log(
    `  RATIO dialogue / baseline: ${fmt(dial.rate / base.rate, 2)}x the turns/s of plain Q&A on this machine; ` +
      `CPU per turn ${fmt(dial.cpuMsPerTurn / base.cpuMsPerTurn, 2)}x the baseline's`,
  );
  console.log(
    `  appointments at the end: ${booked.pending} pending, ${booked.cancelled} cancelled (staff's included); ` +
      `replies nobody waited for: ${replies.strays}`,
  );
  console.log(loadNote('at end'));
});
