// Well-known current and recent leaders, as RFI's Chinese edition writes them (general knowledge:
// heads of state and government, foreign ministers, heads of world organisations). Names with no
// title or cue (普京 alone) are found only through this list. One person per line, canonical first.

export const LEADERS_ZH = `
普京|蒲亭|Putin
习近平|Xi Jinping
李克强|Li Keqiang
李强|Li Qiang
王毅|Wang Yi
拜登|Biden
特朗普|川普|Trump
奥巴马|Obama
哈里斯|Harris
马克龙|Macron
默克尔|梅克尔|Merkel
朔尔茨|舒尔茨|Scholz
泽连斯基|Zelensky
埃尔多安|Erdogan
内塔尼亚胡|Netanyahu
莫迪|Modi
金正恩|Kim Jong-un
文在寅
尹锡悦
岸田文雄
安倍晋三|安倍
菅义伟
苏纳克|Sunak
斯塔默|Starmer
约翰逊|Boris Johnson
特鲁多|Trudeau
蔡英文
赖清德
马英九
林郑月娥
李家超
古特雷斯|Guterres
谭德塞|Tedros
冯德莱恩|von der Leyen
斯托尔滕贝格|Stoltenberg
蓬佩奥|Pompeo
布林肯|Blinken
拉夫罗夫|Lavrov
卢卡申科|Lukashenko
鲍里斯·约翰逊
`;
