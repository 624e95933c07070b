// Chinese rules of issue 11 §3, wave 3: places by suffix and context, named facilities, Japanese
// names after a title, armed services and city governments. Each case has its near miss.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/types';
import { analyseTexts } from '../../../lib/entities/extract';

const ents = (text: string): Entity[] => analyseTexts([text], 'zh').entities;
const typed = (text: string): string[] => ents(text).map((e) => `${e.text}/${e.type}`);

describe('Chinese places by suffix and context', () => {
  it('reads cities ending in 州, districts and towns after their city, and 全X县 at a clean edge', () => {
    const out = typed('安徽省滁州市全椒县对河堤实施爆破，雨下得最大的地方是六安市裕安区，泄洪点位于全椒县武岗镇。');
    expect(out).toEqual(expect.arrayContaining(['滁州市/LOC', '全椒县/LOC', '六安市/LOC', '裕安区/LOC', '武岗镇/LOC']));
  });

  it('reads a two-character X城市 only at a hard left edge, and never a count of units', () => {
    expect(typed('黄山市全境，晋城市全境')).toEqual(expect.arrayContaining(['黄山市/LOC', '晋城市/LOC']));
    expect(typed('他住在大城市里，北极圈城市很冷，这个城市很美，全市停课。').filter((e) => e.includes('市'))).toEqual([]);
    expect(typed('绿党已在里昂和马赛三市稳操胜券。')).not.toContain('马赛三市/LOC');
  });

  it('reads rivers and lakes from a water word after them or an enumeration, not bare words', () => {
    const out = typed('水阳江、滁河、巢湖西河、菜子湖等主要支流超保证水位，修河河水仍以每秒2.5公尺流入。');
    expect(out).toEqual(expect.arrayContaining(['水阳江/LOC', '滁河/LOC', '巢湖西河/LOC', '菜子湖/LOC', '修河/LOC']));
    expect(typed('他们在运河上划船，江湖恩怨多，冰河时代结束。今年长江水位很高。')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(运河|江湖|冰河|今年长江)\//)]),
    );
  });

  it('reads a French region after its city (巴黎大区), not 大区域', () => {
    expect(typed('巴黎大区耗资1百万欧元。')).toContain('巴黎大区/LOC');
    expect(typed('巴黎大区域内下雨。')).not.toContain('巴黎大区/LOC');
  });
});

describe('Chinese named facilities', () => {
  it('reads airports, bases and camps at a clean edge, keeping a city apart from its airport', () => {
    const out = typed('3名工作人员从东京羽田机场入境，乘坐客机到了岩国锦带桥机场；在汉森军营又有感染，发生集体感染的普天间机场，确诊的美军岩国基地人员。');
    expect(out).toEqual(expect.arrayContaining(['东京/LOC', '羽田机场/LOC', '岩国锦带桥机场/LOC', '汉森军营/LOC', '普天间机场/LOC', '美军岩国基地/LOC']));
  });

  it('does not read a verb phrase or a generic word before the facility as a name', () => {
    const out = typed('他们前往机场，停止修建新机场，在环礁上建设基地，抵达边境基地，美军基地内，军事基地，巴格达国际机场。');
    expect(out.filter((e) => /机场|基地/.test(e) && e !== '巴格达国际机场/LOC')).toEqual([]);
  });

  it('reads forces stationed abroad (驻日美军), not 驻有美军', () => {
    expect(typed('驻日美军新冠防疫上存在问题，驻德美军撤出。')).toEqual(expect.arrayContaining(['驻日美军/ORG', '驻德美军/ORG']));
    expect(typed('岛上驻有美军。')).not.toContain('驻有美军/ORG');
  });

  it('reads a Japanese ministry after 日本, not a province', () => {
    expect(typed('冲绳县知事15日在日本防卫省与大臣会谈。')).toContain('日本防卫省/ORG');
    expect(typed('日本四省的道路')).not.toContain('日本四省/ORG');
  });
});

describe('Chinese people and organisations', () => {
  it('reads a Japanese name after a title, not a transliterated name followed by 也', () => {
    expect(typed('日本防卫大臣河野太郎14日表示，东京农工大学教授水谷哲也表示，中心主任菅谷宪夫表示。')).toEqual(
      expect.arrayContaining(['河野太郎/PER', '水谷哲也/PER', '菅谷宪夫/PER']),
    );
    expect(typed('国防部长圭里尼也已经提出')).not.toContain('圭里尼也/PER');
  });

  it('ends a dotted name before a form of address (夫人)', () => {
    expect(typed('前劳工部长玛蒂娜·奥布里夫人在里尔可否险胜？')).toContain('玛蒂娜·奥布里/PER');
  });

  it('reads a country\'s armed services and a city\'s government as organisations', () => {
    expect(typed('还可能导致美国海军采取更多行动，首尔市政府宣布。')).toEqual(expect.arrayContaining(['美国海军/ORG', '首尔市政府/ORG']));
  });

  it('reads no organisation across a measure phrase (一家, 一间)', () => {
    expect(typed('黄大仙区一家公共图书馆下架书籍，皇后区一家法院裁定，另外一间公司宣布。').filter((e) => e.endsWith('/ORG'))).toEqual([]);
  });

  it('reads Hong Kong districts and areas from the list, and not 上水 in 浮上水面', () => {
    expect(typed('确诊者曾到上环的食肆和西九龙的红十字会。')).toEqual(expect.arrayContaining(['上环/LOC', '西九龙/LOC']));
    expect(typed('丑闻便浮上水面。')).toEqual([]);
  });

  it('keeps a date with a stray space whole', () => {
    expect(typed('6月 28日受新冠病毒疫情的影响')).toEqual(['6月 28日/DATE']);
  });
});
