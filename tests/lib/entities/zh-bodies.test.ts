// Chinese organisations and places of issue 11 §3, wave 4 (lib/entities/patterns-zh-bodies.ts and
// the landform rules of patterns-zh-places.ts): each rule with its near miss.
import { describe, expect, it } from 'vitest';
import { analyseTexts } from '../../../lib/entities/extract';

const typed = (text: string): string[] => analyseTexts([text], 'zh').entities.map((e) => `${e.text}/${e.type}`);

describe('Chinese bodies by their head noun', () => {
  it('reads a centre from its place or the state word, not a reference, a role or a venue', () => {
    const out = typed('据香港卫生防护中心传染病处主任说，英国国家网络安全中心(NCSC)已评估。中央流行疫情指挥中心指挥官今天说。');
    expect(out).toEqual(expect.arrayContaining(['香港卫生防护中心/ORG', '英国国家网络安全中心/ORG', '中央流行疫情指挥中心/ORG']));
    const none = typed('据指挥中心透露，香港是国际金融中心，深水埗壁球中心关闭，台北国际会议中心开幕。');
    expect(none.filter((e) => e.endsWith('中心/ORG'))).toEqual([]);
  });

  it("reads a listed body's standing or named committee, not a count, an office or a person before another body", () => {
    const out = typed('全国人大常委会今天通过，全国人大宪法和法律委员会主任委员说明。');
    expect(out).toEqual(expect.arrayContaining(['全国人大常委会/ORG', '全国人大宪法和法律委员会/ORG']));
    const none = typed('立法会一个委员会开会，欧洲理事会主席米歇尔和欧盟委员会主席出席。');
    expect(none.filter((e) => /一个委员会|米歇尔和/.test(e))).toEqual([]);
  });

  it('reads an assembly named for what it is at a word boundary, and a country\'s league', () => {
    expect(typed('瓜伊多（Juan Guaido）国民议会议长的职务。')).toContain('国民议会/ORG');
    expect(typed('葡萄牙足球超级联赛波图今天夺冠。')).toContain('葡萄牙足球超级联赛/ORG');
    expect(typed('该国实行议会制。').filter((e) => e.includes('议会'))).toEqual([]);
  });

  it('reads an agency\'s short name between word edges, and 院 only beside another body; 部署 and 签署 are verbs', () => {
    expect(typed('已要求食药署、国卫院都进驻厂商。')).toEqual(expect.arrayContaining(['食药署/ORG', '国卫院/ORG']));
    const none = typed('河野说明了日本放弃部署导弹拦截系统，双方签署协议，他已住院、出院。');
    expect(none.filter((e) => /署|院/.test(e))).toEqual([]);
  });

  it('reads journals and reference works in quotes, and a company named in quotes only with its Latin form', () => {
    const out = typed('这项研究发表在「新英格兰医学期刊」（New England Journal of Medicine），据《百度百科》资料，医学期刊「儿童疾病档案」报告，当地旅游公司「布鲁克斯水上飞机」（Brooks Seaplanes）说。');
    expect(out).toEqual(expect.arrayContaining(['新英格兰医学期刊/ORG', '百度百科/ORG', '儿童疾病档案/ORG', '布鲁克斯水上飞机/ORG']));
    expect(out).not.toEqual(expect.arrayContaining(['英格兰/LOC', '百度/ORG', '地旅游公司/ORG']));
    expect(typed('他说，世卫组织「完全误解」瑞典的数据。')).not.toContain('完全误解/ORG');
  });

  it('cuts a name after a descriptor or punctuation its rule swallowed', () => {
    expect(typed('分析人士对中国官方媒体环球时报说。')).toContain('环球时报/ORG');
    expect(typed('飞机在热门夏季旅游景点科达伦湖（Lake Coeur d\'Alene）坠毁。')).toContain('科达伦湖/LOC');
    expect(typed('有人更改喊“光顾香港，时代广场”。')).not.toContain('光顾香港，时代广场/LOC');
  });
});

describe('Chinese places by landform and county', () => {
  it('reads a landform after a listed place and a mountain between word edges, not common words in 山', () => {
    const out = typed('从喜马拉雅山脉到越南水域，警方在北岳山一带寻获遗体，要保江山，他去登山，火山爆发。');
    expect(out).toEqual(expect.arrayContaining(['喜马拉雅山脉/LOC', '北岳山/LOC']));
    expect(out.filter((e) => /江山|登山|火山/.test(e))).toEqual([]);
  });

  it('reads a county after a glued verb, a county or a valley with its Latin form as a place, never a person', () => {
    expect(typed('包括宁洱县、墨江县等地。')).toContain('宁洱县/LOC');
    const out = typed('库特内郡（Kootenai County）警方说，位于拉达克的加尔万河谷（Galwan Valley）发生冲突，渡假胜地比亚里兹（Biarritz）。');
    expect(out).toEqual(expect.arrayContaining(['库特内郡/LOC', '加尔万河谷/LOC', '比亚里兹/LOC']));
    expect(out.filter((e) => e.endsWith('/PER'))).toEqual([]);
  });
});

describe('Chinese organisation boundaries', () => {
  it('keeps 对外 inside a name and opens no name at a count\'s measure word', () => {
    const out = typed('由中国人民对外友好协会发起，由全球39家跨国公司组成。');
    expect(out).toContain('中国人民对外友好协会/ORG');
    expect(out).not.toEqual(expect.arrayContaining(['家跨国公司/ORG']));
    expect(out).not.toEqual(expect.arrayContaining(['外友好协会/ORG']));
  });
});
