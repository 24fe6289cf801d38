// The seam between the run and the outside world: the action (main.ts), the CLI (cli.ts) and the tests each
// pass their own Io, process runner, environment and comment client. Nothing below reads process.env.
import { type ProgressSink } from '../model/progress.js';
import { type CacheService } from './actions-cache.js';
import { type CommentsClient } from './comments-client.js';
import { type RunProcess } from './process.js';
import { type PullsClient } from './pulls-client.js';

/** Where an annotation points: a file relative to the repository root, a line, a title (as @actions/core takes them). */
export interface AnnotationProperties {
  file: string;
  startLine: number;
  title?: string;
}

/** The outside world as the shell sees it: the GitHub runner (main.ts) or a terminal (cli.ts). */
export interface Io {
  getInput(name: string): string;
  info(message: string): void;
  /** Logs output of the project's processes so that it cannot issue workflow commands (untrusted-log.ts). */
  untrusted?(text: string): void;
  warning(message: string): void;
  /** A note worth seeing in the run's annotations (::notice), such as a suite measured another way; default: info. */
  notice?(message: string): void;
  /** With a place in the repository: an annotation on that line (the CLI prints nothing for those). */
  error(message: string, at?: AnnotationProperties): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: string, value: string | number): void;
  setSecret(value: string): void;
  writeSummary(markdown: string): Promise<void>;
}

export interface ShellDeps {
  io: Io;
  run: RunProcess;
  env: NodeJS.ProcessEnv;
  /** Set by the run: the allow-listed environment (child-env.ts) every child process starts from. */
  childEnv?: NodeJS.ProcessEnv;
  /** Where the repository is checked out (GITHUB_WORKSPACE, or the CLI's current folder). */
  workspace: string;
  /** Builds the comment client; absent (CLI) means no comment. */
  comments?: (target: { owner: string; repo: string; issueNumber: number; token: string }) => CommentsClient;
  /** Builds the PR look-up and commit-status client (mode: comment); absent (CLI) means none. */
  pulls?: (target: { owner: string; repo: string; token: string }) => PullsClient;
  /** The runner's cache service (pip's cache, `cache` input); absent (CLI) means no cache. */
  cache?: CacheService;
  /** Where to write the report JSON; default below RUNNER_TEMP. */
  reportPath?: string;
  now?: () => number;
  /** A live display of the rounds' progress (the CLI's status line on a terminal); absent: a log line per round. */
  progress?: ProgressSink;
}
