// A picked folder's Files are held only until read (issue 9: Chromium keeps one IPC handle per File
// and closed 100,000 of them at once after a large import, stalling every extension message).
import { describe, expect, it } from 'vitest';
import { folderFiles } from '../../entrypoints/options/import-files';

const picked = (path: string, text: string) => {
  const file = new File([text], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
};

describe('folderFiles', () => {
  it('names each file inside the folder, takes the Files from the caller, and reads each once', async () => {
    const files = [picked('bench/2024/a.html', 'A'), picked('bench/b.html', 'B')];
    const chosen = folderFiles(files);
    expect(files).toEqual([]);
    expect(chosen.name).toBe('bench');
    expect(chosen.files.map((f) => f.name)).toEqual(['2024/a.html', 'b.html']);
    expect(new TextDecoder().decode(await chosen.files[0]!.read())).toBe('A');
    await expect(chosen.files[0]!.read()).rejects.toThrow('2024/a.html: already read');
    expect(new TextDecoder().decode(await chosen.files[1]!.read())).toBe('B');
  });
});
