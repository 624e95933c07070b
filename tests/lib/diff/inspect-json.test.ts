import { describe, expect, it } from 'vitest';
import { toInspectJson } from '../../../cli/json-view';
import { compareArticles } from '../../../lib/diff/compare';
import type { Article, Report } from '../../../lib/types';
import { testArticle } from '../../support/article';

const article = (title: string, paragraphs: string[]): Article => testArticle(paragraphs, { title });

describe('inspect --json: changes.kinds and the spans of edited paragraphs', () => {
  it('lists the kinds that changed and gives edited paragraphs their spans', () => {
    const archived = article('中国粮食又出事 2500万吨毒镉米入藏广东', ['据报道，2500万吨毒镉稻米藏广东。', '报道说，这批稻米来自湖南。']);
    const live = article('中国粮食又出事 2500吨毒镉米入藏广东', ['据报道，2500吨毒镉稻米藏广东。', '报道说，这批稻米来自湖南。']);
    const report: Report = { live, liveWarnings: [], match: null, archived: null, entities: [], changes: compareArticles(live, archived), possibleEarlier: [] };
    const json = JSON.parse(JSON.stringify(toInspectJson(report)));
    expect(json.changes.kinds).toEqual(['headline', 'paragraphs']);
    expect(json.changes.silentEdit).toEqual({ reason: 'missing' });
    expect(json.changes.paragraphs[0]).toEqual({
      status: 'changed',
      live: '据报道，2500吨毒镉稻米藏广东。',
      archived: '据报道，2500万吨毒镉稻米藏广东。',
      liveIndex: 0,
      archivedIndex: 0,
      spans: [
        { op: 'equal', text: '据报道，2500' },
        { op: 'delete', text: '万' },
        { op: 'equal', text: '吨毒镉稻米藏广东。' },
      ],
      rewritten: false,
    });
    expect(json.changes.paragraphs[1]).toEqual({ status: 'unchanged', live: '报道说，这批稻米来自湖南。', archived: '报道说，这批稻米来自湖南。' });
    expect(json.changes.fields.find((f: { field: string }) => f.field === 'title').spans).toHaveLength(3);
  });
});
