// The comment's last lines: which action version wrote it, a link to the run (and attempt) and to the base and
// head commits, all under GITHUB_SERVER_URL so GitHub Enterprise Server links stay on that server; then the
// hidden run stamp (run-stamp.ts). Built only from the runner's variables, each checked before it goes into a link.
import { runStamp } from './run-stamp.js';

export interface RunContext {
  /** GITHUB_SERVER_URL, e.g. https://github.com or https://ghes.example.com (no trailing slash). */
  serverUrl?: string;
  /** GITHUB_REPOSITORY: owner/name. */
  repository?: string;
  runId?: string;
  runAttempt?: string;
  /** The action's own version (package.json). */
  version?: string;
}

/** The run as the runner describes it; a value that does not look like what GitHub sets is left out. */
export function runContext(env: NodeJS.ProcessEnv, version: string | undefined): RunContext {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const digits = (v: string | undefined) => (v && /^\d{1,20}$/.test(v) ? v : undefined);
  return {
    serverUrl: /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~/-]*)?$/.test(server) ? server : undefined,
    repository: /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY : undefined,
    runId: digits(env.GITHUB_RUN_ID),
    runAttempt: digits(env.GITHUB_RUN_ATTEMPT),
    version: version && /^[A-Za-z0-9.+-]{1,40}$/.test(version) ? version : undefined,
  };
}

const isSha = (sha: string) => /^[0-9a-f]{7,64}$/.test(sha);

/** `…/actions/runs/ID` (with `/attempts/N` when the attempt is known), or undefined without a server, repository or id. */
export function runUrl(ctx: RunContext): string | undefined {
  if (!ctx.serverUrl || !ctx.repository || !ctx.runId) return undefined;
  return `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}${ctx.runAttempt ? `/attempts/${ctx.runAttempt}` : ''}`;
}

function commitLink(ctx: RunContext, sha: string): string {
  const short = `\`${sha.slice(0, 7)}\``;
  return ctx.serverUrl && ctx.repository ? `[${short}](${ctx.serverUrl}/${ctx.repository}/commit/${sha})` : short;
}

/** The footer lines (starting with a blank line), to append to the comment body. */
export function renderFooter(ctx: RunContext, commits: { base: string; head: string }): string {
  const parts = [ctx.version ? `py-perf-guard ${ctx.version}` : 'py-perf-guard'];
  const run = runUrl(ctx);
  if (run) parts.push(`[run ${ctx.runId}${ctx.runAttempt && ctx.runAttempt !== '1' ? ` (attempt ${ctx.runAttempt})` : ''}](${run})`);
  if (isSha(commits.base) && isSha(commits.head)) parts.push(`base ${commitLink(ctx, commits.base)} → head ${commitLink(ctx, commits.head)}`);
  const stamp = isSha(commits.head) ? runStamp({ head: commits.head, runId: ctx.runId, attempt: ctx.runAttempt }) : '';
  return `\n\n<sub>${parts.join(' · ')}</sub>\n${stamp}`;
}
