import { describe, expect, it } from 'vitest';
import { comparisonKey, isNoiseKey } from '../../../lib/diff/normalize';
import { bigramProfile, diceOfProfiles, PAIR_THRESHOLD, similarity } from '../../../lib/diff/similarity';

describe('comparisonKey', () => {
  it('removes every kind of white space, NBSP, ideographic space and zero-width space included', () => {
    expect(comparisonKey('美国\u00a0总统 拜登\u3000今天\u200b表示\n')).toBe('美国总统拜登今天表示');
    expect(comparisonKey('Le  président\u202fa dit')).toBe('Leprésidentadit');
  });

  it('folds full-width letters, digits and punctuation (NFKC)', () => {
    expect(comparisonKey('２０１３年，Ｇｕｒｐｒｅｅｔ（印度）？')).toBe(comparisonKey('2013年,Gurpreet(印度)?'));
    expect(comparisonKey('2０0９年')).toBe('2009年');
  });

  it('unifies quote styles, interpuncts and dashes', () => {
    const forms = ['他说“不”', '他说「不」', '他说『不』', '他说"不"', "他说'不'", '他说«不»', '他说‘不’'];
    expect(new Set(forms.map(comparisonKey)).size).toBe(1);
    expect(new Set(['罗伯特·卡普兰', '罗伯特‧卡普兰', '罗伯特•卡普兰', '罗伯特・卡普兰'].map(comparisonKey)).size).toBe(1);
    expect(new Set(['印度—太平洋', '印度–太平洋', '印度-太平洋', '印度——太平洋', '印度－太平洋'].map(comparisonKey)).size).toBe(1);
  });

  it('keeps digits, so a changed figure is a different key', () => {
    expect(comparisonKey('2500万吨毒镉稻米')).not.toBe(comparisonKey('2500吨毒镉稻米'));
    expect(comparisonKey('至少6人死亡')).not.toBe(comparisonKey('至少７人死亡'));
    expect(comparisonKey('5,2 %')).not.toBe(comparisonKey('6,2 %'));
  });

  it('keeps letters, case and CJK characters as they are', () => {
    expect(comparisonKey('炮战')).not.toBe(comparisonKey('砲战'));
    expect(comparisonKey('Covid')).not.toBe(comparisonKey('COVID'));
    expect(comparisonKey('é')).toBe(comparisonKey('e\u0301'));
  });
});

describe('isNoiseKey', () => {
  it('flags empty paragraphs and bare ad labels, not text', () => {
    expect(isNoiseKey(comparisonKey('\u00a0'))).toBe(true);
    expect(isNoiseKey(comparisonKey('广告'))).toBe(true);
    expect(isNoiseKey(comparisonKey('继续浏览后续'))).toBe(true);
    expect(isNoiseKey(comparisonKey('广告业从业人员表示'))).toBe(false);
  });
});

describe('similarity', () => {
  const zh = '美国国务院发言人今天表示，中国外交部已知会美方，他们计划进一步限制国际媒体在华的采访活动。';
  const zhEdited = '美国国务院发言人周三表示，中国外交部已经知会美方，他们计划进一步限制外国媒体在华的采访活动。';
  const zhOther = '欧洲议会以压倒多数通过决议，敦促欧盟领导人动用新的制裁措施，惩罚在新疆迫害人权的官员。';
  const fr = "Le président de la République a annoncé mardi soir une série de mesures destinées à soutenir le pouvoir d'achat des ménages.";
  const frEdited = "Le président de la République a annoncé mardi une série de mesures destinées à soutenir le pouvoir d'achat des ménages modestes.";
  const frOther = "L'opposition a aussitôt dénoncé des annonces « insuffisantes » et réclamé un débat au Parlement avant la fin de l'année.";
  const sim = (a: string, b: string) => similarity(comparisonKey(a), comparisonKey(b));

  it('is 1 for equal keys and symmetric', () => {
    expect(sim(zh, zh)).toBe(1);
    expect(sim(zh, zhEdited)).toBeCloseTo(sim(zhEdited, zh), 12);
  });

  it('puts edited paragraphs above the threshold and unrelated ones below, in Chinese and French', () => {
    expect(sim(zh, zhEdited)).toBeGreaterThan(PAIR_THRESHOLD);
    expect(sim(zh, zhOther)).toBeLessThan(PAIR_THRESHOLD);
    expect(sim(fr, frEdited)).toBeGreaterThan(PAIR_THRESHOLD);
    expect(sim(fr, frOther)).toBeLessThan(PAIR_THRESHOLD);
  });

  it('handles texts too short for a gram', () => {
    expect(diceOfProfiles(bigramProfile('f'), bigramProfile('f'))).toBe(1);
    expect(diceOfProfiles(bigramProfile('f'), bigramProfile('g'))).toBe(0);
    expect(diceOfProfiles(bigramProfile(''), bigramProfile(''))).toBe(1);
  });
});
