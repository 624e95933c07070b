// More hand lists (issue 11 §3): the places, media, companies, parties, clubs and universities
// RFI's Chinese pages name most often beyond the first lists. General knowledge only; same formats
// as gazetteer-zh-places.ts (space-separated, `a=b` an alias) and gazetteer-zh-orgs.ts (one
// referent per line, canonical first, `|` between forms).

/** World cities and regions (their 省/州 forms are added as for WORLD_CITIES_ZH). */
export const WORLD_CITIES_MORE_ZH = `
九州 本州 北海道 关东 关西 佐世保 横须贺 神户 仙台 那霸 福冈 埼玉 千叶 神奈川 石垣 与那国 大邱 光州 大田 济州岛 济州 板门店 开城 新义州
努瓦克肖特 恩贾梅纳 雅温得 杜阿拉 罗安达 马普托 哈拉雷 卢萨卡 利隆圭 达累斯萨拉姆 多多马 坎帕拉 基加利 布琼布拉 摩加迪沙 阿斯马拉 朱巴 班吉
布拉柴维尔 利伯维尔 马拉博 洛美 科托努 阿克拉 弗里敦 蒙罗维亚 科纳克里 班珠尔 塔那那利佛 温得和克 哈博罗内 班加西 戈马 廷巴克图 加奥 基达尔 莫普提 迪法
摩苏尔 伊德利卜 霍姆斯 拉卡 代尔祖尔 埃尔比勒 巴士拉 费卢杰 加沙城 拉法 汗尤尼斯 杰宁 拉姆安拉 海法 亚丁 荷台达 马里卜 伊斯法罕 设拉子 马什哈德 库姆 纳坦兹 阿巴斯港 麦地那
曼德勒 白沙瓦 奎达 斋浦尔 阿格拉 勒克瑙 艾哈迈达巴德 浦那 瓦拉纳西 旁遮普 阿萨姆 喀拉拉 比哈尔 槟城 宿务 达沃 岘港 芽庄 清迈 普吉 暹粒 撒马尔罕 布哈拉
波城 南锡 梅斯 雷恩 布雷斯特 勒阿弗尔 鲁昂 蒙彼利埃 第戎 贝桑松 格勒诺布尔 阿维尼翁 土伦 科西嘉 诺曼底 布列塔尼 勃艮第 阿尔萨斯 洛林 普罗旺斯 加来 敦刻尔克 圣但尼
巴伐利亚 萨克森 图林根 勃兰登堡 汉诺威 斯图加特 德累斯顿 纽伦堡 杜塞尔多夫 格拉斯哥 卡迪夫 贝尔法斯特 多佛 伦巴第 西西里 撒丁岛 热那亚 博洛尼亚 巴勒莫
加泰罗尼亚 瓦伦西亚 毕尔巴鄂 巴斯克 安达卢西亚 马拉加 格拉纳达 安特卫普 列日 根特 格但斯克 克拉科夫 哥德堡 马尔默 卑尔根 第聂伯 切尔尼戈夫 苏梅 索契 喀山
新西伯利亚 符拉迪沃斯托克 海参崴 伏尔加格勒 车臣 达吉斯坦 叶卡捷琳堡 加里宁格勒 摩尔曼斯克 明尼阿波利斯 波特兰 丹佛 凤凰城 奥斯汀 纳什维尔 新奥尔良 匹兹堡
克利夫兰 巴尔的摩 布鲁克林 曼哈顿 布朗克斯 硅谷 好莱坞 关塔那摩 蒙特雷 瓜达拉哈拉 坎昆 提华纳 危地马拉城 巴拿马城 太子港 圣多明各 金斯敦 马那瓜 特古西加尔巴
圣萨尔瓦多 亚松森 苏克雷 麦德林 瓜亚基尔 库斯科 瓦尔帕莱索 马瑙斯 阿雷格里港 累西腓 阿德莱德 霍巴特 黄金海岸 基督城 努美阿 苏瓦 莫尔兹比港 帕皮提
俄亥俄 密歇根 宾夕法尼亚 威斯康星 明尼苏达 乔治亚 亚利桑那 内华达 科罗拉多 北卡罗来纳 南卡罗来纳 田纳西 肯塔基 路易斯安那 俄勒冈 华盛顿州 马萨诸塞 新泽西 康涅狄格 爱荷华 印第安纳 伊利诺伊 密苏里 阿拉巴马 犹他
`;

