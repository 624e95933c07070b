// Every language has every message, with the same substitutions and plural forms as English, and
// the terms the issue fixes (存档 / 存檔 for the capture, 修改 for an edit) are used consistently.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/i18n/locale';
import { messagesOf } from '../../support/i18n';
import { REPO_ROOT } from '../../support/shared';

const english = messagesOf('en');
const placeholders = (m: string) => [...new Set(m.match(/\$[1-9]/g) ?? [])].sort();
const forms = (m: string) => m.split(' | ').length;

describe('locales', () => {
  it('ships exactly the locales lib/i18n knows', () => {
    const files = readdirSync(resolve(REPO_ROOT, 'locales')).map((f) => f.replace(/\.yml$/, '')).sort();
    expect(files).toEqual([...LOCALES].sort());
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every English message, no extra ones, same placeholders and plural forms`, () => {
      const messages = messagesOf(locale);
      expect(Object.keys(english).filter((k) => !(k in messages)), 'missing').toEqual([]);
      expect(Object.keys(messages).filter((k) => !(k in english)), 'not in English').toEqual([]);
      for (const [key, { message }] of Object.entries(messages)) {
        expect(message.trim(), `${locale} ${key} is empty`).not.toBe('');
        expect(placeholders(message), `${locale} ${key} placeholders`).toEqual(placeholders(english[key]!.message));
        expect(forms(message), `${locale} ${key} plural forms`).toBe(forms(english[key]!.message));
      }
    });
  }

  it('every message key the code uses exists (no typo slips through a cast)', () => {
    const files = ['components', 'lib', 'entrypoints'].flatMap((d) =>
      readdirSync(resolve(REPO_ROOT, d), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f))
        .map((f) => readFileSync(resolve(REPO_ROOT, d, f), 'utf8')),
    );
    const used = files.flatMap((text) => [...text.matchAll(/'((?:ext|date|sidebar|field|meta|entities|archive|versions|change|diff|kind|summary|silent|jump|popup|marker|options|language|origin|own|watch|trust|limits)\.[A-Za-z_]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((k) => !(k.replaceAll('.', '_') in english))).toEqual([]);
  });

  it('uses one term for the capture and one for an edit in each Chinese script', () => {
    const hans = Object.values(messagesOf('zh_CN')).map((m) => m.message).join('\n');
    const hant = Object.values(messagesOf('zh_TW')).map((m) => m.message).join('\n');
    expect(hans).toContain('存档');
    expect(hans).toContain('修改');
    expect(hans).not.toMatch(/存檔|快照|归档|編輯|编辑/);
    expect(hant).toContain('存檔');
    expect(hant).toContain('修改');
    expect(hant).not.toMatch(/存档|快照|歸檔|编辑|編輯/);
  });
});
