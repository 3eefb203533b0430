/**
 * The chart a lesson step names: the player offers to go to it. Every shipped step that names a chart is found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedChart } from '../../../src/ui/teaching/lesson-chart';

describe('namedChart', () => {
  it('finds the first chart the words name', () => {
    expect(namedChart('Find it on the chips chart.')).toEqual({ id: 'chips', name: 'chips chart' });
    expect(namedChart('The deals chart shows the chips; the overlap chart too.')?.id).toBe('deals');
    expect(namedChart('Drag the line on the Models chart')?.id).toBe('models');
  });

  it('finds a chart named in Chinese, and the first named in either language', () => {
    expect(namedChart('请看芯片图表：每款芯片按其总处理性能放置。')).toEqual({
      id: 'chips',
      name: 'chips chart',
    });
    expect(namedChart('模型图表上的线；the deals chart')?.id).toBe('models');
    expect(namedChart('the deals chart 与模型图表')?.id).toBe('deals');
  });

  it('finds none where no chart is named', () => {
    expect(namedChart('Chips seen in use are evidence, not purchases.')).toBeNull();
    expect(namedChart('a flowchart')).toBeNull();
  });

  it('finds a chart in the shipped steps that mention one', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'lessons');
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) =>
        (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { steps: { text: string[] }[] }).steps.map((s) =>
          s.text.join(' '),
        ),
      );
    const naming = texts.filter((t) => / (companies|deals|models|overlap|chips) chart/i.test(t));
    expect(naming.length).toBeGreaterThan(5);
    for (const t of naming) expect(namedChart(t)).not.toBeNull();
  });
});
