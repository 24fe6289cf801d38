// Credentials out of everything bound for the comment, the summary, the outputs and the JSON report. GitHub
// masks registered secrets in logs and summaries, not in a comment posted through the API, and a failing
// install's stderr can quote `https://__token__:<secret>@…`. Pure: returns the redacted text and what was
// redacted, so the shell can register those values with setSecret as well.

export const MASK = '***';

/** Token shapes of GitHub (classic, app, OAuth, user-to-server, refresh, fine-grained), PyPI and JWTs. */
const TOKEN_SHAPES = [
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,}/g,
  /\bpypi-[A-Za-z0-9_-]{50,}/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
];
const TOKEN_EXACT = TOKEN_SHAPES.map((r) => new RegExp(`^(?:${r.source})$`));

/** `scheme://user:password@` or `scheme://user@`; the userinfo runs to the last @ before whitespace, a quote or /. */
const URL_USERINFO = /\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^\s/'"`<>]+)@/g;

/** A user-only userinfo that looks like a credential (e.g. `https://<token>@github.com`), not like `git`. */
function looksLikeToken(user: string): boolean {
  if (TOKEN_EXACT.some((r) => r.test(user))) return true;
  return user.length >= 20 && /[A-Za-z]/.test(user) && /\d/.test(user) && /^[A-Za-z0-9_.~%+=-]+$/.test(user);
}

export interface Redacted {
  text: string;
  /** The secret values found (passwords, tokens), to register with setSecret. */
  found: string[];
}

export function redactText(text: string): Redacted {
  const found: string[] = [];
  let out = text.replace(URL_USERINFO, (whole, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    if (colon >= 0) {
      const password = userinfo.slice(colon + 1);
      if (!password) return whole;
      found.push(password);
      return `${scheme}${MASK}@`;
    }
    if (!looksLikeToken(userinfo)) return whole;
    found.push(userinfo);
    return `${scheme}${MASK}@`;
  });
  for (const shape of TOKEN_SHAPES) {
    out = out.replace(shape, (token) => {
      found.push(token);
      return MASK;
    });
  }
  return { text: out, found: [...new Set(found)] };
}

/**
 * Redacts every string inside a plain value (objects, arrays, Maps), returning a copy; other values (numbers,
 * class instances other than Map) are kept as they are.
 */
export function redactDeep<T>(value: T): { value: T; found: string[] } {
  const found = new Set<string>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const r = redactText(v);
      r.found.forEach((f) => found.add(f));
      return r.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v instanceof Map) return new Map([...v].map(([k, x]) => [walk(k), walk(x)]));
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  const out = walk(value) as T;
  return { value: out, found: [...found] };
}

/** redactDeep, registering each value found (the shell passes io.setSecret, so the log masks it too). */
export function redactAndRegister<T>(value: T, register: (secret: string) => void): T {
  const r = redactDeep(value);
  for (const secret of r.found) register(secret);
  return r.value;
}
