// The gazetteer engine: longest match left to right, word bounds for Latin forms, first definition wins.
import { describe, expect, it } from 'vitest';
import { Dictionary, type DictEntry } from '../../../lib/entities/matcher';

const entry = (canonical: string, wordBounded = false): DictEntry => ({ type: 'LOC', canonical, wordBounded, rule: 'test', priority: 2 });
const found = (d: Dictionary, text: string): string[] => d.scan(text).map((s) => `${text.slice(s.start, s.end)}@${s.start}=${s.canonical}`);

describe('Dictionary', () => {
  it('takes the longest form at each position and jumps past it', () => {
    const d = new Dictionary();
    d.add('南非', entry('南非'));
    d.add('非洲', entry('非洲'));
    d.add('南非共和国', entry('南非'));
    expect(found(d, '在南非共和国和非洲')).toEqual(['南非共和国@1=南非', '非洲@7=非洲']);
    expect(found(d, '南非洲')).toEqual(['南非@0=南非']);
  });

  it('falls back to a shorter form when a longer Latin one is not a whole word', () => {
    const d = new Dictionary();
    d.add('Congo', entry('Congo', true));
    d.add('Congo-Brazzaville', entry('Congo-Brazzaville', true));
    expect(found(d, 'Congo-Brazzavilles et Congo')).toEqual(['Congo@0=Congo', 'Congo@22=Congo']);
    expect(found(d, 'le Congo-Brazzaville.')).toEqual(['Congo-Brazzaville@3=Congo-Brazzaville']);
    expect(found(d, 'Congolais')).toEqual([]);
  });

  it('keeps the first definition of a form, and finds forms added after a scan', () => {
    const d = new Dictionary();
    d.add('巴黎', entry('first'));
    d.add('巴黎', entry('second'));
    d.add('', entry('empty'));
    expect(d.size).toBe(1);
    expect(found(d, '巴黎和伦敦')).toEqual(['巴黎@0=first']);
    d.add('伦敦', entry('伦敦'));
    d.add('巴黎和伦敦', entry('both'));
    expect(found(d, '巴黎和伦敦，伦敦')).toEqual(['巴黎和伦敦@0=both', '伦敦@6=伦敦']);
    expect(d.get('伦敦')?.canonical).toBe('伦敦');
  });

  it('folds case when asked', () => {
    const d = new Dictionary(true);
    d.add('NATO', entry('NATO', true));
    expect(found(d, 'Nato and nato')).toEqual(['Nato@0=NATO', 'nato@9=NATO']);
    expect(d.get('nato')?.canonical).toBe('NATO');
  });
});
