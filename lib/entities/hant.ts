// Simplified → Traditional for the characters of the hand lists, so that zh-Hant pages (RFI 華語)
// match the same gazetteer. Character-level only: enough for proper names, not a converter.

const PAIRS =
  '华華约約伦倫东東乌烏兰蘭罗羅尔爾联聯国國组組织織会會议議员員长長总總统統务務卫衛龙龍亚亞马馬纳納维維' +
  '齐齊兹茲鲁魯诺諾业業贸貿际際银銀盟盟欧歐洲洲韩韓湾灣湾灣疆疆澳澳门門广廣辽遼宁寧苏蘇浙浙云雲陕陝' +
  '贵貴庆慶汉漢阳陽岛島莱萊兰蘭鲍鮑贝貝丽麗娅婭谢謝赖賴莱萊铁鐵宫宮尔爾萨薩达達罗羅拉拉杰傑库庫维維' +
  '农農闻聞军軍党黨机機构構关關区區县縣发發报報电電视視网網险險资資经經济濟产產观觀选選举舉复復' +
  '兴興为為这這时時间間问問题題对對战戰争爭协協节節权權际際众眾参參团團体體门門开開讯訊闻聞线線' +
  '伊伊奥奧凯凱迈邁赛賽顿頓韦韋乔喬泽澤诺諾让讓热熱萨薩坦坦滕滕贾賈纽紐伦倫戈戈鲍鮑伯伯圣聖' +
  '与與说說将將称稱从從还還并並认認应應桥橋汤湯满滿梦夢龙龍岭嶺沪滬渝渝湘湘赣贛闽閩鄂鄂黔黔陇隴滇滇琼瓊蒙蒙宾賓剧劇讲講论論坛壇';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const s = PAIRS[i] as string;
  const t = PAIRS[i + 1] as string;
  if (s !== t) MAP.set(s, t);
}

/** Any Simplified character that has a Traditional form here (all BMP, so no `u` flag needed). */
const SIMPLIFIED = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');
const traditionalOf = (ch: string): string => MAP.get(ch) ?? ch;

/**
 * The Traditional form of a Simplified name (unchanged characters kept). One native replace: the
 * gazetteer build converts thousands of names at first load, most with nothing to convert.
 */
export function toTraditional(text: string): string {
  return text.replace(SIMPLIFIED, traditionalOf);
}

const withCache = new Map<string, string>();

/** Adds the Traditional form of every character of a set (for the transliteration set); the same sets recur across rule files. */
export function withTraditional(chars: string): string {
  let hit = withCache.get(chars);
  if (hit === undefined) {
    hit = chars + toTraditional(chars);
    withCache.set(chars, hit);
  }
  return hit;
}
