// The report folder on disk: written by a measuring run (report.json, comment.md, event.json), read by a
// comment run that did not write it. Reading treats the folder as hostile: regular files only (no symlinks
// out of it), each under its size limit, read through one file descriptor so the checked file is the read one.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FOLDER_FILES = { report: 'report.json', comment: 'comment.md', event: 'event.json' } as const;

/** Bytes per file: a 5,000-row report with samples fits report.json; event.json is a few hundred bytes. */
export const FOLDER_LIMITS = { report: 32 * 1024 * 1024, event: 64 * 1024 } as const;

export function writeReportFolder(dir: string, files: { report: object; comment: string; event: object }): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, FOLDER_FILES.report), JSON.stringify(files.report, null, 2) + '\n');
  writeFileSync(join(dir, FOLDER_FILES.comment), files.comment);
  writeFileSync(join(dir, FOLDER_FILES.event), JSON.stringify(files.event, null, 2) + '\n');
}

/** A file of the folder as text; throws naming the file when it is missing, not a regular file, or too big. */
export function readFolderFile(dir: string, name: string, limit: number): string {
  const path = join(dir, name);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${name} is missing` : code === 'ELOOP' ? `${name} is a symbolic link` : `${name} cannot be read (${code})`, {
      cause: e,
    });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error(`${name} is not a regular file`);
    if (stat.size > limit) throw new Error(`${name} is ${stat.size} bytes, over the limit of ${limit}`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The report folders a `report-dir` entry names: the folder itself when it holds report.json, else its
 * sub-folders that do (actions/download-artifact with `pattern:` puts each artifact in a folder of its own); none
 * when nothing is there.
 */
export function expandReportDirs(dir: string): string[] {
  const stat = lstatSync(dir, { throwIfNoEntry: false });
  if (!stat) return [];
  if (!stat.isDirectory()) return [dir];
  if (lstatSync(join(dir, FOLDER_FILES.report), { throwIfNoEntry: false })) return [dir];
  const subs = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && lstatSync(join(dir, d.name, FOLDER_FILES.report), { throwIfNoEntry: false }))
    .map((d) => join(dir, d.name))
    .sort();
  return subs.length ? subs : [dir];
}
