// Writes a synthetic archive corpus made from the real files of ../shared/corpus/archive: N files
// (default 100,000) in the real format, spread over four years (2020-2023), each with its own date,
// headline, slug and body (a share of the body's Chinese characters replaced, so no two articles
// share their text), 5 % under date-less wire URLs, and every 25th article stored a second time
// (a later capture with one paragraph edited, half of them under the next day's URL date).
// Output goes under .tmp/ and is never committed.
//   npx tsx scripts/gen-corpus.ts [--count 100000] [--out .tmp/corpus-100k] [--shared ../shared]
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const COUNT = Number(arg('count', '100000'));
const OUT = resolve(arg('out', '.tmp/corpus-100k'));
const SHARED = resolve(arg('shared', process.env.RFI_LENS_SHARED ?? '../shared'));

/** Deterministic: the same corpus on every machine. */
let seed = 0x2545f491;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const HAN = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府器术状群报建海族保万'];
const LEAD = /(<div>)(\d{2})\/(\d{2})\/(\d{4}) - (\d{2}):(\d{2})(<\/div>)/;
const START = Date.UTC(2020, 0, 1);
const DAYS = 4 * 365 + 1;
const pad = (n: number) => String(n).padStart(2, '0');

interface Base {
  title: string;
  section: string;
  body: string;
}

function readBases(): Base[] {
  const dir = join(SHARED, 'corpus', 'archive');
  const bases: Base[] = [];
  for (const name of readdirSync(dir).sort()) {
    const m = /^<!--\d+-->\n\[(.*)\]\((\S+)\)\n------\n\n(.*)\n$/s.exec(readFileSync(join(dir, name), 'utf8'));
    if (!m) continue;
    const section = decodeURIComponent(/\/\/cn\/([^/]+)\//.exec(m[2]!)?.[1] ?? 'contenu');
    bases.push({ title: m[1]!, section, body: m[3]! });
  }
  return bases;
}

/** Replaces a share of the Chinese characters outside tags: a different text, the same markup. */
function vary(text: string, share: number): string {
  return text.replace(/(<[^>]*>)|([\u4e00-\u9fff])/g, (whole, tag: string | undefined) => (tag || random() >= share ? whole : pick(HAN)));
}

function slugOf(title: string): string {
  return encodeURIComponent(title.replace(/ – 法国国际广播电台 - RFI$/, '').toLowerCase().replace(/[\s:?"“”「」《》!！。,.()（）/]+/g, '-').replace(/^-+|-+$/g, ''));
}

function fileText(at: number, title: string, url: string, body: string): string {
  return `<!--${at}-->\n[${title}](${url})\n------\n\n${body}\n`;
}

function main() {
  const bases = readBases();
  if (bases.length === 0) throw new Error(`no archive files under ${SHARED}/corpus/archive`);
  rmSync(OUT, { recursive: true, force: true });
  let written = 0;
  const write = (month: string, name: string, text: string) => {
    const dir = join(OUT, month);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
    written++;
  };
  for (let i = 0; written < COUNT; i++) {
    const base = bases[i % bases.length]!;
    const dayStart = START + Math.floor((i * DAYS) / COUNT) * 86_400_000;
    const shown = dayStart + Math.floor(random() * 22 * 3600_000) + 3600_000; // Paris ≈ UTC+1/2: same day
    const d = new Date(shown);
    const ymd = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
    const title = vary(base.title, 0.35) + (random() < 0.1 ? ` ${pick(HAN)}${pick(HAN)}` : '');
    const slug = slugOf(title);
    const dateless = random() < 0.05;
    const path = dateless ? `/cn/${slug}-${i}` : `/cn/${encodeURIComponent(base.section)}/${ymd}-${slug}`;
    const url = `${random() < 0.5 ? 'http://www.rfi.fr/' : 'https://www.rfi.fr'}${path}`;
    const shownLine = `<div>${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} - ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}</div>`;
    const body = vary(base.body, 0.3).replace(LEAD, shownLine);
    const at = shown + Math.floor(5 * 60_000 + random() * 3 * 3600_000);
    const month = ymd.slice(0, 6);
    write(month, `${i}.md`, fileText(at, title, url, body));
    if (i % 25 === 24 && written < COUNT) {
      // A second capture: one paragraph edited, later; half of them re-filed under the next day.
      const later = at + Math.floor(3600_000 + random() * 20 * 3600_000);
      const next = new Date(dayStart + 86_400_000 + 12 * 3600_000);
      const ymd2 = `${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`;
      const url2 = !dateless && random() < 0.5 ? url.replace(`/${ymd}-`, `/${ymd2}-`) : url;
      const edited = body.replace(/<p>([^<]{20,})<\/p>/, (_, p: string) => `<p>${vary(p, 0.1)}</p>`);
      write(month, `${i}_v2.md`, fileText(later, title, url2, edited));
    }
  }
  console.log(`${written} files written to ${OUT} from ${bases.length} real archive files`);
}

main();
