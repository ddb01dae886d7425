// Behaviour of compiled LangGraph graphs checkpointed in Redis: restarts, interrupts, forks and history.
import {
  Annotation,
  Command,
  END,
  START,
  StateGraph,
  interrupt,
} from '@langchain/langgraph';
import type { Redis } from 'ioredis';
import {
  connectTestRedis,
  deleteKeysUnder,
  uniqueKeyPrefix,
} from '../testing/redis-test-kit.js';
import { RedisCheckpointSaver } from './redis-checkpoint-saver.js';

const Counter = Annotation.Root({
  count: Annotation<number>({
    reducer: (total, step) => total + step,
    default: () => 0,
  }),
});

function counterGraph(checkpointer: RedisCheckpointSaver) {
  return new StateGraph(Counter)
    .addNode('increment', () => ({ count: 1 }))
    .addEdge(START, 'increment')
    .addEdge('increment', END)
    .compile({ checkpointer });
}

/** Asks before counting, the way the booking flow asks before it books. */
function confirmingGraph(checkpointer: RedisCheckpointSaver) {
  return new StateGraph(Counter)
    .addNode('confirm', () => ({
      count: interrupt('¿Sumo uno?') === 'sí' ? 1 : 0,
    }))
    .addEdge(START, 'confirm')
    .addEdge('confirm', END)
    .compile({ checkpointer });
}

describe('RedisCheckpointSaver with a compiled graph', () => {
  let keyPrefix: string;
  const running: Redis[] = [];

  /** A fresh connection and saver, as a restarted worker process would have. */
  function startProcess(): RedisCheckpointSaver {
    const client = connectTestRedis();
    running.push(client);
    return new RedisCheckpointSaver({ client, keyPrefix });
  }

  async function stopProcesses(): Promise<void> {
    await Promise.all(running.splice(0).map((client) => client.quit()));
  }

  beforeEach(() => {
    keyPrefix = uniqueKeyPrefix();
  });

  afterEach(async () => {
    await stopProcesses();
    const cleaner = connectTestRedis();
    await deleteKeysUnder(cleaner, keyPrefix);
    await cleaner.quit();
  });

  it('continues a thread from the state a previous process saved', async () => {
    const config = { configurable: { thread_id: 'conversation-1' } };
    const first = startProcess();
    expect((await counterGraph(first).invoke({ count: 0 }, config)).count).toBe(
      1,
    );
    await stopProcesses();

    const second = startProcess();
    expect(
      (await counterGraph(second).invoke({ count: 0 }, config)).count,
    ).toBe(2);
    expect((await counterGraph(second).getState(config)).values).toEqual({
      count: 2,
    });
  });

  it('resumes an interrupted run in a new process with the answer the user gave', async () => {
    const config = { configurable: { thread_id: 'conversation-2' } };
    const first = confirmingGraph(startProcess());
    await first.invoke({ count: 0 }, config);
    const paused = await first.getState(config);
    expect(paused.next).toEqual(['confirm']);
    expect(paused.tasks[0].interrupts.map((pending) => pending.value)).toEqual([
      '¿Sumo uno?',
    ]);
    await stopProcesses();

    const second = confirmingGraph(startProcess());
    expect(
      (await second.invoke(new Command({ resume: 'sí' }), config)).count,
    ).toBe(1);
    expect((await second.getState(config)).next).toEqual([]);
  });

  it('keeps a run replayed from an earlier checkpoint apart from the branch it left', async () => {
    const config = { configurable: { thread_id: 'conversation-3' } };
    const graph = counterGraph(startProcess());
    await graph.invoke({ count: 0 }, config);
    const afterFirstRun = await graph.getState(config);
    await graph.invoke({ count: 0 }, config);
    const afterSecondRun = await graph.getState(config);

    // Same steps as the second run, so the same channel versions, but other values.
    expect((await graph.invoke({ count: 5 }, afterFirstRun.config)).count).toBe(
      7,
    );

    expect((await graph.getState(config)).values).toEqual({ count: 7 });
    expect((await graph.getState(afterSecondRun.config)).values).toEqual({
      count: 2,
    });
  });

  it('applies a state update to an earlier checkpoint as a new branch', async () => {
    const config = { configurable: { thread_id: 'conversation-4' } };
    const graph = counterGraph(startProcess());
    await graph.invoke({ count: 0 }, config);
    const afterFirstRun = await graph.getState(config);
    await graph.invoke({ count: 0 }, config);
    const afterSecondRun = await graph.getState(config);

    const forkConfig = await graph.updateState(afterFirstRun.config, {
      count: 10,
    });

    expect((await graph.getState(forkConfig)).values).toEqual({ count: 11 });
    expect((await graph.getState(config)).values).toEqual({ count: 11 });
    expect((await graph.getState(afterSecondRun.config)).values).toEqual({
      count: 2,
    });
  });

  it('lists the history of a thread newest first', async () => {
    const config = { configurable: { thread_id: 'conversation-5' } };
    const graph = counterGraph(startProcess());
    await graph.invoke({ count: 0 }, config);
    await graph.invoke({ count: 0 }, config);

    const history = [];
    for await (const snapshot of graph.getStateHistory(config))
      history.push(snapshot);

    const ids = history.map(
      (snapshot) => snapshot.config.configurable?.['checkpoint_id'] as string,
    );
    expect(ids).toEqual([...ids].sort().reverse());
    expect(history.map((snapshot) => snapshot.values['count'])).toEqual([
      2, 1, 1, 1, 0, 0,
    ]);
  });

  it('lists checkpoints of all threads newest first when no thread is given', async () => {
    const saver = startProcess();
    const graph = counterGraph(saver);
    await graph.invoke({ count: 0 }, { configurable: { thread_id: 'a' } });
    await graph.invoke({ count: 0 }, { configurable: { thread_id: 'b' } });
    await graph.invoke({ count: 0 }, { configurable: { thread_id: 'a' } });

    const listed = [];
    for await (const tuple of saver.list({}))
      listed.push(tuple.config.configurable);
    const ids = listed.map(
      (configurable) => configurable?.['checkpoint_id'] as string,
    );

    expect(ids).toEqual([...ids].sort().reverse());
    expect(listed.map((configurable) => configurable?.['thread_id'])).toEqual([
      ...['a', 'a', 'a'],
      ...['b', 'b', 'b'],
      ...['a', 'a', 'a'],
    ]);
    const newestTwo = [];
    for await (const tuple of saver.list({}, { limit: 2 }))
      newestTwo.push(tuple.config.configurable?.['checkpoint_id']);
    expect(newestTwo).toEqual(ids.slice(0, 2));
  });
});
