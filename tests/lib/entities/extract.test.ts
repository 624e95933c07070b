import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../../lib/types';
import { analyseEntities, analyseTexts, extractEntities, findMentions } from '../../../lib/entities/extract';
import { detectLanguage, ruleLanguage } from '../../../lib/entities/language';
import { formatScore, scoreEntities, type GoldEntity } from './score';
import { testArticle } from '../../support/article';

const article = (paragraphs: string[], language: string | null = 'zh-Hans', title = ''): Article =>
  testArticle(paragraphs, { title, language, edition: null });
const find = (es: Entity[], text: string): Entity | undefined => es.find((e) => e.text === text || e.aliases.includes(text));
const gold = (canonical: string, types: string[], aliases: string[] = [], required = true): GoldEntity => ({ canonical, types, aliases, required });

describe('extractEntities (Chinese)', () => {
  it('reads a dotted name with its Latin alias and merges its later forms', () => {
    const es = extractEntities(article(['俄罗斯释放前美国海军陆战队员保罗‧惠兰（Paul Whelan）。', '惠兰仍在狱中，保罗·惠兰的家人呼吁。']));
    const p = find(es, '保罗‧惠兰');
    expect(p?.type).toBe('PER');
    expect(p?.aliases).toEqual(expect.arrayContaining(['Paul Whelan', '惠兰', '保罗·惠兰']));
    expect(p?.count).toBe(3);
  });

  it('reads office + name and propagates the name to bare mentions', () => {
    const es = extractEntities(article(['美国国务卿布林肯与俄罗斯外长拉夫罗夫会晤。', '布林肯说，拉夫罗夫和布林肯没有谈判。']));
    expect(find(es, '布林肯')).toMatchObject({ type: 'PER', count: 3 });
    expect(find(es, '拉夫罗夫')).toMatchObject({ type: 'PER', count: 2 });
    expect(find(es, '美国')?.type).toBe('LOC');
    expect(es[0]?.text).toBe('布林肯');
  });

  it('reads Chinese names after a title and the whole run before a Latin alias', () => {
    const es = extractEntities(article(['中国外交部长秦刚也出席了会议，印度外长苏杰生（EAM S Jaishankar）宣布。']));
    expect(find(es, '秦刚')?.type).toBe('PER');
    expect(find(es, '苏杰生')?.aliases).toContain('EAM S Jaishankar');
    expect(find(es, '外交部')).toBeUndefined();
  });

  it('reads groups of nations, acronyms, country + ministry and abbreviations', () => {
    const es = extractEntities(article(['20国外长会：美中不搭话', '七国集团（G7）成员和G20。俄罗斯外交部表示，俄外交部称，美方和中方都在。']));
    // The canonical 20国集团 is not on the page: the longest surface form stands for it.
    expect(find(es, 'G20')).toMatchObject({ type: 'ORG', text: '20国', aliases: ['G20'] });
    expect(find(es, '七国集团')).toMatchObject({ type: 'ORG', count: 1, aliases: ['G7'] });
    expect(find(es, '俄罗斯外交部')).toMatchObject({ type: 'ORG', count: 2, aliases: ['俄外交部'] });
    expect(find(es, '美')?.text).toBe('美');
    expect(find(es, '美')?.type).toBe('LOC');
  });

  it('types absolute dates as DATE and keeps relative dates out of the entities', () => {
    const a = analyseEntities(article(['布林肯上周二（2月28日）说，2022年2月以来，3月1日和02/03/2023，一周前和本周四都有会议。']));
    const dates = a.entities.filter((e) => e.type === 'DATE').map((e) => e.text);
    expect(dates).toEqual(expect.arrayContaining(['2月28日', '2022年2月', '3月1日', '02/03/2023']));
    expect(a.entities.some((e) => ['上周二', '一周前', '本周四'].includes(e.text))).toBe(false);
    expect(a.relativeDates.map((d) => d.surface)).toEqual(['上周二', '一周前', '本周四']);
  });

  it('does not read common words as names or places', () => {
    const es = extractEntities(article(['总统方面表示，完美中也有不足，多边银行和科技公司的格局没有变化。外长会议未能达成共识。']));
    expect(es.filter((e) => e.type !== 'DATE')).toEqual([]);
  });

  it('gives findable forms: every text and alias is a substring of the article', () => {
    const text = ['美国国务卿布林肯与俄罗斯外长拉夫罗夫会晤，保罗‧惠兰（Paul Whelan）。布林肯说：美俄关系紧张。'];
    const es = extractEntities(article(text));
    for (const e of es) for (const f of [e.text, ...e.aliases]) expect(text[0]).toContain(f);
    const b = find(es, '布林肯') as Entity;
    expect(findMentions(text[0] as string, b, 'zh-Hans')).toHaveLength(2);
    const m = findMentions(text[0] as string, find(es, '美国') as Entity, 'zh-Hans');
    expect(m.map((x) => (text[0] as string).slice(x.start, x.end))).toEqual(['美国', '美']);
  });

  it('reads Traditional Chinese through the same lists', () => {
    const es = extractEntities(article(['美國國務卿布林肯抵達華盛頓，與俄羅斯外長拉夫羅夫會晤。'], 'zh-Hant'));
    expect(find(es, '美國')?.type).toBe('LOC');
    expect(find(es, '華盛頓')?.type).toBe('LOC');
    expect(find(es, '布林肯')?.type).toBe('PER');
  });
});