/** Chinese prefecture-level cities and districts (their 市 forms are added as for CHINA_PLACES_ZH). */
export const CHINA_CITIES_MORE_ZH = `
唐山 保定 邯郸 廊坊 承德 张家口 沧州 秦皇岛 包头 鄂尔多斯 赤峰 呼伦贝尔 锦州 鞍山 抚顺 丹东 长春 延吉 牡丹江 齐齐哈尔
徐州 常州 南通 扬州 镇江 连云港 盐城 淮安 嘉兴 湖州 绍兴 舟山 义乌 芜湖 蚌埠 阜阳 安庆 泉州 漳州 莆田 赣州 景德镇 上饶
烟台 威海 潍坊 临沂 淄博 济宁 洛阳 新乡 南阳 信阳 商丘 黄冈 孝感 荆州 襄阳 十堰 恩施 随州 鄂州 咸宁 荆门 株洲 湘潭 衡阳
郴州 张家界 怀化 邵阳 韶关 惠州 江门 湛江 茂名 肇庆 清远 潮州 揭阳 桂林 柳州 绵阳 宜宾 泸州 乐山 南充 德阳 遵义 安顺 铜仁
丽江 西双版纳 瑞丽 宝鸡 延安 咸阳 榆林 天水 酒泉 敦煌 格尔木 玉树 阿克苏 吐鲁番 哈密 库尔勒 克拉玛依 石河子 日喀则 林芝 昌都
三沙 雄安 浦东 汶川 阿坝 甘孜 凉山 黔东南 湘西 恩施州 大兴安岭 满洲里 二连浩特
`;

/** Full names of China's autonomous regions (canonical kept as written) and other areas. */
export const AREAS_MORE_ZH = `
新疆维吾尔自治区=新疆 西藏自治区=西藏 内蒙古自治区=内蒙古 广西壮族自治区=广西 宁夏回族自治区=宁夏 香港特别行政区=香港 澳门特别行政区=澳门 中山市 北海市
阿拉伯半岛 西奈半岛 西奈 苏伊士运河 霍尔木兹海峡 曼德海峡 亚丁湾 马六甲海峡 巴士海峡 宫古海峡 对马海峡 英吉利海峡 直布罗陀海峡 直布罗陀
多瑙河 莱茵河 塞纳河 伏尔加河 第聂伯河 尼罗河 幼发拉底河 底格里斯河 恒河 亚马孙河 密西西比河 刚果河 雅鲁藏布江 澜沧江 乌苏里江 图们江 鸭绿江 淮河 嘉陵江 金沙江 三峡
珠穆朗玛峰 比利牛斯 乌拉尔 安第斯 落基山 天山 昆仑山 帕米尔 青藏高原 钓鱼岛 钓鱼台 尖阁诸岛 黄岩岛 中沙群岛 东沙群岛 太平岛 永兴岛 美济礁 仁爱礁 华尔街 硅谷
华北 华南 华东 华中 黄淮 江淮 江汉 江南 岭南 中原 珠三角 长三角 三峡水库 三峡大坝 车诺比 切尔诺贝利 东南欧 西欧 东欧 北欧 南欧 中欧 西非 中非 北美洲 南美洲 中美洲 加勒比海 东地中海 巴伦支海 北海道 朝鲜半岛 印度次大陆 萨赫勒地区 非洲之角
`;

