// A loopback HTTP server that emulates the GitHub REST endpoints the action calls (issue comments, PR
// look-ups, commit statuses), so the real bundle can be run against it through GITHUB_API_URL.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: 'User' | 'Bot' };
}

/** Who a token writes as; a token not in `users` is the default GITHUB_TOKEN (github-actions[bot], no /user). */
export interface TokenUser {
  login: string;
  type: 'User' | 'Bot';
}

/** A PR as GET /repos/{owner}/{repo}/pulls/{number} describes it (the fields the action reads). */
export interface StoredPull {
  headSha: string;
  headRepository: string;
}

export interface StoredStatus {
  sha: string;
  state: string;
  context: string;
  description?: string;
  target_url?: string;
}

export interface ApiRequest {
  method: string;
  path: string;
  authorization?: string;
}

/** An answer the emulator gives instead of the real one, `times` times, to requests of `method` (on `path`, if given). */
export interface InjectedFailure {
  method: string;
  path?: RegExp;
  status: number;
  message?: string;
  headers?: Record<string, string>;
  times: number;
}

export class GitHubApiEmulator {
  /** Failures to inject, in order (a 502 from a proxy, a secondary rate limit with retry-after, …). */
  failures: InjectedFailure[] = [];
  /** The PR's head sha as `GET /repos/…/pulls/N` reports it (a newer push moves it); unset: answered from `pulls`. */
  pullHeadSha?: string;
  comments: StoredComment[] = [];
  requests: ApiRequest[] = [];
  /** When set, writes (POST/PATCH) answer this status, as GitHub does for a read-only fork token. */
  denyWritesWith?: number;
  /** Personal access tokens and their users: `GET /user` answers them; any other token gets 403. */
  users: Record<string, TokenUser> = {};
  /** PRs of this repository by number; GET pulls/{n} of any other number answers 404. */
  pulls: Record<number, StoredPull> = {};
  statuses: StoredStatus[] = [];
  private server?: Server;
  private nextId = 1000;
  url = '';

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly issue: number,
  ) {}

  seed(count: number, body = 'an unrelated comment'): void {
    for (let i = 0; i < count; i++) this.add(`${body} ${i}`, { login: 'someone', type: 'User' });
  }

  /** A comment written by someone else (or by `user`), e.g. one that copies our marker. */
  add(body: string, user: TokenUser): StoredComment {
    const id = this.nextId++;
    const c = { id, body, html_url: `https://github.com/${this.owner}/${this.repo}/pull/${this.issue}#issuecomment-${id}`, user: { ...user } };
    this.comments.push(c);
    return c;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search, authorization: req.headers.authorization });
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const failure = this.failures.find((f) => f.times > 0 && f.method === req.method && (!f.path || f.path.test(url.pathname)));
    if (failure) {
      failure.times--;
      return send(failure.status, { message: failure.message ?? 'Bad Gateway' }, failure.headers);
    }
    // pullHeadSha moves this PR's head (a newer push); else GET pulls/{n} answers from `pulls` (404 when absent).
    if (req.method === 'GET' && this.pullHeadSha && url.pathname === `/repos/${this.owner}/${this.repo}/pulls/${this.issue}`) {
      return send(200, { number: this.issue, head: { sha: this.pullHeadSha } });
    }
    const base = `/repos/${this.owner}/${this.repo}/issues`;
    const token = (req.headers.authorization ?? '').replace(/^(token|bearer) /i, '');
    const writer: TokenUser = this.users[token] ?? { login: 'github-actions[bot]', type: 'Bot' };
    if (req.method === 'GET' && url.pathname === '/user') {
      const user = this.users[token];
      // GitHub answers an installation token (the default GITHUB_TOKEN) this way
      return user ? send(200, { login: user.login, id: 1, type: user.type }) : send(403, { message: 'Resource not accessible by integration' });
    }
    if (req.method === 'GET' && url.pathname === `${base}/${this.issue}/comments`) {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(this.comments.length / perPage));
      const link: Record<string, string> =
        page < last
          ? {
              link: `<${this.url}${base}/${this.issue}/comments?per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}${base}/${this.issue}/comments?per_page=${perPage}&page=${last}>; rel="last"`,
            }
          : {};
      return send(200, slice, link);
    }
    if ((req.method === 'POST' || req.method === 'PATCH') && this.denyWritesWith) {
      return send(this.denyWritesWith, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }
    const pull = new RegExp(`^/repos/${this.owner}/${this.repo}/pulls/(\\d+)$`).exec(url.pathname);
    if (req.method === 'GET' && pull) {
      const p = this.pulls[Number(pull[1])];
      if (!p) return send(404, { message: 'Not Found' });
      const repo = (fullName: string) => ({ full_name: fullName, name: fullName.split('/')[1], owner: { login: fullName.split('/')[0] } });
      return send(200, {
        number: Number(pull[1]),
        state: 'open',
        head: { sha: p.headSha, repo: repo(p.headRepository) },
        base: { repo: repo(`${this.owner}/${this.repo}`) },
      });
    }
    const status = new RegExp(`^/repos/${this.owner}/${this.repo}/statuses/([0-9a-f]{40})$`).exec(url.pathname);
    if (req.method === 'POST' && status) {
      const { state, context, description, target_url } = JSON.parse(raw);
      this.statuses.push({ sha: status[1], state, context, description, target_url });
      return send(201, { state, context, description, target_url });
    }
    if (req.method === 'POST' && url.pathname === `${base}/${this.issue}/comments`) {
      return send(201, this.add(JSON.parse(raw).body, writer));
    }
    const edit = new RegExp(`^${base}/comments/(\\d+)$`).exec(url.pathname);
    if (req.method === 'PATCH' && edit) {
      const c = this.comments.find((x) => x.id === Number(edit[1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = JSON.parse(raw).body;
      return send(200, c);
    }
    send(404, { message: `emulator has no route for ${req.method} ${url.pathname}` });
  }
}
