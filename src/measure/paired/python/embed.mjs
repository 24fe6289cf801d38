// Regenerates ../python-sources.ts from the .py files here (run: node src/measure/paired/python/embed.mjs).
// One JSON string per file (the .py files are the ones to read). A stop-gap until the build embeds harness files; a unit test fails when the two drift apart.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const files = readdirSync(here).filter((f) => f.endsWith('.py')).sort();
const body = files
  .map((f) => {
    const text = readFileSync(new URL(f, here), 'utf8');
    return `  ${JSON.stringify(f)}:\n    ${JSON.stringify(text)},`;
  })
  .join('\n');
writeFileSync(
  new URL('../python-sources.ts', here),
  `// GENERATED from src/measure/paired/python/*.py by src/measure/paired/python/embed.mjs: edit the .py files, then rerun it.\n` +
    `/** The paired workers' Python files: file name → source. */\nexport const PAIRED_PYTHON_FILES: Record<string, string> = {\n${body}\n};\n`,
);
