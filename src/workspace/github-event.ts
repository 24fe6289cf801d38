// The webhook payload of the workflow run (GITHUB_EVENT_PATH), or undefined outside Actions.
import { readFileSync } from 'node:fs';

export function readEvent(env: NodeJS.ProcessEnv): any {
  try {
    return env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}
