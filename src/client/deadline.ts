import { FeishuAbortError, FeishuTimeoutError } from './errors.js';

/** What a bounded piece of work gets: the signal to hand on, and hooks to be cancelled by. */
export interface Bound {
  /** Aborted when a bound ends the work (timeout or the caller's signal): hand it to fetch. */
  readonly signal: AbortSignal;
  /** Runs `cancel` if a bound ends the work first. */
  onEnd(cancel: (reason: unknown) => void): void;
  /** Keeps `value` strongly referenced until the work ends. */
  hold(value: unknown): void;
}

/** The limits of one bounded piece of work. */
export interface Limits {
  /** The caller's signal. */
  signal?: AbortSignal;
  /** Time limit in ms; none when undefined. */
  timeoutMs?: number;
}

/** The typed error for an aborted caller signal (its reason kept as `cause`). */
export function abortError(signal: AbortSignal): FeishuAbortError {
  return new FeishuAbortError(signal.reason);
}

/**
 * Runs `work` and settles within `limits`, whatever `work` does. The bound is owned here rather
 * than left to fetch's signal: Node's fetch (undici) links a Request to its signal weakly and loses
 * the link after a garbage collection (nodejs/undici#4068), so an abort handed only to fetch may
 * never arrive. The timer and the caller-signal listener close over everything they must cancel
 * (the abort controller, the body reader, the Request) — a strong reference for as long as the work
 * runs — and reject on their own. Both are removed when the work ends: no listener per call is left
 * on a long-lived signal.
 */
export function withinBounds<T>(work: (bound: Bound) => Promise<T>, limits: Limits): Promise<T> {
  const { signal, timeoutMs } = limits;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    // Made when a transport asks for the signal (fetch's does, node:http's does not): no
    // AbortController per attempt unless one is used.
    let controller: AbortController | undefined;
    let stopped: { reason: Error } | undefined;
    let held: unknown[] = [];
    let cancels: ((reason: unknown) => void)[] = [];
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const end = () => {
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      const ending = cancels;
      held = [];
      cancels = [];
      return ending;
    };
    const stop = (reason: Error) => {
      if (done) return;
      const ending = end();
      stopped = { reason };
      controller?.abort(reason);
      for (const cancel of ending) {
        try {
          cancel(reason);
        } catch {
          // Cancelling is best effort; the work is already rejected below.
        }
      }
      reject(reason);
    };
    function onAbort() {
      stop(abortError(signal!));
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined) timer = setTimeout(() => stop(new FeishuTimeoutError(timeoutMs)), timeoutMs);
    let running: Promise<T>;
    try {
      const bound: Bound = {
        get signal() {
          if (!controller) {
            controller = new AbortController();
            if (stopped) controller.abort(stopped.reason);
          }
          return controller.signal;
        },
        onEnd: (cancel) => void (done ? undefined : cancels.push(cancel)),
        hold: (value) => void (done ? undefined : held.push(value)),
      };
      running = work(bound);
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => {
        if (done) return;
        end();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return; // already rejected by the bound; this is the work noticing its abort
        end();
        reject(error);
      },
    );
  });
}

/** Waits `ms`, or rejects as soon as the caller's signal aborts (the timer is then cleared). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return withinBounds(
    (bound) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        bound.onEnd(() => clearTimeout(timer));
      }),
    { signal },
  );
}
