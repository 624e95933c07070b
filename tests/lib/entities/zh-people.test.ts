// Chinese people rules of issue 11 §3, wave 4: names after a title with no surname or
// transliteration to show them, Japanese names, names before bracketed years or ages, a second
// name coordinated with a title's name, role nouns, the short form of a Hong Kong married name.
// Each case has its near miss.
import { describe, expect, it } from 'vitest';
import { analyseTexts } from '../../../lib/entities/extract';

const typed = (text: string): string[] => analyseTexts([text], 'zh').entities.map((e) => `${e.text}/${e.type}`);
const people = (text: string): string[] => typed(text).filter((e) => e.endsWith('/PER'));

describe('names after a title', () => {
  it('reads a three-character name of any surname before a verb of office or a time word', () => {
    expect(people('水利部部长鄂竟平周日带领工作组赴一线。')).toContain('鄂竟平/PER');
    expect(people('人大委员长栗战书决定将草案提交表决。')).toContain('栗战书/PER');
    // A verb after an adverb is no name (担心地表示), nor an institution (总统博物馆发表).
    expect(people('行政长官担心地表示，情况严峻。前总统博物馆发表声明。')).toEqual([]);
  });

  it('cuts a two-character name before a verb of office (朱浩代理), and never reads a title as a name', () => {
    expect(people('一直由副主任朱浩代理。')).toEqual(['朱浩/PER']);
    expect(people('委员会由行政长官任主席。')).toEqual([]);
  });

  it('reads a second Chinese name coordinated with a title\'s name', () => {
    expect(people('另2名组长周家瑞、李晋梅也因签证到期返台。')).toEqual(expect.arrayContaining(['周家瑞/PER', '李晋梅/PER']));
    expect(people('组长周家瑞和同事返台。')).toEqual(['周家瑞/PER']);
  });

  it('reads titles of Japanese, Hong Kong and EU usage, and long transliterations', () => {
    expect(people('英国外相拉布周一宣布制裁。')).toContain('拉布/PER');
    expect(people('欧盟委员会副主席杜姆布罗夫斯基斯表示，前景黯淡。')).toContain('杜姆布罗夫斯基斯/PER');
    expect(people('卢浮宫馆长马蒂内近期向媒体表示，人数减少。')).toContain('马蒂内/PER');
  });

  it('reads a name after a role noun only when it ends cleanly and not like an institution', () => {
    expect(people('众志成员周庭则表示：“即使活在恐惧中”。')).toContain('周庭/PER');
    expect(people('学生包围静坐者。伊朗学生通讯社（ISNA）报导。')).toEqual([]);
  });
});

describe('Japanese names with no transliteration', () => {
  it('reads a common family name and a given name after a title or in a text about Japan', () => {
    expect(people('日本外务大臣茂木敏充10日与来访的美方官员会谈。')).toContain('茂木敏充/PER');
    expect(people('比根还与国家安全保障局长北村滋等举行了会谈。')).toContain('北村滋/PER');
    expect(people('日本政府发言人表示，西村康稔说疫情仍严峻。')).toContain('西村康稔/PER');
  });

  it('leaves a family name alone where nothing says Japan, and a faction is no given name', () => {
    expect(people('他在中山路开了一家店，小林里有鸟。')).toEqual([]);
    expect(people('日本自民党二阶派议员开会。')).not.toContain('二阶派/PER');
  });
});

describe('names before bracketed years or ages', () => {
  it('reads a name before its term of office or its age, starting a word', () => {
    const out = people('首两任主任分别是梁志仁（2011年12月－2015年8月）和郑伟源（2015年8月-2018年7月）。男子陈大文（45岁）被捕。');
    expect(out).toEqual(expect.arrayContaining(['梁志仁/PER', '郑伟源/PER', '陈大文/PER']));
  });

  it('leaves days, places and anonymised names alone', () => {
    expect(people('会议于周三（2020年7月1日）举行。香港（2019年）很乱。陈姓（45岁）男子被捕。')).toEqual([]);
  });
});

describe('short forms and near misses', () => {
  it('reads 林郑 as the Hong Kong married name 林郑月娥 is shortened', () => {
    expect(typed('看着林郑做着的蠢事。')).toContain('林郑/PER');
  });

  it('reads a Korean name by its surname 朴 after a title', () => {
    expect(people('首尔市长朴元淳9日下午失联。')).toContain('朴元淳/PER');
  });

  it('reads no person in 卢浮宫 or in a county before its Latin name', () => {
    expect(people('卢浮宫重开。卢浮宫的参观人数减少，卢浮宫已经损失4千万欧元。')).toEqual([]);
    expect(people('库特内郡（Kootenai County）警方说。')).toEqual([]);
  });

  it('keeps a kinship word out of a transliterated name before its Latin form', () => {
    expect(people('她与演员前夫莱恩多尔希（Ryan Dorsey）育有一子。')).toContain('莱恩多尔希/PER');
  });
});

describe('speakers and titles that are places', () => {
  it('reads a transliterated speaker opening a clause before a verb of saying, not a listed place', () => {
    expect(people('工厂关闭了。巴德马说，她的工厂是公司唯一的。')).toContain('巴德马/PER');
    expect(people('声明发表后，意大利表示欢迎。')).toEqual([]);
  });

  it('reads no title where its end opens a listed place (省长|长江), unless a Latin name follows', () => {
    expect(people('当前，安徽省长江干流全线超警戒水位。')).toEqual([]);
    expect(people('BioNTech执行长沙辛（Ugur Sahin）表示欢迎。')).toContain('沙辛/PER');
  });
});

describe('words glued to a name on either side', () => {
  it('keeps role nouns before and titles after a name out of it (国脚坎特, 邦特教授（Harsh Pant）)', () => {
    expect(people('法国国脚坎特（N\'Golo Kante）受伤。')).toContain('坎特/PER');
    expect(people('研究专家邦特教授（Harsh Pant）认为。')).toContain('邦特/PER');
    expect(people('肯亚律师会的哈维（Nelson Havi）说。')).not.toContain('会的哈维/PER');
  });

  it('cuts a verb or a form of address glued after a transliterated name', () => {
    expect(people('现任巴黎市长伊达尔戈连选成功。')).toContain('伊达尔戈/PER');
    expect(people('里尔市候选人奥布里夫人最终胜出。')).toContain('奥布里/PER');
  });

  it('reads no person in a park, a valley or an airline before its Latin form', () => {
    expect(people('安德森公园（Cal Anderson Park）和加尔万河谷（Galwan Valley）。法国霍普航空（Air France Hop）。')).toEqual([]);
  });
});

describe('Vietnamese names', () => {
  it('reads surname + 氏 + a two-character given name after a title, not 习氏政权', () => {
    expect(people('越南外交部发言人黎氏秋姮给予官方回应。')).toContain('黎氏秋姮/PER');
    expect(people('评论员称习氏政权为中共。')).toEqual([]);
  });
});

describe('names known by a relation', () => {
  it('reads a transliterated name before 的盟友, 的妻子 …, whole, and not a listed place', () => {
    expect(people('生态党作为伊达尔戈的盟友获胜。')).toContain('伊达尔戈/PER');
    expect(people('皮埃尔-玛丽的妻子被判刑。')).not.toContain('玛丽/PER');
    expect(people('日本作为美国的盟友。')).toEqual([]);
  });
});
