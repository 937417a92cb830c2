// Sentence splitting: the built-in segmenter plus abbreviation re-joining, glued full stops and
// sentences that open with a digit.
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/extract/stages/segment.js';

const split = (t: string) => segment(t).map((s) => s.text);

describe('segment', () => {
  it.each([
    ['Gen. Ali said 3 were killed. Police confirmed it.', ['Gen. Ali said 3 were killed.', 'Police confirmed it.']],
    ['A man was shot in Oklahoma City.Police said he survived.', ['A man was shot in Oklahoma City.', 'Police said he survived.']],
    ['The U.S. Army said on Jan. 5 that two soldiers died.', ['The U.S. Army said on Jan. 5 that two soldiers died.']],
    ['Headline without a stop\nThe first sentence. The second.', ['Headline without a stop', 'The first sentence.', 'The second.']],
    ['John F. Kennedy was shot in 1963.', ['John F. Kennedy was shot in 1963.']],
    ['Gunmen fled before police arrived. 8 people were killed. 48 were hurt.', ['Gunmen fled before police arrived.', '8 people were killed.', '48 were hurt.']],
    ['The bus was hit on Route No. 8 near the bridge.', ['The bus was hit on Route No. 8 near the bridge.']],
    ['Figures were revised on Jan. 12 by the ministry.', ['Figures were revised on Jan. 12 by the ministry.']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
    for (const s of segment(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('segment: run-on sentences', () => {
  it('cuts a sentence of thousands of characters at clause breaks, keeping offsets and every word', () => {
    const text = `Officials listed the victims, ${Array.from({ length: 300 }, (_, i) => `a resident of block ${i}`).join(', ')}, and said 4 people were killed.`;
    const pieces = segment(text);
    expect(pieces.length).toBeGreaterThan(5);
    for (const s of pieces) {
      expect(s.text.length).toBeLessThanOrEqual(1000);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(pieces.map((s) => s.text).join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(pieces.at(-1)!.text.endsWith('4 people were killed.')).toBe(true);
  });
});

describe('segment: long lines', () => {
  it('splits a line of thousands of sentences (fed to ICU in pieces) as it splits each sentence alone', () => {
    const one = (i: number) => `Gen. Ali said ${i} people were killed in Tarsa. Police confirmed it.`;
    const text = Array.from({ length: 400 }, (_, i) => one(i)).join(' ');
    const got = segment(text);
    expect(got.map((s) => s.text)).toEqual(Array.from({ length: 400 }, (_, i) => [`Gen. Ali said ${i} people were killed in Tarsa.`, 'Police confirmed it.']).flat());
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
