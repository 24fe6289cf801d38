// A thin wrapper over the git command line, with the shallow-clone helpers the action needs.
import { type RunProcess } from '../io/process.js';
import { withRetries } from './git-network.js';

export class GitError extends Error {
  constructor(args: readonly string[], stderr: string) {
    super(`git ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-2).join(' ')}`);
    this.name = 'GitError';
  }
}

export class Git {
  constructor(
    private readonly run: RunProcess,
    readonly cwd: string,
    /** The children's allow-listed environment (child-env.ts), from the seam; git needs nothing more. */
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** The same repository with more environment (a temporary index: working-tree.ts). */
  withEnv(extra: NodeJS.ProcessEnv): Git {
    return new Git(this.run, this.cwd, { ...this.env, ...extra }, this.log);
  }

  async exec(args: readonly string[]): Promise<string> {
    const r = await this.run('git', args, { cwd: this.cwd, env: { ...this.env, GIT_TERMINAL_PROMPT: '0' } });
    if (r.code !== 0) throw new GitError(args, r.stderr || r.stdout);
    return r.stdout.trim();
  }

  async tryExec(args: readonly string[]): Promise<string | null> {
    try {
      return await this.exec(args);
    } catch (e) {
      if (e instanceof GitError) return null;
      throw e;
    }
  }

  topLevel(): Promise<string> {
    return this.exec(['rev-parse', '--show-toplevel']);
  }

  /** The full sha of a commit-ish, or null when it is not in the repository. */
  resolveCommit(ref: string): Promise<string | null> {
    return this.tryExec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  }

  async isShallow(): Promise<boolean> {
    return (await this.exec(['rev-parse', '--is-shallow-repository'])) === 'true';
  }

  async hasRemote(name: string): Promise<boolean> {
    return (await this.exec(['remote'])).split('\n').includes(name);
  }

  /** Parents of a commit as the local history knows them (none at a shallow boundary). */
  async parents(sha: string): Promise<string[]> {
    const line = await this.exec(['rev-list', '--parents', '-n', '1', sha]);
    return line.split(/\s+/).slice(1);
  }

  mergeBase(a: string, b: string): Promise<string | null> {
    return this.tryExec(['merge-base', a, b]);
  }

  /** Network: a timeout, three tries, and a credentials failure explained (git-network.ts). */
  fetch(args: readonly string[]): Promise<string | null> {
    const env = { ...this.env, GIT_TERMINAL_PROMPT: '0' };
    return withRetries(['fetch', '--no-tags', '--quiet', ...args], (a, timeoutMs) => this.run('git', a, { cwd: this.cwd, env, timeoutMs }), this.log);
  }

  async addWorktree(dir: string, sha: string): Promise<void> {
    await this.exec(['worktree', 'add', '--detach', '--force', dir, sha]);
  }

  async removeWorktree(dir: string): Promise<void> {
    await this.tryExec(['worktree', 'remove', '--force', dir]);
    await this.tryExec(['worktree', 'prune']);
  }
}
