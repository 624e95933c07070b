// Hand lists of places in Simplified Chinese (Traditional forms are derived by hant.ts).
// General knowledge only: capitals and big cities, Chinese provinces and cities, world areas,
// seas and rivers. `a=b` lines give an alias `a` for the canonical `b`.

/** Capitals and large or newsworthy cities of the world. */
export const WORLD_CITIES_ZH = `
华盛顿 纽约 洛杉矶 旧金山 芝加哥 休斯顿 迈阿密 西雅图 波士顿 费城 亚特兰大 拉斯维加斯 达拉斯 底特律
檀香山 安克雷奇 伦敦 巴黎 柏林 罗马 马德里 里斯本 布鲁塞尔 阿姆斯特丹 海牙 鹿特丹 日内瓦 苏黎世 伯尔尼 洛桑
达沃斯 莱比锡 汉堡 慕尼黑 法兰克福 科隆 斯特拉斯堡 图卢兹 维也纳 布拉格 华沙 布达佩斯 布加勒斯特 索非亚 雅典 贝尔格莱德 萨格勒布 卢布尔雅那 布拉迪斯拉发
斯德哥尔摩 奥斯陆 哥本哈根 赫尔辛基 雷克雅未克 都柏林 爱丁堡 曼彻斯特 利物浦 伯明翰 慕尼黑 法兰克福 汉堡
科隆 波恩 斯特拉斯堡 里昂 马赛 尼斯 波尔多 图卢兹 里尔 南特 戛纳 凡尔赛 米兰 威尼斯 佛罗伦萨 那不勒斯 都灵
巴塞罗那 塞维利亚 莫斯科 圣彼得堡 基辅 哈尔科夫 敖德萨 利沃夫 马里乌波尔 巴赫穆特 赫尔松 扎波罗热 顿涅茨克
卢甘斯克 别尔哥罗德 明斯克 维尔纽斯 里加 塔林 基希讷乌 第比利斯 埃里温 巴库 安卡拉 伊斯坦布尔 德黑兰 巴格达
大马士革 阿勒颇 贝鲁特 耶路撒冷 特拉维夫 安曼 利雅得 吉达 麦加 多哈 迪拜 阿布扎比 马斯喀特 萨那 开罗 的黎波里
阿尔及尔 拉巴特 卡萨布兰卡 喀土穆 亚的斯亚贝巴 内罗毕 拉各斯 阿布贾 达喀尔 阿比让 巴马科 尼亚美 瓦加杜古
金沙萨 约翰内斯堡 开普敦 比勒陀利亚 新德里 德里 孟买 班加罗尔 加尔各答 金奈 海得拉巴 伊斯兰堡 卡拉奇 拉合尔
喀布尔 坎大哈 达卡 加德满都 科伦坡 曼谷 河内 胡志明市 金边 万象 仰光 内比都 吉隆坡 雅加达 巴厘岛 马尼拉 东京
大阪 京都 横滨 名古屋 福岛 冲绳 广岛 长崎 札幌 首尔 釜山 仁川 平壤 乌兰巴托 阿斯塔纳 阿拉木图 塔什干 比什凯克
杜尚别 阿什哈巴德 悉尼 墨尔本 堪培拉 布里斯班 珀斯 奥克兰 惠灵顿 渥太华 多伦多 温哥华 蒙特利尔 魁北克
墨西哥城 哈瓦那 加拉加斯 波哥大 利马 布宜诺斯艾利斯 圣保罗 里约热内卢 巴西利亚 基多 拉巴斯 蒙得维的亚
新德里 马里兰 弗吉尼亚 加利福尼亚 加州 得克萨斯 德州 佛罗里达 夏威夷 阿拉斯加 纽约州
`;

