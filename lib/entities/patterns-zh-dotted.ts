// Transliterated names joined by name dots (保罗‧惠兰, 拉胡尔·甘地), found in one linear pass.
import { withTraditional } from './hant';
import { FUNCTION_CHARS_ZH, TRANSLIT_CHARS_ZH } from './names-zh';
import { personWithEcho, VERB_STARTS } from './patterns-zh';
import type { Span } from './span';

const TRANSLIT = new Set(withTraditional(TRANSLIT_CHARS_ZH));
const FUNCTION = new Set(withTraditional(FUNCTION_CHARS_ZH));
/** Words after a hyphenated chain that make it a family or a place, not a person. */
const NOT_PERSON_AFTER = ['家族', '家', '王朝', '群岛', '岛', '州', '省', '地区', '河', '山'];
const trans = (ch: string | undefined): boolean => !!ch && TRANSLIT.has(ch);
/** Forms of address after a name (玛蒂娜·奥布里夫人): never part of it, though 夫 transliterates. */
const ADDRESS_AFTER = new Set(['夫人', '先生', '女士', '小姐', '太太']);

const hanChar = (ch: string | undefined): boolean => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff';

/**
 * Every maximal Han·Han(·Han)* chain, in one left-to-right pass from each name dot (what the regex
 * /[\u3400-\u9fff]+(?:·[\u3400-\u9fff]+)+/g finds, without its quadratic retries on long Han runs).
 */
export function dottedChains(text: string): Array<{ index: number; value: string }> {
  const chains: Array<{ index: number; value: string }> = [];
  let floor = 0;
  for (let dot = text.indexOf('·'); dot >= 0; dot = text.indexOf('·', Math.max(dot + 1, floor))) {
    let start = dot;
    while (start > floor && hanChar(text[start - 1])) start--;
    if (start === dot) continue;
    let end = dot;
    while (text[end] === '·' && hanChar(text[end + 1])) {
      end += 2;
      while (hanChar(text[end])) end++;
    }
    if (end === dot) continue;
    chains.push({ index: start, value: text.slice(start, end) });
    floor = end;
  }
  return chains;
}

/** 让-皮埃尔·拉法兰: a hyphen between two transliteration characters joins name parts like a dot (same length). */
function hyphensAsDots(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
    if (!trans(text[i - 1]) || !trans(text[i + 1])) continue;
    parts.push(text.slice(from, i), '·');
    from = i + 1;
  }
  return from === 0 ? text : parts.join('') + text.slice(from);
}

/**
 * 保罗‧惠兰（Paul Whelan）: transliterated parts joined by name dots. The first part is trimmed on
 * the left and the last on the right to transliteration characters; a part holding other
 * characters ends one name and may start the next (甘地的曾祖父贾赫哈拉尔·尼赫鲁).
 */
export function dottedNames(original: string, out: Span[]): void {
  const text = hyphensAsDots(original);
  for (const m of dottedChains(text)) {
    const base = m.index;
    const parts = m.value.split('·');
    let offset = 0;
    let start = -1;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k] as string;
      const partStart = base + offset;
      offset += part.length + 1;
      let prefix = 0;
      while (prefix < part.length && trans(part[prefix])) prefix++;
      // A name never ends inside a following verb: 拉胡尔·甘地提出 → 拉胡尔·甘地.
      while (prefix > 1 && (VERB_STARTS.has(part.slice(prefix - 1, prefix + 1)) || ADDRESS_AFTER.has(part.slice(prefix - 1, prefix + 1)))) prefix--;
      if (start >= 0) {
        if (prefix === part.length && k < parts.length - 1) continue; // a middle part
        const end = partStart + prefix;
        // A hyphen joins parts only when the name ends cleanly (not 让-卡斯|代克) and names a
        // person, not a family or islands (尼赫鲁-甘地家族, 安达曼-尼科巴群岛).
        const hyphen = original[partStart - 1] === '-';
        const clean = !hyphen || ((!hanChar(text[end]) || FUNCTION.has(text[end] as string) || VERB_STARTS.has(text.slice(end, end + 2))) && !NOT_PERSON_AFTER.some((w) => text.startsWith(w, end)));
        if (prefix > 0 && end - start >= 4 && clean) personWithEcho(text, start, end, 'dotted-name', out);
        start = -1;
      }
      if (k === parts.length - 1) break;
      let cut = part.length;
      while (cut > 0 && trans(part[cut - 1])) cut--;
      if (cut < part.length) start = partStart + cut;
    }
  }
}