/** Organisations, media, companies, parties, clubs and universities. */
export const ORGANISATIONS_MORE_ZH = `
卫报|Guardian|The Guardian
泰晤士报|The Times
每日邮报|Daily Mail
每日电讯报|Daily Telegraph|Telegraph
独立报
经济学人|Economist|The Economist
时代杂志
新闻周刊|Newsweek
明镜周刊|明镜|Der Spiegel|Spiegel
南德意志报
法兰克福汇报
解放报|Libération
回声报|Les Echos
巴黎人报|Le Parisien
星期日报|Journal du Dimanche|JDD
日本经济新闻|日经新闻|日经|Nikkei
朝日新闻|Asahi
读卖新闻|Yomiuri
每日新闻
产经新闻
南华早报|South China Morning Post|SCMP
明报
苹果日报|Apple Daily
星岛日报
东方日报
大公报
文汇报
端传媒
立场新闻
联合报
自由时报
中国时报
联合早报
澎湃新闻
财新|财新网|Caixin
新京报
人民网
新华网
凤凰卫视
香港电台|RTHK
半岛电视台|Al Jazeera
今日俄罗斯
俄新社|RIA
国际文传电讯社|Interfax
德新社|DPA
埃菲社|EFE
安莎社|ANSA
福克斯新闻|Fox News
美国全国广播公司|NBC
哥伦比亚广播公司|CBS
政客新闻网|Politico
纽约客|New Yorker
防务新闻|Defense News
商业内幕|Business Insider
今日美国|USA Today
香港众志|众志|Demosisto
香港民族党
民建联|民主建港协进联盟
工联会
公民党
社民连
支联会
民间人权阵线|民阵
律政司
保安局
中联办
港澳办
国台办
陆委会
海基会
海协会
中国海警局|中国海警
国家卫健委|国家卫生健康委员会|卫健委
中国疾控中心
美国疾控中心|CDC
世界粮食计划署|WFP
无国界医生|MSF
绿色和平|Greenpeace
国际能源署|IEA
欧洲法院
欧洲人权法院
欧安组织|OSCE
法语国家组织|法语国家国际组织|OIF
萨赫勒五国集团|萨赫勒5国集团|G5 Sahel
西非国家经济共同体|西共体|ECOWAS
海湾合作委员会|海合会
伊斯兰国|ISIS
基地组织|Al-Qaeda
库尔德工人党|PKK
博科圣地|Boko Haram
瓦格纳集团|瓦格纳|Wagner
苹果公司
亚马逊|Amazon
英伟达|Nvidia
英特尔|Intel
高通|Qualcomm
索尼|Sony
丰田|Toyota
本田|Honda
日产|Nissan
大众汽车|Volkswagen
宝马|BMW
奔驰|梅赛德斯-奔驰|Mercedes
标致|Peugeot
道达尔
壳牌
英国石油|BP
埃克森美孚|ExxonMobil
雀巢|Nestlé
欧莱雅|L'Oréal
路易威登|LVMH
爱马仕|Hermès
小米|Xiaomi
联想|Lenovo
京东
拼多多
美团
百度|Baidu
网易|NetEase
中芯国际|SMIC
比亚迪|BYD
吉利|Geely
大疆|DJI
海康威视|Hikvision
中国移动
中国联通
中国电信
中石油|中国石油
中石化|中国石化
中海油
国家电网
汇丰|汇丰银行|HSBC
渣打|渣打银行
高盛|Goldman Sachs
摩根大通|JPMorgan
摩根士丹利|Morgan Stanley
贝莱德|BlackRock
瑞银|UBS
德意志银行|Deutsche Bank
法国巴黎银行|巴黎银行|BNP Paribas
法国兴业银行|Société Générale
优步|Uber
网飞|奈飞|Netflix
迪士尼|Disney
辉瑞|Pfizer
莫德纳|Moderna
阿斯利康|AstraZeneca
赛诺菲|Sanofi
科兴|Sinovac
国药|国药集团|Sinopharm
复星|Fosun
吉利德|Gilead
诺华|Novartis
罗氏|Roche
拜耳|Bayer
巴斯夫|BASF
西门子|Siemens
洛克希德·马丁|洛克希德|Lockheed Martin
雷神|Raytheon
蚂蚁集团|Ant Group
瑞幸咖啡|瑞幸|Luckin Coffee
星巴克|Starbucks
麦当劳|McDonald's
可口可乐|Coca-Cola
耐克|Nike
阿迪达斯|Adidas
优衣库|Uniqlo
宜家|IKEA
沃尔沃|Volvo
福特
通用汽车|General Motors
现代汽车|Hyundai
皇家马德里|皇马|Real Madrid
巴萨|Barça
巴黎圣日耳曼|大巴黎|PSG
曼联|Manchester United
曼城|Manchester City
切尔西|Chelsea
阿森纳|Arsenal
拜仁慕尼黑|拜仁|Bayern Munich
尤文图斯|尤文|Juventus
AC米兰
国际米兰|Inter Milan
湖人|湖人队|Lakers
勇士|勇士队|Warriors
洋基|洋基队|Yankees
道奇|道奇队|Dodgers
哈佛大学|哈佛|Harvard
耶鲁大学|耶鲁|Yale
斯坦福大学|斯坦福|Stanford
麻省理工学院|MIT
牛津大学|Oxford University
剑桥大学|Cambridge University
索邦大学|Sorbonne
巴黎政治学院|Sciences Po
香港中文大学|中大
香港科技大学|科大
复旦大学
浙江大学
武汉大学
中国科学院|中科院
中国社会科学院|社科院
武汉病毒研究所|武汉病毒所
诺贝尔委员会
中央气象台
中国三峡集团|三峡集团
中华航空|华航|China Airlines
长荣航空|长荣|EVA Air
国泰航空|国泰|Cathay Pacific
中国国际航空|国航|Air China
东方航空|东航
法国航空|法航|Air France
汉莎航空|汉莎|Lufthansa
阿联酋航空|Emirates
新加坡航空|新航|Singapore Airlines
`;
