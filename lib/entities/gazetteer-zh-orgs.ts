// Hand list of organisations in Simplified Chinese: one referent per line, canonical first, then
// other Chinese forms and Latin acronyms or names, separated by `|`. General knowledge only.

import { wordsEndingAt } from './names-zh';

export const ORGANISATIONS_ZH = `
联合国|UN|United Nations
联合国安理会|安理会|UNSC
联合国大会|联大
世界卫生组织|世卫组织|世卫|WHO
世界贸易组织|世贸组织|世贸|WTO
国际货币基金组织|IMF
世界银行|世行|World Bank
北约|北大西洋公约组织|NATO|OTAN
欧盟|欧洲联盟|EU|UE
欧洲议会|European Parliament
欧盟委员会|欧委会|European Commission
欧洲理事会
欧洲央行|欧洲中央银行|ECB|BCE
东盟|东协|东南亚国家联盟|ASEAN
非盟|非洲联盟
阿盟|阿拉伯国家联盟
上海合作组织|上合组织|SCO
金砖国家|BRICS
七国集团|G7
20国集团|二十国集团|G20
八国集团|G8
亚太经合组织|APEC
石油输出国组织|欧佩克|OPEC
国际原子能机构|IAEA
国际刑事法院|ICC
国际刑警组织|国际刑警|Interpol|INTERPOL
国际法院
联合国教科文组织|UNESCO
联合国儿童基金会|UNICEF
联合国难民署|UNHCR
联合国人权理事会|人权理事会
红十字国际委员会|国际红十字会|红十字会
国际奥委会|IOC
国际足联|FIFA
欧足联|UEFA
世界经济论坛
经合组织|经济合作与发展组织|OECD
亚投行|亚洲基础设施投资银行|AIIB
无国界记者|RSF
国际特赦组织|国际特赦|大赦国际|Amnesty International
人权观察|Human Rights Watch
路透社|路透|Reuters
法新社|AFP
美联社|AP
彭博社|彭博|Bloomberg
新华社|新华通讯社|Xinhua
中新社|中国新闻社
塔斯社|TASS
共同社
韩联社
中央社
法国国际广播电台|法广|RFI
英国广播公司|BBC
美国有线电视新闻网|CNN
纽约时报|New York Times
华尔街日报|Wall Street Journal
华盛顿邮报|Washington Post
金融时报|Financial Times
世界报|Le Monde
费加罗报|Le Figaro
人民日报
环球时报
中央电视台|央视|CCTV
香港立法会|立法会|LegCo
香港特区政府|港府|香港政府|特区政府
香港大学|港大|HKU
北京大学
清华大学|清华
娱乐与体育节目电视网|ESPN
日本放送协会|NHK
白宫|White House
克里姆林宫|Kremlin
爱丽舍宫|Elysée
五角大楼|Pentagon
唐宁街
中共|中国共产党
中共中央
中纪委|中央纪委|中央纪律检查委员会|中共中央纪律检查委员会
国家监委|国家监察委员会
国民党|中国国民党
民进党|民主进步党
NBA|美国职篮|美国职业篮球联赛
最高法院|Supreme Court
美国之音|VOA
自由亚洲电台|RFA
德国之声|DW
中情局|中央情报局|CIA
联邦调查局|FBI
行政院
立法院
司法院
考试院
监察院
共和党
自民党|自由民主党|LDP
民主党
工党
保守党
绿党|Les Verts
社会党
自由党
全国人大|全国人民代表大会|人大
全国政协|政协
国务院|State Department
国会|Congress
参议院|Senate
众议院
下议院
上议院
中央军委
解放军|中国人民解放军
联邦调查局|FBI
中央情报局|CIA
美联储
外交部
国防部
商务部
财政部
公安部
国家安全部
司法部
教育部
卫生部
内政部
应急管理部
国土安全部
华为|Huawei
中兴|ZTE
腾讯|Tencent
阿里巴巴|Alibaba
字节跳动|ByteDance
抖音|TikTok
谷歌|Google
微软|Microsoft
脸书|Facebook
推特|Twitter
特斯拉|Tesla
诺基亚|Nokia
爱立信|Ericsson
三星|Samsung
台积电|TSMC
波音|Boeing
空客|Airbus
`;

/** Bodies that follow a country name to form one organisation (美国国务院, 俄罗斯外交部). */
export const COUNTRY_BODIES_ZH = [
  '国务院', '外交部', '国防部', '商务部', '财政部', '司法部', '内政部', '国会', '议会', '政府',
  '总统府', '参议院', '众议院', '国家安全局', '中央银行', '央行', '驻华大使馆', '大使馆', '军方',
  // A country's armed services (美国海军): longest first, so 海军陆战队 wins over 海军.
  '海军陆战队', '海岸警卫队', '国民警卫队', '海军', '陆军', '空军',
];

/**
 * Organisation suffixes read with a left-boundary scan. Strong ones stand alone (复旦大学);
 * weak ones need a place name right before the core (英国议会, 湖南省水文局).
 */
export const ORG_SUFFIXES_STRONG = [
  '大学', '学院', '通讯社', '新闻社', '研究所', '研究院', '研究中心', '基金会', '协会', '联合会',
  '公司', '电视台', '卫视', '电视网', '广播电台', '日报', '时报', '晚报', '邮报', '法院', '检察院', '航空', '理事会',
];
export const ORG_SUFFIXES_WEAK = ['银行', '委员会', '组织', '议会', '局', '署', '厅', '党', '集团', '联盟', '部',
  '歌剧院', '剧院', '医院', '机场', '博物馆', '美术馆', '图书馆', '交响乐团', '乐团', '卫队', '政协', '人大', '省委', '市委', '兵团', '卫健委', '党委', '地铁', '气象局', '区议会',
  '市政府', '市政厅', '州政府', '省政府', '办公室', '总会', '商会'];

/** Weak suffixes that may follow a place directly (山东省政协, 希腊歌剧院), or only a city (北京银行). */
export const ORG_SUFFIXES_AFTER_PLACE = ['市政府', '市政厅', '州政府', '省政府', '航空', '区议会', '党委', '地铁', '气象局', '理事会', '政协', '人大', '省委', '市委', '卫健委', '歌剧院', '剧院', '博物馆', '美术馆', '图书馆', '交响乐团', '乐团'];
export const ORG_SUFFIXES_AFTER_CITY = ['银行', '大学'];

/** Movements and armed groups often written like names (塔利班政权 is not a person). */
export const GROUPS_ZH = `
塔利班|Taliban
哈马斯|Hamas
真主党|Hezbollah
伊斯兰革命卫队|革命卫队|IRGC
胡塞武装|胡塞
伊斯兰国|ISIS
瓦格纳|Wagner
基地组织|Al-Qaeda
`;

/** Descriptor nouns before a company's own name: the name starts after them (车厂富豪汽车公司); not 集团 or 企业, which names hold. */
export const COMPANY_DESCRIPTORS_ZH = ['巨擘', '巨头', '厂商', '车厂', '车企', '药厂', '业者', '制造商', '龙头', '大厂', '运营商', '零售商', '连锁店', '子公司', '母公司', '智库', '国营', '公营', '官营', '民营',
  // Political descriptors before a party's own name (极右势力国民联盟).
  '势力', '政党', '党派'];

/** True when a descriptor word ends right before `at`. */
export const descriptorBefore = wordsEndingAt(COMPANY_DESCRIPTORS_ZH);