describe('language choice', () => {
  it('uses the article language, else the script', () => {
    expect(ruleLanguage('zh-Hant', '')).toBe('zh');
    expect(ruleLanguage('fr-FR', '')).toBe('fr');
    expect(ruleLanguage(null, '美国国务卿布林肯')).toBe('zh');
    expect(detectLanguage('Le président a dit que les élections sont pour la fin du mois.')).toBe('fr');
    expect(detectLanguage('The president said that the vote was held and the results were clear.')).toBe('en');
  });
});

// Paragraphs written for these tests (not RFI text), with their gold, scored with score.ts.
const FR_TEXT =
  "Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand Olaf Scholz. Les deux dirigeants ont évoqué la guerre en Ukraine et les relations avec la Chine, avant le sommet de l'OTAN prévu le 11 juillet 2023 à Vilnius. Selon l'Agence France-Presse, Macron a également rencontré Mme Ursula von der Leyen, présidente de la Commission européenne, à Bruxelles le 1er mars 2023. La Banque mondiale estime que la reconstruction de l'Ukraine coûtera 411 milliards de dollars.";
const FR_GOLD = [
  gold('Emmanuel Macron', ['PER'], ['Macron']), gold('Olaf Scholz', ['PER']), gold('Ursula von der Leyen', ['PER']),
  gold('Élysée', ['ORG', 'LOC']), gold('OTAN', ['ORG']), gold('Agence France-Presse', ['ORG'], ['AFP']),
  gold('Commission européenne', ['ORG']), gold('Banque mondiale', ['ORG']), gold('Ukraine', ['LOC']),
  gold('Chine', ['LOC']), gold('Vilnius', ['LOC']), gold('Bruxelles', ['LOC']),
  gold('11 juillet 2023', ['DATE']), gold('1er mars 2023', ['DATE']),
];
const EN_TEXT =
  'U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich on February 18, 2023, the State Department said. Blinken warned that Beijing would face consequences if it supplied weapons to Russia. Later, President Joe Biden spoke with German Chancellor Olaf Scholz at the White House. The International Monetary Fund said on Monday that growth in India would slow in 2024.';
const EN_GOLD = [
  gold('Antony Blinken', ['PER'], ['Blinken']), gold('Wang Yi', ['PER']), gold('Joe Biden', ['PER']), gold('Olaf Scholz', ['PER']),
  gold('United States', ['LOC'], ['U.S.', 'US']), gold('Munich', ['LOC']), gold('Beijing', ['LOC']), gold('Russia', ['LOC']),
  gold('India', ['LOC']), gold('State Department', ['ORG']), gold('White House', ['ORG', 'LOC']),
  gold('International Monetary Fund', ['ORG'], ['IMF']), gold('February 18, 2023', ['DATE']), gold('2024', ['DATE']),
];

describe('extractEntities (French, English)', () => {
  it('scores the French paragraph (floor measured: F1 0.96, Vilnius missed)', () => {
    const es = extractEntities(article([FR_TEXT], 'fr'));
    const s = scoreEntities(es, FR_GOLD);
    console.log(formatScore('fr paragraph (typed)', s));
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(find(es, 'Emmanuel Macron')?.aliases).toContain('Macron');
  });

  it('scores the English paragraph (floor measured: F1 1.0)', () => {
    const es = extractEntities(article([EN_TEXT], 'en'));
    const s = scoreEntities(es, EN_GOLD);
    console.log(formatScore('en paragraph (typed)', s));
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(find(es, 'Antony Blinken')).toMatchObject({ type: 'PER', count: 2 });
    expect(find(es, 'on Monday')).toBeUndefined();
  });

  it('strips titles and keeps relative dates apart', () => {
    const a = analyseTexts(['Mr. Jean-Luc Mélenchon spoke yesterday in Paris. Hier, M. Dupont est parti.'], 'en');
    expect(a.entities.find((e) => e.type === 'PER')?.text).toBe('Jean-Luc Mélenchon');
    expect(a.relativeDates.map((d) => d.surface)).toContain('yesterday');
  });
});
