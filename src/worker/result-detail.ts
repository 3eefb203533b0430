/**
 * How a result's per-transaction arrays cross from the simulation worker to the page. The engine reuses the
 * arrays of measures a slider move did not touch (src/engine/run-cache.ts), so the worker sends only the arrays
 * that are new since its last result in the same lane and names the others by their place in that result; the
 * page takes those from the last result it received in the lane. At a million transactions this saves copying,
 * moving and collecting ≈ 6 MB per slider move, on both threads. Messages in a lane arrive in the order they
 * were sent, and both sides update their memory on every result, so they agree on what "the last result" is.
 */
import { combineCodes, type ResultDetail, type SimulationResult } from '../engine';
import type { SimulationMessage } from './simulation-protocol';

/** A per-transaction array as sent: the array itself (transferred), or its place in the lane's last result. */
export type SentArray<T> = T | { readonly same: number };

/** The combined codes are not sent: they are the most severe of the measures' codes, made again on the page when read. */
interface SentDetail {
  /** The number of transactions (the length of every array). */
  readonly transactions: number;
  readonly outcomes: readonly SentArray<Uint8Array>[];
  readonly firstCaptured: readonly SentArray<Int32Array>[];
  /** Per-deal amounts (only measures that report amounts have any): copied by the message, never named. */
  readonly amounts: ResultDetail['amounts'];
  readonly standing: readonly SentArray<Uint8Array>[];
}

type ResultMessage = Extract<SimulationMessage, { type: 'result' }>;

/** A result as sent: its arrays may name arrays sent before. */
export type SentResult = Omit<SimulationResult, 'detail'> & { readonly detail: SentDetail };

/** What the worker posts. */
export type WireMessage =
  | Exclude<SimulationMessage, ResultMessage>
  | (Omit<ResultMessage, 'result'> & { readonly result: SentResult });

/** The worker's side: remembers, per lane, the engine's arrays it sent last. */
export class DetailSender {
  private readonly last = new Map<string, ResultDetail>();

  /**
   * Prepare a result for posting: arrays sent in the lane's last result are named by their place; new arrays
   * are copied (the engine's cache may still hold them) and listed for transfer.
   */
  send(lane: string, result: SimulationResult): { result: SentResult; transfer: ArrayBuffer[] } {
    const transfer: ArrayBuffer[] = [];
    const before = this.last.get(lane);
    const sent = <T extends Uint8Array | Int32Array>(
      a: T,
      previous: readonly T[] | undefined,
    ): SentArray<T> => {
      const same = previous?.indexOf(a) ?? -1;
      if (same >= 0) return { same };
      const copy = a.slice() as T;
      transfer.push(copy.buffer as ArrayBuffer);
      return copy;
    };
    const { detail } = result;
    this.last.set(lane, detail);
    return {
      result: {
        ...result,
        detail: {
          // The outcome arrays' length; with no measure, the combined codes (all 0) are cheap to make.
          transactions: detail.outcomes[0]?.length ?? detail.combined.length,
          outcomes: detail.outcomes.map((a) => sent(a, before?.outcomes)),
          firstCaptured: detail.firstCaptured.map((a) => sent(a, before?.firstCaptured)),
          amounts: detail.amounts,
          standing: detail.standing.map((a) => sent(a, before?.standing)),
        },
      },
      transfer,
    };
  }

  /** Forget every lane (a new dataset: nothing sent before can recur). */
  clear(): void {
    this.last.clear();
  }
}

/** The page's side: rebuilds each result from the arrays sent and the lane's last result received. */
export class DetailReceiver {
  private readonly last = new Map<string, ResultDetail>();

  /** `free` releases a buffer's memory (tests pass their own). */
  constructor(private readonly free: (buffer: ArrayBufferLike) => void = freeBuffer) {}

  receive(message: WireMessage): SimulationMessage {
    if (message.type !== 'result') return message;
    const before = this.last.get(message.lane);
    const take = <T>(a: SentArray<T>, previous: readonly T[] | undefined): T => {
      if (!(typeof a === 'object' && a !== null && 'same' in a)) return a;
      const found = previous?.[a.same];
      if (!found) throw new Error(`a result named array ${a.same} of a result this page never received`);
      return found;
    };
    const { detail } = message.result;
    const outcomes = detail.outcomes.map((a) => take(a, before?.outcomes));
    let combined: Uint8Array | null = null;
    const resolved: ResultDetail = {
      outcomes,
      get combined() {
        combined ??= combineCodes(detail.transactions, outcomes);
        return combined;
      },
      firstCaptured: detail.firstCaptured.map((a) => take(a, before?.firstCaptured)),
      amounts: detail.amounts,
      standing: detail.standing.map((a) => take(a, before?.standing)),
    };
    this.last.set(message.lane, resolved);
    return { ...message, result: { ...message.result, detail: resolved } };
  }

  /**
   * Free the per-transaction arrays of a result nothing shows any more, now rather than at the next garbage
   * collection: V8 counts their buffers as external memory, and past a limit collects the page's whole heap.
   * Arrays a coming result may name (those of any lane's last result received) and those `keep` holds stay.
   */
  release(result: SimulationResult, keep: readonly SimulationResult[]): void {
    const held = new Set<ArrayBufferLike>();
    const arrays = (detail: Pick<ResultDetail, 'outcomes' | 'firstCaptured' | 'standing'>) => [
      ...detail.outcomes,
      ...detail.firstCaptured,
      ...detail.standing,
    ];
    const hold = (detail: Pick<ResultDetail, 'outcomes' | 'firstCaptured' | 'standing'>) => {
      for (const a of arrays(detail)) held.add(a.buffer);
    };
    for (const detail of this.last.values()) hold(detail);
    for (const k of keep) hold(k.detail);
    for (const a of arrays(result.detail)) if (!held.has(a.buffer)) this.free(a.buffer);
  }
}

/** Release a buffer's memory where the browser can (`ArrayBuffer.prototype.transfer`); the array reads as empty after. */
function freeBuffer(buffer: ArrayBufferLike): void {
  const b = buffer as ArrayBuffer & { detached?: boolean; transfer?: (length: number) => ArrayBuffer };
  if (b.detached === false && typeof b.transfer === 'function') b.transfer(0);
}
