// `tsx tests/hostile/write-corpus.ts <dir>`: writes the hostile archive folder (corpus.ts).
import { writeHostileCorpus } from './corpus';

const dir = process.argv[2];
if (!dir) throw new Error('usage: write-corpus.ts <dir>');
const articles = writeHostileCorpus(dir);
console.log(`hostile archive: ${articles.length} articles, ${articles.reduce((n, a) => n + a.vectors.length, 0)} vectors in ${dir}`);
