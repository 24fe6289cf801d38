// The report folder on disk as mode: comment reads it: regular files within their limits, and the folders a
// download with `pattern:` leaves (one sub-folder per artifact).
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandReportDirs, readFolderFile, writeReportFolder } from '../../src/io/report-folder.js';
import { removeDir, tempDir } from '../helpers/git-repo.js';

let root: string;
beforeEach(() => (root = tempDir()));
afterEach(() => removeDir(root));

describe('the report folder on disk', () => {
  it('writes the three files and reads one back within its limit', () => {
    writeReportFolder(join(root, 'f'), { report: { schema: 1 }, comment: '# hi\n', event: { schema: 1 } });
    expect(readFolderFile(join(root, 'f'), 'comment.md', 100)).toBe('# hi\n');
    expect(JSON.parse(readFolderFile(join(root, 'f'), 'report.json', 100))).toEqual({ schema: 1 });
  });

  it('refuses a file over its limit, a missing file, a symlink (to a file outside) and a folder in its place', () => {
    const dir = join(root, 'f');
    mkdirSync(join(dir, 'event.json'), { recursive: true });
    writeFileSync(join(dir, 'report.json'), 'x'.repeat(101));
    writeFileSync(join(root, 'secret'), 'outside');
    symlinkSync(join(root, 'secret'), join(dir, 'comment.md'));
    expect(() => readFolderFile(dir, 'report.json', 100)).toThrow('report.json is 101 bytes, over the limit of 100');
    expect(() => readFolderFile(dir, 'nothing.json', 100)).toThrow('nothing.json is missing');
    expect(() => readFolderFile(dir, 'comment.md', 100)).toThrow('comment.md is a symbolic link');
    expect(() => readFolderFile(dir, 'event.json', 100)).toThrow('event.json is not a regular file');
  });

  it('expands a download folder into its artifacts’ folders, and keeps a report folder as it is', () => {
    for (const leg of ['shard-2', 'shard-1']) writeReportFolder(join(root, 'all', leg), { report: {}, comment: '', event: {} });
    mkdirSync(join(root, 'all', 'unrelated'));
    expect(expandReportDirs(join(root, 'all'))).toEqual([join(root, 'all', 'shard-1'), join(root, 'all', 'shard-2')]);
    expect(expandReportDirs(join(root, 'all', 'shard-1'))).toEqual([join(root, 'all', 'shard-1')]);
    expect(expandReportDirs(join(root, 'none'))).toEqual([]);
  });
});
