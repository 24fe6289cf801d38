// The comment's section on a PR that changes its own [tool.py-perf-guard] settings. Pure.
import { showTomlValue } from '../config/config-changes.js';
import { escapeMarkdown as esc } from './escape.js';
import { type ConfigChange } from '../model/report.js';

export function configChangesSection(changes: readonly ConfigChange[]): string[] {
  if (!changes.length) return [];
  const value = (v: unknown) => (v === undefined ? '*unset*' : esc(showTomlValue(v), 200));
  const lines = changes.map((c) => {
    const note = c.overridden ? ' (the workflow sets this input, so it has no effect here)' : '';
    return `- ${esc(c.key, 80)}: ${value(c.base)} → ${value(c.head)}${note}`;
  });
  return [`**⚙️ This PR changes its own \\[tool.py-perf-guard\\] settings** in pyproject.toml (base → head); review them with the code:`, '', ...lines, ''];
}
