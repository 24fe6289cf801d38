// The key of the PR comment's hidden marker when `comment-key` is not given: the workflow inputs a matrix of
// jobs varies to tell its legs apart (interpreters, shard, working-directory, suites), so two legs never
// share, and overwrite, one comment by accident. Only workflow inputs count: every leg reads the same
// pyproject.toml, and a PR that edits it must not move its comment. Legs that merge into one report
// (`mode: merge`) comment once, from the merge job, whose inputs name no shard.
import { createHash } from 'node:crypto';
import { parseList } from './values.js';

/** `shard=1/4 py=3.12 suites=1a2b3c4d dir=pkg`, from the inputs given; undefined when none of them is. */
export function legKey(inputs: Record<string, string | undefined>): string | undefined {
  const given = (name: string) => (inputs[name] ?? '').trim();
  const parts: string[] = [];
  if (given('shard')) parts.push(`shard=${given('shard').replace(/\s/g, '')}`);
  if (given('interpreters')) parts.push(`py=${parseList(given('interpreters')).join(',')}`);
  if (given('suites')) parts.push(`suites=${createHash('sha256').update(given('suites').replace(/\r\n/g, '\n')).digest('hex').slice(0, 8)}`);
  if (given('working-directory') && given('working-directory') !== '.') parts.push(`dir=${given('working-directory')}`);
  return parts.length ? parts.join(' ') : undefined;
}
