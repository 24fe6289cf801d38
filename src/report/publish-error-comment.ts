// mode: comment when the measuring run stopped at exit 2 (bad input, no interpreter): the PR still hears why,
// in its sticky comment, as the job summary says it. The reason comes from the untrusted folder: it is escaped
// (errorMarkdown) and, by the caller, redacted.
import { type ShellDeps } from '../io/seam.js';
import { type Settings } from '../model/settings.js';
import { explainCommentError, upsertComment } from './comment.js';
import { commentPlan, errorMarkdown } from './publish-values.js';

export async function commentRunError(deps: ShellDeps, settings: Pick<Settings, 'comment' | 'commentKey'>, prNumber: number | undefined, message: string) {
  if (!deps.comments || prNumber === undefined) return;
  const plan = commentPlan({ number: prNumber }, deps.env, deps.io.getInput('github-token'), settings);
  if (!plan.post) return;
  try {
    const outcome = await upsertComment(deps.comments(plan), plan.marker, `${plan.marker}\n${errorMarkdown(message)}`, settings.comment, false);
    if (outcome.action === 'skipped') return;
    deps.io.info(`PR comment ${outcome.action}: ${outcome.url}`);
    deps.io.setOutput('comment-url', outcome.url);
  } catch (e) {
    deps.io.warning(explainCommentError(e));
  }
}
