import { describe, expect, it } from 'vitest';
import { lessonById, lessonsIn } from '../../src/lessons/registry';
import { stepScenario } from '../../src/lessons/runner';
import { isStepScenario } from '../../src/lessons/scenario';

describe('isStepScenario', () => {
  it('holds for a step’s scenario in either language, and fails once a setting changes', async () => {
    const id = 'small-yard-large-yard';
    const zh = (await lessonsIn('zh-CN')).find((l) => l.id === id)!;
    const english = stepScenario(lessonById(id)!, 1);
    const chinese = stepScenario(zh, 1);
    if (!english.ok || !chinese.ok) throw new Error('step scenario');
    // The words differ (the scenario's and the added measure's titles) …
    expect(chinese.value.title).not.toBe(english.value.title);
    expect(chinese.value.policies.map((p) => p.title)).not.toEqual(
      english.value.policies.map((p) => p.title),
    );
    // … the scenario does not.
    expect(isStepScenario(english.value, chinese.value)).toBe(true);
    expect(isStepScenario(chinese.value, english.value)).toBe(true);
    const switchedOff = {
      ...chinese.value,
      policies: chinese.value.policies.map((p, i) => (i === 0 ? { ...p, enabled: !p.enabled } : p)),
    };
    expect(isStepScenario(english.value, switchedOff)).toBe(false);
    const moved = { ...chinese.value, horizon: { ...chinese.value.horizon, to: '2029Q4' as const } };
    expect(isStepScenario(english.value, moved)).toBe(false);
  });
});
