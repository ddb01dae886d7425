// Times the replies the fake Chatwoot receives: the first reply per expected conversation, plus duplicates and strays.
import type { RecordedRequest } from '@atrevete/chatwoot/testing';

export class ReplyClock {
  readonly at = new Map<number, number>();
  duplicates = 0;
  unexpected = 0;
  first = Number.NaN;
  last = Number.NaN;
  private readonly expected: Set<number>;
  private notify: (() => void) | undefined;

  /** Runs when the first expected reply arrives (e.g. to read the worker's CPU time then). */
  onFirst: (() => void) | undefined;

  constructor(conversationIds: Iterable<number>) {
    this.expected = new Set(conversationIds);
  }

  /** Pass as the fake Chatwoot's `onReply`. */
  readonly record = (reply: RecordedRequest): void => {
    const now = performance.now();
    if (!this.expected.has(reply.conversationId)) {
      this.unexpected += 1;
      return;
    }
    if (this.at.has(reply.conversationId)) {
      this.duplicates += 1;
      return;
    }
    this.at.set(reply.conversationId, now);
    if (Number.isNaN(this.first)) {
      this.first = now;
      this.onFirst?.();
    }
    this.last = now;
    if (this.at.size === this.expected.size) this.notify?.();
  };

  get complete(): boolean {
    return this.at.size === this.expected.size;
  }

  /**
   * Resolves true once every expected conversation has its reply; false after `timeoutMs`, or
   * sooner when no reply has come for `idleMs` (a stuck or crashed worker).
   */
  waitForAll(timeoutMs: number, idleMs = 30_000): Promise<boolean> {
    if (this.complete) return Promise.resolve(true);
    const deadline = performance.now() + timeoutMs;
    return new Promise((resolve) => {
      let seen = this.at.size;
      let lastProgress = performance.now();
      // Only called once `poll` below exists (from its own tick, or by `notify`).
      const finish = (done: boolean) => {
        clearInterval(poll);
        this.notify = undefined;
        resolve(done);
      };
      const poll = setInterval(() => {
        const now = performance.now();
        if (this.at.size > seen) {
          seen = this.at.size;
          lastProgress = now;
        }
        if (now > deadline || now - lastProgress > idleMs) finish(false);
      }, 250);
      this.notify = () => finish(true);
    });
  }

  /** Replies per second between the first and the last reply (start-up excluded). */
  rate(): number {
    return (this.at.size - 1) / ((this.last - this.first) / 1000);
  }
}
