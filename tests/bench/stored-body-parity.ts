// Measures: every real archive file rendered with its stored body as a live page → changes reported.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseArchiveFile, storedBodyHtml } from '../../lib/archive/parse-file';
import { compareArticles } from '../../lib/diff/compare';
import { extractArticle } from '../../lib/page/extract';
import { renderStoredBodyPage } from '../../cli/render-page-body';
const S = '/work/shared';
const template = readFileSync(join(S, 'pages/cn-article-2025.html'), 'utf8').replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/g, '$1$2');
const files: string[] = [];
for (const f of readdirSync(join(S, 'corpus/archive')).sort()) files.push(join(S, 'corpus/archive', f));
for (const d of readdirSync(join(S, 'corpus/revisions')).sort()) {
  if (!/^\d+$/.test(d)) continue;
  for (const f of readdirSync(join(S, 'corpus/revisions', d)).sort()) if (f.startsWith('v')) files.push(join(S, 'corpus/revisions', d, f));
}
if (process.argv[2] === 'extra') for (const dd of ['transcribed', 'jekyll-variant']) for (const f of readdirSync(join(S, 'corpus', dd)).sort()) if (f.endsWith('.md') && f !== 'README.md') files.push(join(S, 'corpus', dd, f));
const only = process.argv[3];
if (only) files.splice(0, files.length, ...files.filter((f) => only.split(',').some((o) => f.includes(o))));
let bad = 0; const kinds: Record<string, number> = {}; const samples: string[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const r = parseArchiveFile(text, file);
  if (!r.ok) { bad++; samples.push(`${file}: parse ${r.reason}`); continue; }
  const html = renderStoredBodyPage(template, r.value, storedBodyHtml(text)!);
  const live = extractArticle(parseHTML(html).document, r.value.url)!.value;
  const c = compareArticles(live, r.value);
  const s = c.summary;
  if (c.kinds.length || s.changed || s.added || s.removed || s.moved) {
    bad++;
    for (const k of c.kinds) kinds[k] = (kinds[k] ?? 0) + 1;
    if (samples.length < 400) {
      const extra = c.paragraphs.filter((p: any) => p.status !== 'unchanged').slice(0, 2).map((p: any) => `${p.status}: L=${(p.live ?? '').slice(0, 60)} | A=${(p.archived ?? '').slice(0, 60)}`);
      samples.push(`${file.split('/').slice(-2).join('/')}: ${c.kinds.join(',')} ${JSON.stringify(s)} ${extra.join(' ;; ')}`);
    }
  }
}
console.log(`files ${files.length}, with changes ${bad}`, kinds);
console.log(samples.join('\n'));
