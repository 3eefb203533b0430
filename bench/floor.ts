/**
 * The floor: one pass over the columnar index that reads every transaction's fields once (kind, day, quarter,
 * company, amount, instrument, LP commitment, binding date, investor countries, chip, units, supplier, teacher
 * country, access, exchanges) and folds them into sums so the JIT cannot drop the loop. No run can read the
 * data in less time; the full run's ratio to this pass says how much work a run adds beyond touching the data.
 *
 * It reads every column for every transaction, without branching on the kind (a column holds NaN or a default
 * where a field does not apply): with the kinds mixed at random, a pass that branches on the kind to read only
 * the fields that apply takes about twice as long on our machine, because the branch is unpredictable. We
 * take the faster pass as the floor, so the ratio is not flattered.
 */
import type { DatasetIndex } from '../src/engine';

/** Read every transaction's fields once; return a sum so the work is observable. */
export function floorPass(index: DatasetIndex): number {
  const { count, kind, day, ordinal, company, instrument, bindingDay, investorStart, investorCountries } =
    index.tx;
  const { chip, supplierCountry, teacherCountry, access, amountUsd, lpCommitmentUsd, units, exchanges } =
    index.tx;
  let ints = 0;
  let usd = 0;
  let lp = 0;
  let unitSum = 0;
  let exchangeSum = 0;
  for (let t = 0; t < count; t++) {
    ints =
      (ints +
        kind[t]! +
        day[t]! +
        ordinal[t]! +
        company[t]! +
        instrument[t]! +
        bindingDay[t]! +
        investorStart[t]! +
        chip[t]! +
        supplierCountry[t]! +
        teacherCountry[t]! +
        access[t]!) |
      0;
    // NaN marks a field that does not apply; adding it costs the same as adding a number.
    usd += amountUsd[t]!;
    lp += lpCommitmentUsd[t]!;
    unitSum += units[t]!;
    exchangeSum += exchanges[t]!;
  }
  for (let k = 0; k < investorCountries.length; k++) ints = (ints + investorCountries[k]!) | 0;
  return ints + usd + lp + unitSum + exchangeSum;
}
