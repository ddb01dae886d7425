// `npm run bench:graph-floor`: the CPU one LangGraph run costs on this machine, against the per-turn budget of issue 3's 300 turns/s per worker.
import { performance } from 'node:perf_hooks';
import {
  Annotation,
  END,
  MemorySaver,
  START,
  StateGraph,
} from '@langchain/langgraph';
import {
  buildConversationGraph,
  runTurn,
  type BookingDesk,
} from '@atrevete/graph';
import { RulesUnderstander } from '@atrevete/understanding';
import { demoSalon } from '@atrevete/graph/testing';
import { envInt, fmt, loadNote, machineNote } from './bench/support.js';

/** Issue 3's target: turns per second of one agent-worker (one Node.js thread). */
const TARGET_TURNS_PER_S = 300;
const BUDGET_MS = 1000 / TARGET_TURNS_PER_S;
const RUNS = envInt('BENCH_RUNS', 3_000, 100_000);
const WARM_UP = 300;

/** CPU milliseconds per call of `run`, after a warm-up (user + system time of this process). */
async function cpuPerCall(run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i++) await run(i);
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < RUNS; i++) await run(WARM_UP + i);
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000 / RUNS,
    wallMs: (performance.now() - wall) / RUNS,
  };
}

/** The smallest useful graph: one node that writes the reply, checkpointed in memory. */
function oneNodeGraph() {
  const State = Annotation.Root({
    text: Annotation<string>({ reducer: (_a, b) => b, default: () => '' }),
    reply: Annotation<string>({ reducer: (_a, b) => b, default: () => '' }),
  });
  return new StateGraph(State)
    .addNode('answer', async (s: typeof State.State) => ({
      reply: `eco: ${s.text}`,
    }))
    .addEdge(START, 'answer')
    .addEdge('answer', END)
    .compile({ checkpointer: new MemorySaver() });
}

/** A price question never books: the desk is never asked. */
const noDesk = new Proxy({} as BookingDesk, {
  get: () => () => Promise.reject(new Error('not in this benchmark')),
});

async function main() {
  console.log(`graph floor benchmark, ${new Date().toISOString()}`);
  console.log(machineNote());
  console.log(loadNote('at start'));

  const floor = oneNodeGraph();
  const bare = await cpuPerCall((i) =>
    floor.invoke(
      { text: 'hola' },
      { configurable: { thread_id: `t${i % 100}` }, durability: 'exit' },
    ),
  );

  const conversation = buildConversationGraph({
    directory: demoSalon(),
    desk: noDesk,
    understander: new RulesUnderstander(),
    checkpointer: new MemorySaver(),
  });
  const now = new Date('2026-11-26T11:00:00Z');
  const turn = await cpuPerCall((i) =>
    runTurn(conversation, {
      threadId: `c${i % 100}`,
      turnId: `turn-${i}`,
      texts: ['¿cuánto cuesta el tinte?'],
      now,
      contact: {
        contactId: i % 100,
        phone: null,
        phoneVerified: false,
        profileName: null,
      },
      baseCheckpointId: null,
    }),
  );

  console.log(
    `\nbudget per turn at ${TARGET_TURNS_PER_S} turns/s on one thread: ${fmt(BUDGET_MS, 2)} ms of CPU for everything a turn does`,
  );
  console.log(
    `  LangGraph, 1 node, MemorySaver (invoke):       ${fmt(bare.cpuMs, 2)} ms CPU, ${fmt(bare.wallMs, 2)} ms wall = ${fmt(bare.cpuMs / BUDGET_MS, 2)}x the budget`,
  );
  console.log(
    `  conversation graph, one price turn (runTurn): ${fmt(turn.cpuMs, 2)} ms CPU, ${fmt(turn.wallMs, 2)} ms wall = ${fmt(turn.cpuMs / BUDGET_MS, 2)}x the budget`,
  );
  console.log(
    `  RATIO graph turn / bare 1-node LangGraph run: ${fmt(turn.cpuMs / bare.cpuMs, 2)}x`,
  );
  console.log(
    '  (a worker also spends CPU on the lock, the ledger read, the commit, the reply job and the HTTP post: see npm run bench:pipeline)',
  );
  console.log(loadNote('at end'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
