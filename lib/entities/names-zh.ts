// What Chinese person names are made of: transliteration characters, common surnames, office
// titles that announce a name, and the function characters that end a name or an organisation.

/** Characters used to transliterate foreign names (Xinhua usage), Simplified. */
export const TRANSLIT_CHARS_ZH =
  '阿埃艾爱安昂奥巴拜班邦包保鲍贝本比彼毕边宾波伯勃博布查达戴丹道德邓迪蒂丁东杜多厄恩尔法凡范菲费芬丰弗' +
  '福富盖甘冈戈格葛根古瓜哈海汉豪赫黑亨洪胡华怀惠霍基吉加贾杰金久卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳' +
  '勒雷蕾里利莉连列林琳留隆卢鲁路伦罗洛吕马玛迈麦曼芒梅门蒙米明默莫姆穆纳娜奈内尼涅宁纽努诺欧帕潘佩彭' +
  '皮普齐奇恰乔切琴丘让热茹瑞若萨塞桑瑟森沙莎尚舍申圣施什史舒斯丝松苏索塔泰坦汤唐特滕提图托瓦万旺威韦' +
  '维温沃乌武西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹朱卓兹佐肖斐芙黛琪丽妮娅茨朔吉罗尚雷蒂舍澳翁恩' +
  '苔杭廷迦岑喀沃瓦霍梭鄂龙登夫娃契延柏蓓伍戚沁' +
  '贡钦翰逊地京' +
  '叶佛顿薇许' +
  '培珀';

/** Common Chinese surnames (one character), for title + Chinese name (外交部长秦刚). */
export const SURNAMES_ZH =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁' +
  '任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴' +
  '莫孔向汤习温李彭华区赖柯游洪翁连庄施童齐康伍骆詹岑阎包艾关甘麦容涂邝冼谷纪葛蓝卓颜倪殷祝鲁聂焦柴易乔文苗符屈房滕邢宁晏盛毕耿阮管戚季申薄池' +
  '奚虞褚蔺裴邬' +
  // Korean (朴元淳) and further Chinese surnames (倪伯嘉).
  '朴倪';

/**
 * Titles that announce a name right after them (国务卿布林肯, 外长拉夫罗夫). Longest first at
 * match time; a country or organisation before the title is found by the lists.
 */
export const TITLES_ZH = [
  '国家主席', '总统', '副总统', '总理', '副总理', '首相', '国务卿', '外长', '外交部长', '外交大臣', '国防部长',
  '防长', '财长', '财政部长', '商务部长', '部长', '大臣', '秘书长', '副秘书长', '发言人', '主席', '副主席',
  '总书记', '委员长', '行长', '大使', '特使', '主任', '局长', '司令', '参谋长', '议长', '总司令', '总裁',
  '董事长', '首席执行官', '首席运营官', '首席财务官', '首席技术官', '执行长', '营运长', '财务长', '市长', '州长', '省长', '书记', '女王', '国王', '王储', '教宗', '教皇',
  '法官', '检察官', '律师', '教授', '学者', '记者', '领导人', '总督', '主教', '将军', '上将', '元帅', '教练',
  '球员', '选手', '总编', '外交官', '候选人', '参议员', '众议员', '议员', '特首', '党魁', '党主席', '主帅',
  '高级代表', '专员', '顾问', '分析师', '经济学家', '作家', '导演', '歌手', '演员', '艺术家', '活动人士',
  '异见人士', '维权人士', '社运人士', '创始人', '制裁专家', '专家',
  '召集人', '副教授', '总监', '负责人', '创办人', '主持人', '会长', '理事长', '院长', '校长', '社长', '主委', '副主委',
  '立委', '汉学家', '科学家', '历史学家', '政治学家', '社会学家', '研究员', '处长', '署长', '司长', '厅长', '总干事', '主编', '总领事', '副领事', '领事', '大校', '上校', '中校', '少校', '中将', '少将',
  '所长', '总经理', '主管', 'CEO', '参选人',
  // Japanese and Hong Kong usage (外相拉布, 外务事务次官秋叶刚男, 行政长官林郑月娥), heads of
  // museums and teams (馆长马蒂内, 组长周家瑞), EU commissioners (执委), envoys, NPC committee chairs.
  '外相', '次官', '长官', '馆长', '组长', '执委', '特别代表', '主任委员',
  // Role nouns a name follows as closely as a title (学生帕夫卢, 成员周庭, 商人郑时佳, 经理刘家献).
  '学生', '成员', '商人', '经理',
  '舰长', '船长', '机长',
];

/**
 * Characters that end a name or stop a leftward organisation scan: verbs of saying, particles,
 * prepositions and conjunctions that follow or precede a name.
 */
export const FUNCTION_CHARS_ZH = '的和与及在据由了是被向对从将把为于以等或而但并也都就才又还即称说指让使给跟同自当到至其该此这那各每所之曾已会均亦则再则表宣强访出透回答接发提呼警重认希望要已正仍没不无';

/** Characters after which a pair of country abbreviations may start (在美中之间, 而美俄 …). */
export const PAIR_LEFT_OK_ZH = '在与和及的对是为从到令让使给把被将向于同跟年月而但并也就、：:，,。；！？“”「」《》（）() ';

/** Suffixes after a name that mark the person's administration (特朗普政府 → 特朗普). */
export const ADMINISTRATION_SUFFIXES_ZH = ['政府', '政权', '当局', '内阁', '团队'];

/**
 * Verbs that take an organisation or a person as object and are written glued to it (解除印第安纳
 * 南区联邦地区法院, 抨击艾斯培): a leftward scan for a name stops after them.
 */
export const GLUED_VERBS_ZH = [
  '解除', '允许', '批准', '要求', '呼吁', '通过', '宣布', '拒绝', '接受', '加入', '离开', '退出', '前往', '抵达', '访问', '成立', '创办',
  '收购', '入股', '投资', '起诉', '控告', '指控', '批评', '抨击', '指责', '谴责', '支持', '反对', '感谢', '邀请', '会见', '会晤', '告诉',
  '联系', '致函', '致电', '召见', '制裁', '警告', '提醒', '认为', '表示', '指出', '透露', '发布', '公布', '披露', '报道', '报导', '引述', '援引', '包括', '点名', '得知', '威胁', '威吓', '煽动', '恐吓', '骚扰', '发自', '来自', '距离', '围绕', '展开', '开始', '进行', '发表', '接受', '举行', '举办', '召开', '出席', '参加', '参与', '主持', '敦促', '接任', '出任', '担任', '获颁', '获得', '荣获', '获取',
];

/** A test for "one of these words ends right before `at`", by set lookups per word length (hot in scans). */
export function wordsEndingAt(words: readonly string[]): (text: string, at: number) => boolean {
  const lengths = [...new Set(words.map((w) => w.length))];
  const set = new Set(words);
  return (text, at) => lengths.some((n) => at >= n && set.has(text.slice(at - n, at)));
}
