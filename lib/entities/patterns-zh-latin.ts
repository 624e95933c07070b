// Latin names written bare inside Chinese text: a person's Latin name right after a title
// (分析师Cory Kasimov) and a one-word company name in camel case (BioNTech, SoftBank).
import type { ZhLexicon } from './lexicon-zh';
import { looksLikePersonLatin } from './patterns-zh';
import { TITLES_ZH } from './names-zh';
import { isHan, span, type Span } from './span';

const TITLE_ENDS = new Set(TITLES_ZH);
/** Up to four capitalised Latin words (linear: no nested quantifiers over the same characters). */
const LATIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-zA-Z'’-]+){1,3}/;
/** One word with a capital inside it after lower-case letters (BioNTech, SoftBank, OpenAI). */
const CAMEL = /^[A-Z][a-z]+[A-Z][A-Za-z]*/;

function titleBefore(text: string, at: number): boolean {
  for (let n = 2; n <= 5; n++) if (TITLE_ENDS.has(text.slice(at - n, at))) return true;
  return false;
}

export function bareLatinNames(text: string, lex: ZhLexicon, out: Span[]): void {
  for (let i = 1; i < text.length; i++) {
    if (!/[A-Z]/.test(text[i] as string) || !isHan(text[i - 1])) continue;
    const rest = text.slice(i, i + 60);
    const person = LATIN_NAME.exec(rest)?.[0];
    if (person && titleBefore(text, i) && looksLikePersonLatin(person, lex)) {
      out.push(span(i, i + person.length, 'PER', person, 'title-latin', 3));
      continue;
    }
    const camel = CAMEL.exec(rest)?.[0];
    const after = text[i + (camel?.length ?? 0)];
    if (camel && !/[A-Za-z0-9]/.test(after ?? '') && !lex.dict.get(camel)) {
      out.push(span(i, i + camel.length, 'ORG', camel, 'camel-latin', 2));
    }
  }
}
