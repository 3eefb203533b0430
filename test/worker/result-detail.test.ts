/**
 * Results crossing from the worker to the page: arrays the lane's last result already carried are named, not
 * sent again, and the page rebuilds exactly the engine's result, lane by lane.
 */
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../bench/synthetic';
import { indexDataset, RunCache, type RunSpec, type SimulationResult, simulate } from '../../src/engine';
import { presetById } from '../../src/scenario/presets';
import { runSpecOf } from '../../src/scenario/run-spec';
import { DetailReceiver, DetailSender, type WireMessage } from '../../src/worker/result-detail';

const index = indexDataset(syntheticDataset({ transactions: 3_000, seed: 2 }));
const scenario = presetById('april-2026-escalation')!;

function withLine(flop: number): RunSpec {
  return runSpecOf({
    ...scenario,
    policies: scenario.policies.map((p) =>
      p.template === 'us-outbound' ? { ...p, params: { ...p.params, prohibitedComputeFlop: flop } } : p,
    ),
  });
}

/** Post a result through a real structured clone with transfer, as postMessage does. */
function post(sender: DetailSender, lane: string, runId: number, result: SimulationResult) {
  const { result: sent, transfer } = sender.send(lane, result);
  const message: WireMessage = {
    type: 'result',
    lane,
    runId,
    result: sent,
    view: null,
    indexMs: 0,
    runMs: 0,
  };
  return { message: structuredClone(message, { transfer }), transfer };
}

const plain = (r: SimulationResult) => ({
  ...r,
  detail: {
    outcomes: r.detail.outcomes.map((o) => Array.from(o)),
    combined: Array.from(r.detail.combined),
    firstCaptured: r.detail.firstCaptured.map((f) => Array.from(f)),
    standing: r.detail.standing.map((f) => Array.from(f)),
  },
});

describe('results from the worker', () => {
  it('send only the arrays that changed, and arrive as the engine made them', () => {
    const cache = new RunCache();
    const sender = new DetailSender();
    const receiver = new DetailReceiver();
    const lines = [1e25, 3e24, 3e24, 2e25];
    let sentBefore = 0;
    lines.forEach((flop, i) => {
      const spec = withLine(flop);
      const { message, transfer } = post(sender, 'main', i, simulate(index, spec, cache));
      const received = receiver.receive(message);
      if (received.type !== 'result') throw new Error('expected a result');
      expect(plain(received.result)).toEqual(plain(simulate(index, spec)));
      // First run: every measure's three arrays; later: the outbound rule's three, none if the line did not move.
      // The combined codes are never sent (the page makes them from the measures' codes).
      const expected = i === 0 ? 3 * 4 : flop === lines[i - 1] ? 0 : 3;
      expect(transfer.length).toBe(expected);
      sentBefore += transfer.length;
    });
    expect(sentBefore).toBe(12 + 3 + 0 + 3);
  });

  it('keep lanes apart', () => {
    const cache = new RunCache();
    const sender = new DetailSender();
    const receiver = new DetailReceiver();
    const spec = withLine(1e25);
    receiver.receive(post(sender, 'main', 1, simulate(index, spec, cache)).message);
    // The baseline lane never received these arrays, so they are sent in full there.
    const { message, transfer } = post(sender, 'baseline', 1, simulate(index, spec, cache));
    expect(transfer.length).toBe(12);
    const received = receiver.receive(message);
    if (received.type !== 'result') throw new Error('expected a result');
    expect(plain(received.result)).toEqual(plain(simulate(index, spec)));
  });

  it('refuse a result naming an array the page never received', () => {
    const cache = new RunCache();
    const sender = new DetailSender();
    sender.send('main', simulate(index, withLine(1e25), cache));
    const { message } = post(sender, 'main', 2, simulate(index, withLine(3e24), cache));
    expect(() => new DetailReceiver().receive(message)).toThrow(/never received/);
  });

  it('with no measure enabled, still have a combined code (0) per transaction', () => {
    const spec = { ...withLine(1e25), policies: [] };
    const received = new DetailReceiver().receive(
      post(new DetailSender(), 'main', 1, simulate(index, spec)).message,
    );
    if (received.type !== 'result') throw new Error('expected a result');
    expect(received.result.detail.combined.length).toBe(index.tx.count);
    expect(received.result.detail.combined.every((c) => c === 0)).toBe(true);
  });

  it('free the arrays of a replaced result, except those a coming result may name or the shown one holds', () => {
    const cache = new RunCache();
    const sender = new DetailSender();
    const freed: ArrayBufferLike[] = [];
    const receiver = new DetailReceiver((buffer) => freed.push(buffer));
    const receive = (runId: number, spec: RunSpec) => {
      const message = receiver.receive(post(sender, 'main', runId, simulate(index, spec, cache)).message);
      if (message.type !== 'result') throw new Error('expected a result');
      return message.result;
    };
    const first = receive(1, withLine(1e25));
    const second = receive(2, withLine(3e24));
    // The second result replaced the first: only the outbound rule's three arrays of the first are not shared.
    receiver.release(first, [second]);
    const outbound = second.measures.findIndex((m) => m.template === 'us-outbound');
    expect(freed).toEqual([
      first.detail.outcomes[outbound]!.buffer,
      first.detail.firstCaptured[outbound]!.buffer,
      first.detail.standing[outbound]!.buffer,
    ]);
    // A result received but never shown is the lane's last: a coming result may name its arrays, so none is freed.
    freed.length = 0;
    const third = receive(3, withLine(2e25));
    receiver.release(third, [second]);
    expect(freed).toEqual([]);
    const fourth = receive(4, withLine(2e25));
    expect(plain(fourth)).toEqual(plain(simulate(index, withLine(2e25))));
  });

  it('pass errors through', () => {
    const error: WireMessage = { type: 'error', lane: 'main', runId: 3, message: 'boom' };
    expect(new DetailReceiver().receive(error)).toEqual(error);
  });
});
