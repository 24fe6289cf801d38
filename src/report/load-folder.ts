// One report folder read back for mode: comment: its files within their size limits (io/report-folder.ts),
// parsed and checked field by field (read-report-json.ts, folder-event.ts). comment.md is never read: the
// comment is rendered again from the checked report.
import { FOLDER_FILES, FOLDER_LIMITS, readFolderFile } from '../io/report-folder.js';
import { EnvironmentError } from '../model/errors.js';
import { readFolderEvent, type FolderEvent } from './folder-event.js';
import { readReportJson, type ReadReport } from './read-report-json.js';

export interface LoadedFolder {
  dir: string;
  read: ReadReport;
  event: FolderEvent;
}

/** Why a folder is not published: exit 2, naming the folder; never a partial publish. */
export function refuseFolder(dir: string, reason: string): EnvironmentError {
  return new EnvironmentError(`the report folder ${dir} is refused: ${reason}`);
}

function parse(dir: string, name: string, limit: number): unknown {
  try {
    return JSON.parse(readFolderFile(dir, name, limit));
  } catch (e) {
    throw refuseFolder(dir, e instanceof SyntaxError ? `${name} is not valid JSON (${e.message})` : (e as Error).message);
  }
}

export function loadReportFolder(dir: string): LoadedFolder {
  const report = parse(dir, FOLDER_FILES.report, FOLDER_LIMITS.report);
  const event = parse(dir, FOLDER_FILES.event, FOLDER_LIMITS.event);
  try {
    return { dir, read: readReportJson(report), event: readFolderEvent(event) };
  } catch (e) {
    const message = (e as Error).message;
    throw refuseFolder(dir, message.startsWith('event.json') ? message : `report.json: ${message}`);
  }
}
