#!/usr/bin/env node
// Prints what each build ships, raw and gzip: the content script first (the loader the manifest
// puts in every article-shaped rfi.fr page), the article script the background injects into
// articles (budget: 30 KB gzip, issue 10), then the background, the corpus index and the whole package.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = process.env.RFI_LENS_OUT ?? '.output';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const f = join(dir, n);
    return statSync(f).isDirectory() ? files(f) : [f];
  });
}

for (const build of readdirSync(OUT).filter((d) => statSync(join(OUT, d)).isDirectory()).sort()) {
  const all = files(join(OUT, build));
  const row = (label, list) => {
    const raw = list.reduce((s, f) => s + statSync(f).size, 0);
    const gz = list.reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    console.log(`${build.padEnd(12)} ${label.padEnd(16)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
  };
  row('content script', all.filter((f) => f.includes('content-scripts') && f.endsWith('.js')));
  row('article script', all.filter((f) => f.endsWith(`${join(build, 'rfi-article.js')}`)));
  row('background', all.filter((f) => /background\.js$/.test(f)));
  row('corpus index', all.filter((f) => f.includes(`${join(build, 'corpus')}`)));
  row('whole package', all);
}
