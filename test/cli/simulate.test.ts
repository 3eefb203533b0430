/**
 * The headless runner's contract (issue: "prints the contract above"), run as a real process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/engine';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE = 'test/fixtures/small-dataset.json';

function runner(args: string[]) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('npm run simulate', () => {
  const detail = runner([
    '--scenario',
    'scenarios/april-2026-escalation.json',
    '--dataset',
    FIXTURE,
    '--detail',
  ]);
  const report = JSON.parse(detail.stdout);

  it('prints the scenario, dataset, quarters, measures, combined series and overlaps', () => {
    expect(detail.status).toBe(0);
    expect(report.scenario).toEqual({
      id: 'april-2026-escalation',
      title: 'Both sides after the April 2026 escalation',
      assumptions: {
        computeGrowthPerYear: 3,
        dealVolumeTrendPerYear: 1,
        usShareTrendPerYear: 1,
        projection: true,
        countImputedCompute: true,
        seed: 1,
      },
    });
    expect(report.dataset).toEqual({ name: 'Small test fixture', asOf: '2026-08-19' });
    expect(report.quarters).toHaveLength(64);
    expect(report.measures.map((m: { policyId: string }) => m.policyId)).toEqual([
      'us-outbound',
      'export-controls',
      'distillation',
      'cn-approval',
    ]);
    for (const m of [...report.measures, report.combined]) {
      for (const key of ['companies', 'companiesCumulative', 'companiesInScope', 'deals', 'dealsUsd'])
        expect(m.series[key]).toHaveLength(64);
      expect(Object.keys(m.series.byOutcome)).toEqual([
        'excepted',
        'notifiable',
        'taxed',
        'approval-required',
        'licence-required',
        'blocked',
        'denied',
        'prohibited',
      ]);
    }
    expect(report.overlaps).toHaveLength(15);
  });

  it("lists every transaction with its combined outcome and hits, and every company's first capture", () => {
    const tx = Object.fromEntries(report.transactions.map((t: { id: string }) => [t.id, t]));
    // The fixture's 30 deals, then the modeled projection to the horizon (the scenario asks for it).
    const fixtureIds = JSON.parse(readFileSync(join(ROOT, FIXTURE), 'utf8')).transactions.map(
      (t: { id: string }) => t.id,
    );
    expect(report.transactions.slice(0, 30).map((t: { id: string }) => t.id)).toEqual(fixtureIds);
    expect(report.transactions.length).toBeGreaterThan(30);
    expect(tx['inv-minimax-2025-eve']).toEqual({ id: 'inv-minimax-2025-eve', outcome: null, hits: [] });
    expect(tx['inv-minimax-2025-day'].outcome).toBe('notifiable');
    expect(tx['inv-zhipu-2026-ipo']).toEqual({
      id: 'inv-zhipu-2026-ipo',
      outcome: 'excepted',
      hits: [{ policyId: 'us-outbound', outcome: 'excepted' }],
    });
    expect(tx['inv-deepseek-2026'].hits.map((h: { policyId: string }) => h.policyId)).toEqual([
      'us-outbound',
      'cn-approval',
    ]);
    expect(tx['chip-h800-2024'].hits).toEqual([{ policyId: 'export-controls', outcome: 'denied' }]);
    const zhipu = report.companies.find((c: { id: string }) => c.id === 'zhipu');
    expect(Object.keys(zhipu.firstCaptured)).toEqual([
      'us-outbound',
      'export-controls',
      'distillation',
      'cn-approval',
    ]);
    expect(zhipu.firstCaptured).toMatchObject({ 'us-outbound': '2025Q1', 'export-controls': '2025Q2' });
  });

  it('runs without the projection when the scenario switches it off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-'));
    const file = join(dir, 'no-projection.json');
    const preset = JSON.parse(readFileSync(join(ROOT, 'scenarios/april-2026-escalation.json'), 'utf8'));
    writeFileSync(
      file,
      JSON.stringify({ ...preset, assumptions: { ...preset.assumptions, projection: false } }),
    );
    const out = JSON.parse(runner(['--scenario', file, '--dataset', FIXTURE, '--detail']).stdout);
    expect(out.transactions).toHaveLength(30);
    expect(out.combined.series.deals.slice(out.historyQuarters).every((n: number) => n === 0)).toBe(true);
  });

  it('counts imputed compute estimates as the scenario says, and not with --no-imputed', () => {
    // The fixture with sg-maj-1's 2e25 FLOP marked as an imputed estimate: it alone puts sg-majority in scope.
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-'));
    const dataset = join(dir, 'imputed.json');
    const fixture = JSON.parse(readFileSync(join(ROOT, FIXTURE), 'utf8'));
    for (const m of fixture.models) if (m.id === 'sg-maj-1') m.trainingComputeImputed = true;
    writeFileSync(dataset, JSON.stringify(fixture));
    const outcome = (args: string[]) => {
      const out = JSON.parse(runner(args).stdout);
      const tx = out.transactions.find((t: { id: string }) => t.id === 'inv-sg-majority-2025');
      return [out.scenario.assumptions.countImputedCompute, tx.outcome];
    };
    const base = ['--scenario', 'scenarios/us-outbound-2025.json', '--dataset', dataset, '--detail'];
    expect(outcome(base)).toEqual([true, 'prohibited']);
    expect(outcome([...base, '--no-imputed'])).toEqual([false, null]);
    // The same through the scenario file's own assumption.
    const file = join(dir, 'imputed-off.json');
    const preset = JSON.parse(readFileSync(join(ROOT, 'scenarios/us-outbound-2025.json'), 'utf8'));
    writeFileSync(
      file,
      JSON.stringify({ ...preset, assumptions: { ...preset.assumptions, countImputedCompute: false } }),
    );
    expect(outcome(['--scenario', file, '--dataset', dataset, '--detail'])).toEqual([false, null]);
  });

  it('reads a version 1 scenario file as the app does: migrated, imputed estimates counted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-'));
    const file = join(dir, 'v1.json');
    const preset = JSON.parse(readFileSync(join(ROOT, 'scenarios/us-outbound-2025.json'), 'utf8'));
    const { countImputedCompute: _, ...v1Assumptions } = preset.assumptions;
    writeFileSync(file, JSON.stringify({ ...preset, schemaVersion: 1, assumptions: v1Assumptions }));
    const out = runner(['--scenario', file, '--dataset', FIXTURE]);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).scenario.assumptions.countImputedCompute).toBe(true);
  });

  it('prints the developers above each line with --dataset-stats, and fewer with --no-imputed', () => {
    const stats = (args: string[]) => JSON.parse(runner(['--dataset-stats', ...args]).stdout);
    const on = stats([]).developersAbove;
    expect(Object.keys(on)).toEqual(['1e23', '1e24', '1e25']);
    expect(on['1e25'][0]).toEqual({
      id: 'zhipu-ai',
      firstDay: '2024-01-17',
      model: 'glm-4-0116',
      computeFlop: 1.2e25,
      confidence: 'likely',
      imputed: true,
    });
    const off = stats(['--no-imputed']).developersAbove;
    expect(off['1e25'].map((d: { id: string }) => d.id)).not.toContain('zhipu-ai');
    expect(off['1e25']).toHaveLength(on['1e25'].length - 1);
  });

  it('prints CSV with one row per series and quarter', () => {
    const csv = runner([
      '--scenario',
      'scenarios/us-outbound-2025.json',
      '--dataset',
      FIXTURE,
      '--format',
      'csv',
    ]);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^scenario,dataset,measure,title,quarter,period,companies,companiesCumulative,/);
    expect(lines).toHaveLength(1 + 2 * 64);
  });

  it('exits non-zero and lists every problem of a bad scenario and a bad dataset, one per line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-'));
    const scenario = join(dir, 'bad-scenario.json');
    const dataset = join(dir, 'bad-dataset.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        schemaVersion: 1,
        id: 'bad',
        title: 'Bad',
        description: '',
        dataset: { name: 'x', version: 1 },
        horizon: { from: '2015Q1', to: '2030Q4' },
        assumptions: {
          computeGrowthPerYear: 3,
          dealVolumeTrendPerYear: 1,
          usShareTrendPerYear: 1,
          projection: true,
          seed: 1,
        },
        policies: [
          {
            id: 'x',
            template: 'us-outbound',
            title: 'X',
            jurisdiction: 'US',
            enabled: true,
            effectiveFrom: '2025-13-01',
            params: { prohibitedComputeFlop: 'lots' },
          },
          {
            id: 'y',
            template: 'no-such',
            title: 'Y',
            jurisdiction: 'US',
            enabled: true,
            effectiveFrom: '2025-01-01',
            params: {},
          },
        ],
      }),
    );
    writeFileSync(dataset, '{ not json');
    const out = runner(['--scenario', scenario, '--dataset', dataset]);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toEqual([
      `${scenario}: policies[0].effectiveFrom: expected YYYY-MM-DD, got "2025-13-01"`,
      `${dataset}: not valid JSON: ${out.stderr.split('not valid JSON: ')[1]!.trim()}`,
    ]);
  });

  it('reports parameter and template problems once the shape is valid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-'));
    const scenario = join(dir, 'bad.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        schemaVersion: 1,
        id: 'bad',
        title: 'Bad',
        description: '',
        dataset: { name: 'x', version: 1 },
        horizon: { from: '2015Q1', to: '2030Q4' },
        assumptions: {
          computeGrowthPerYear: 3,
          dealVolumeTrendPerYear: 1,
          usShareTrendPerYear: 1,
          projection: true,
          seed: 1,
        },
        policies: [
          {
            id: 'x',
            template: 'us-outbound',
            title: 'X',
            jurisdiction: 'US',
            enabled: true,
            effectiveFrom: '2025-01-02',
            params: { prohibitedComputeFlop: 'lots' },
          },
          {
            id: 'y',
            template: 'no-such',
            title: 'Y',
            jurisdiction: 'US',
            enabled: true,
            effectiveFrom: '2025-01-01',
            params: {},
          },
        ],
      }),
    );
    const out = runner(['--scenario', scenario, '--dataset', FIXTURE]);
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([
      `${scenario}: policies[0].params.prohibitedComputeFlop: expected number, got "lots"`,
      `${scenario}: policies[1].template: unknown measure "no-such"; known: ${TEMPLATES.map((t) => t.id).join(', ')}`,
    ]);
  });

  it('prints usage and exits 2 without a scenario', () => {
    const out = runner([]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/^Usage: npm run -s simulate/);
  });

  it('explains one company: its standing under each measure on the as-of date and the tests behind it', () => {
    const out = runner([
      '--scenario',
      'scenarios/april-2026-escalation.json',
      '--dataset',
      FIXTURE,
      '--company',
      'zhipu',
    ]);
    expect(out.status).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.company).toMatchObject({ id: 'zhipu', provenance: { kind: 'sourced' } });
    expect(report.asOf).toBe('2026-08-19');
    const byId = Object.fromEntries(
      report.measures.map((m: { policyId: string }) => [m.policyId, m]),
    ) as Record<string, { template: string; status: string; findings: Record<string, unknown>[] }>;
    expect(Object.keys(byId)).toEqual(['us-outbound', 'export-controls', 'distillation', 'cn-approval']);
    expect(byId['us-outbound']!.template).toBe('us-outbound');
    // Entity-Listed since Jan 2025: a US chip sale is denied.
    expect(byId['export-controls']!.status).toBe('denied');
    expect(['prohibited', 'notifiable']).toContain(byId['us-outbound']!.status);
    for (const m of Object.values(byId))
      for (const f of m.findings)
        expect(Object.keys(f)).toEqual(['clause', 'test', 'met', 'value', 'threshold', 'source']);
    const listing = byId['export-controls']!.findings.find((f) => f.clause === 'EAR Part 744 (Entity List)')!;
    expect(listing).toMatchObject({ met: true, value: 'listed from 2025-01-15' });
  });

  it('says a company is out of scope where no new deal would be caught, and refuses an unknown id', () => {
    const sg = runner([
      '--scenario',
      'scenarios/us-outbound-2025.json',
      '--dataset',
      FIXTURE,
      '--company',
      'sg-minority',
    ]);
    expect(JSON.parse(sg.stdout).measures[0].status).toBe('out-of-scope');
    const bad = runner([
      '--scenario',
      'scenarios/us-outbound-2025.json',
      '--dataset',
      FIXTURE,
      '--company',
      'nope',
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('--company: no company with id "nope" in the dataset "Small test fixture"\n');
  });
});
