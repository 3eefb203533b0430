/** A chart's CSV header in the reader's language; the table's raw values unchanged. */
import { describe, expect, it } from 'vitest';
import { asciiWords } from '../../../src/i18n/allowed-latin';
import { zhCN } from '../../../src/i18n/messages/zh-CN';
import { chartCsv, exportWords, provenanceLines } from '../../../src/ui/export/csv-export';

const context = {
  chartTitle: '各时期被捕获的企业',
  scenarioTitle: '情景',
  link: 'https://example.org/#v=1',
  datasetName: '内置数据集',
  asOf: '2026-08-19',
  headlines: ['全部措施合计——2026Q3 在范围内的企业：62'],
};

describe('chart CSV in Chinese', () => {
  it('writes the header in Chinese, the sources and licence kept, and the values as numbers', () => {
    const t = exportWords('zh-CN', zhCN);
    const lines = provenanceLines(context, t);
    expect(lines[0]).toBe('Yardstick 导出：各时期被捕获的企业');
    expect(lines).toContain('主要数字：全部措施合计——2026Q3 在范围内的企业：62');
    expect(lines.join('\n')).toContain('https://epoch.ai/data/ai-models');
    expect(asciiWords(lines.filter((l) => !l.includes('http')).join('\n'))).toEqual([]);
    const csv = chartCsv(
      {
        caption: '累计被捕获的企业',
        columns: [
          { key: 'q', label: '季度' },
          { key: 'n', label: '企业' },
        ],
        rows: [{ q: '2025Q1', n: 1234 }],
      },
      context,
      t,
    );
    expect(csv).toContain('# 表：累计被捕获的企业\n季度,企业\n2025Q1,1234\n');
    // English stays the source: the same lines as before by default.
    expect(provenanceLines(context)[0]).toBe('Yardstick export: 各时期被捕获的企业');
  });
});
