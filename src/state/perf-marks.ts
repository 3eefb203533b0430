/**
 * Performance marks for `npm run bench:browser` (docs/PERFORMANCE.md, "Browser"): `yardstick:input` when the user
 * moves a threshold (its `detail` is a running input number), `yardstick:request` when a run of the scenario is
 * asked for, `yardstick:result` when its result reaches the page, `yardstick:commit` when React has committed it to every chart and `yardstick:drawn` once the frame showing
 * it has been painted. Each run carries the number of the latest input it includes, so a coalesced result credits
 * every input before it. Marks are cheap; the timeline is cleared now and then so a long session cannot grow it.
 */

let inputs = 0;
let afterFrame: MessageChannel | undefined;
const drawnQueue: number[] = [];
let placed = 0;
const CLEAR_EVERY = 2000;
const NAMES = [
  'yardstick:input',
  'yardstick:request',
  'yardstick:result',
  'yardstick:commit',
  'yardstick:drawn',
] as const;

function mark(name: (typeof NAMES)[number], input: number): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.mark(name, { detail: input });
  if (++placed < CLEAR_EVERY) return;
  placed = 0;
  for (const n of NAMES) performance.clearMarks(n);
}

/** A threshold moved (slider, text box, dragged line): count it and mark it. */
export function markInput(): void {
  inputs++;
  mark('yardstick:input', inputs);
}

/** The number of the latest input (0 before any); a run started now includes every input up to it. */
export function latestInput(): number {
  return inputs;
}

/** A run of the scenario as it is after inputs up to `input` has been asked for. */
export function markRequest(input: number): void {
  mark('yardstick:request', input);
}

/** A result that includes inputs up to `input` has arrived from the simulation. */
export function markResult(input: number): void {
  mark('yardstick:result', input);
}

/**
 * Every chart has committed the result that includes inputs up to `input` (call from a layout effect): mark the
 * commit now, and `yardstick:drawn` after the next frame is painted (a task queued from that frame's
 * requestAnimationFrame runs once the frame is done).
 */
export function markCommitted(input: number): void {
  mark('yardstick:commit', input);
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return;
  requestAnimationFrame(() => {
    // One long-lived channel: an unreferenced one can be collected before its message arrives.
    if (!afterFrame) {
      afterFrame = new MessageChannel();
      afterFrame.port1.onmessage = () => mark('yardstick:drawn', drawnQueue.shift() ?? 0);
    }
    drawnQueue.push(input);
    afterFrame.port2.postMessage(null);
  });
}
