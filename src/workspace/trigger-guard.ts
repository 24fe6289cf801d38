// The I/O around trigger-check.ts: reads head's commit object, then stops the run (exit 2) or warns.
import { type Git } from './git.js';
import { type Settings } from '../model/settings.js';
import { decideTrigger, parseParents } from './trigger-check.js';
import { type Io } from '../io/seam.js';
import { EnvironmentError } from '../model/errors.js';

export async function guardTrigger(io: Io, git: Git, env: NodeJS.ProcessEnv, event: unknown, settings: Settings, headSha: string): Promise<void> {
  if (env.GITHUB_EVENT_NAME !== 'pull_request_target' && env.GITHUB_EVENT_NAME !== 'workflow_run') return;
  const headParents = parseParents(await git.exec(['cat-file', 'commit', headSha]));
  const decision = decideTrigger({ eventName: env.GITHUB_EVENT_NAME, event, headSha, headParents, headFromInput: Boolean(settings.head), trustPrCode: settings.trustPrCode });
  if (!decision.ok) throw new EnvironmentError(decision.message);
  if (decision.warning) io.warning(decision.warning);
}