/** Chinese provinces and regions (with their 省/市/自治区 forms), then cities. */
export const CHINA_PLACES_ZH = `
北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川
贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 广州 深圳 武汉 成都 杭州 南京 西安 长沙
沈阳 哈尔滨 郑州 济南 青岛 大连 厦门 福州 昆明 南宁 贵阳 兰州 乌鲁木齐 拉萨 呼和浩特 银川 西宁 太原 石家庄
合肥 南昌 海口 三亚 苏州 无锡 宁波 温州 东莞 佛山 珠海 汕头 常德 益阳 岳阳 宜昌 九江 喀什 和田 伊犁 延边
台北 高雄 台中 台南 新竹 基隆 桃园 花莲 金门 马祖 澎湖 中国大陆
九龙 新界 将军澳 旺角 铜锣湾 中环 金钟 沙田 荃湾 元朗 屯门 观塘 深水埗 湾仔 新北 嘉义 屏东 宜兰 台东
上环 西环 坚尼地城 北角 鲗鱼涌 柴湾 筲箕湾 香港仔 赤柱 尖沙咀 油麻地 红磡 九龙城 黄大仙 葵涌 青衣 大埔 西贡
大屿山 东涌 天水围 粉岭 马鞍山 西九龙 东九龙 中西区 油尖旺 葵青
`;

/** Suffixes that turn a Chinese province or city into its administrative name. */
export const CHINA_ADMIN_SUFFIXES = ['省', '市', '自治区', '特别行政区'];

/** World areas, seas, rivers, mountains and disputed or historical places. */
export const AREAS_ZH = `
欧洲 亚洲 非洲 美洲 北美 南美 拉美 大洋洲 中东 近东 远东 东南亚 南亚 中亚 东亚 东北亚 西亚 北非 西非 东非
南部非洲 撒哈拉 萨赫勒 巴尔干 高加索 北极 南极 印太 亚太 太平洋 大西洋 印度洋 地中海 南海 东海 黄海 台湾海峡
台海 波罗的海 黑海 红海 波斯湾 加勒比 西伯利亚 克里米亚 顿巴斯 加沙 加沙地带 约旦河西岸 戈兰高地 长江 黄河
珠江 湄公河 洞庭湖 鄱阳湖 喜马拉雅 阿尔卑斯 英格兰 苏格兰 威尔士 北爱尔兰 苏联 东德 西德 南斯拉夫 西方
克什米尔 拉达克 阿克赛钦 阿联酋=阿拉伯联合酋长国 波黑=波斯尼亚和黑塞哥维那 印尼=印度尼西亚 沙特=沙特阿拉伯 巴勒斯坦=巴勒斯坦领土
南中国海 东中国海 昆士兰 昆士兰州 休斯敦 朝鲜半岛 欧亚 跨大西洋 尼德兰=荷兰 白俄=白俄罗斯 中华民国 中华人民共和国=中国
`;

/**
 * One-character country abbreviations, read only in pairs (美中, 中俄, 俄乌) or before 方 / a
 * context word (俄外交部, 美方). Value = ISO code resolved through Intl.DisplayNames.
 */
export const COUNTRY_ABBREVIATIONS_ZH: Record<string, string> = {
  美: 'US', 中: 'CN', 俄: 'RU', 乌: 'UA', 德: 'DE', 法: 'FR', 英: 'GB', 日: 'JP', 韩: 'KR',
  印: 'IN', 台: 'TW', 港: 'HK', 澳: 'AU', 加: 'CA', 欧: 'EU', 以: 'IL', 伊: 'IR', 朝: 'KP',
  越: 'VN', 菲: 'PH', 意: 'IT', 西: 'ES', 土: 'TR', 巴: 'PK',
};

/** Abbreviations allowed to open or close a pair (the rest only pair with these: 以巴, 中朝). */
export const STRONG_ABBREVIATIONS_ZH = '美中俄乌德法英日韩印台';

/** Pairs that are ordinary words, never two countries. */
export const ABBREVIATION_PAIR_STOPWORDS = ['美德', '美中不足', '中西', '中土', '加以', '日德兰'];

/** Characters that, right after a pair's second character, show it is the start of a word. */
export const PAIR_SECOND_BLOCKERS: Record<string, string> = {
  日: '益前后报期常子夜记内起至晚间本',
  中: '心间央文学部',
  美: '元术',
  英: '语文镑里寸雄',
  法: '律院规官案令治',
  德: '行',
  印: '象',
  台: '风阶上下',
};

/** Words after a single abbreviation that make it a country (俄外交部, 美方, 中方, 美军). */
export const ABBREVIATION_CONTEXT_ZH = ['方', '外交部', '外长', '总统', '总理', '政府', '军', '国防部', '驻'];

/** Words after a pair that confirm it (美中关系): pairs are accepted without it, but it widens. */
export const PAIR_CONTEXT_ZH = ['关系', '冲突', '战争', '外长', '峰会', '会谈', '之间', '两国', '贸易', '对话', '合作', '领导人'];
