/**
 * Teaching routes: read from the query or the fragment, moved from the fragment to the query (so the scenario link
 * keeps the fragment), written back without disturbing other keys; embed code is plain, escaped text.
 */
import { describe, expect, it } from 'vitest';
import {
  embedCode,
  embedUrl,
  lessonUrl,
  moveTeachingKeys,
  readRoute,
  withQuery,
} from '../../../src/teaching/route';

/** The ids of the charts that can be embedded (the page gives its registry's). */
const CHARTS = ['companies', 'deals'] as const;

describe('reading a teaching route', () => {
  it('reads a lesson and its step from the query or the fragment', () => {
    expect(readRoute('?lesson=chip-rule-workaround&step=3').lesson).toEqual({
      id: 'chip-rule-workaround',
      step: 3,
    });
    expect(readRoute('', '#lesson=chip-rule-workaround&step=2').lesson).toEqual({
      id: 'chip-rule-workaround',
      step: 2,
    });
    expect(readRoute('?lesson=x').lesson).toEqual({ id: 'x', step: 1 });
  });
  it('repairs a bad step and refuses a bad lesson id', () => {
    expect(readRoute('?lesson=x&step=0').lesson?.step).toBe(1);
    expect(readRoute('?lesson=x&step=two').lesson?.step).toBe(1);
    expect(readRoute('?lesson=x&step=2.5').lesson?.step).toBe(1);
    expect(readRoute('?lesson=<script>').lesson).toBeNull();
  });
  it('reads flags, with or without a value', () => {
    expect(readRoute('', '#present').present).toBe(true);
    expect(readRoute('?present=').present).toBe(true);
    expect(readRoute('?present=0').present).toBe(false);
    expect(readRoute('?brief').brief).toBe(true);
    expect(readRoute('', '#v=1&p=x').present).toBe(false);
  });
  it('knows only real charts for embedding', () => {
    expect(readRoute('?embed=companies', '', CHARTS).embed).toBe('companies');
    expect(readRoute('?embed=everything', '', CHARTS).embed).toBeNull();
  });
  it('says in words what it could not read, and nothing when all is well', () => {
    expect(readRoute('?lesson=chip-rule-workaround&step=2&embed=deals&present', '', CHARTS).problems).toEqual(
      [],
    );
    expect(readRoute('?lesson=%3Cscript%3Ealert(1)%3C/script%3E').problems).toEqual([
      "'lesson=<script>alert(1)</script>' in the address is not a lesson name. Choose a lesson from the Teach menu.",
    ]);
    expect(readRoute('?lesson=x&step=999').problems).toEqual([
      "'step=999' in the address is not a step number, so the lesson starts at step 1.",
    ]);
    expect(readRoute('?embed=../../etc/passwd', '', CHARTS).problems).toEqual([
      "'embed=../../etc/passwd' in the address names no chart (the charts are companies, deals), so the whole app is shown.",
    ]);
    expect(readRoute(`?embed=${'x'.repeat(500)}`).problems[0]).toContain(`${'x'.repeat(40)}…'`);
  });
});

describe('moving teaching keys out of the fragment', () => {
  it('moves them to the query and keeps the scenario link in the fragment', () => {
    expect(moveTeachingKeys({ pathname: '/', search: '', hash: '#present' })).toBe('/?present');
    expect(moveTeachingKeys({ pathname: '/app/', search: '', hash: '#lesson=a-b&step=2' })).toBe(
      '/app/?lesson=a-b&step=2',
    );
    expect(moveTeachingKeys({ pathname: '/', search: '?x=1', hash: '#v=1&p=april&present' })).toBe(
      '/?x=1&present#v=1&p=april',
    );
  });
  it('leaves an address without teaching keys alone, and the query wins over the fragment', () => {
    expect(moveTeachingKeys({ pathname: '/', search: '', hash: '#v=1&p=april' })).toBeNull();
    expect(moveTeachingKeys({ pathname: '/', search: '?step=4', hash: '#step=2' })).toBe('/?step=4');
  });
});

describe('writing the query', () => {
  it('sets, switches on and removes keys, keeping the others', () => {
    expect(withQuery('', { present: true })).toBe('?present');
    expect(withQuery('?present&x=1', { present: null, lesson: 'a', step: '2' })).toBe('?x=1&lesson=a&step=2');
    expect(withQuery('?present', { present: null })).toBe('');
  });
  it('builds lesson and embed addresses', () => {
    expect(lessonUrl('https://h/app/', 'chip-rule-workaround', 2)).toBe(
      'https://h/app/?lesson=chip-rule-workaround&step=2',
    );
    expect(embedUrl('https://h/', 'deals', 'v=1&p=x')).toBe('https://h/?embed=deals#v=1&p=x');
  });
  it('writes embed code as escaped text', () => {
    const code = embedCode('https://h/?embed=deals#v=1&p=x', 'Deals "captured" <b>');
    expect(code).toBe(
      '<iframe src="https://h/?embed=deals#v=1&amp;p=x" title="Deals &quot;captured&quot; &lt;b>" width="800" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
