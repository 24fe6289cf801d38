// What `mode: auto` says on a fork's PR instead of calling the comment API with a token that cannot write:
// how to publish the result from a second workflow (README, Pull requests from forks), with the YAML. Pure.

/** The steps to add to this job, and the second workflow, for a workflow named `workflowName`. */
export function forkNotice(headRepository: string, workflowName: string): string {
  const name = workflowName || 'Benchmarks';
  return [
    `PR from the fork ${headRepository}: its token cannot write comments, so py-perf-guard did not try; the verdict is in the outputs, the job summary and the exit code.`,
    'To comment on fork PRs as well, set `mode: measure` on this step, upload the report folder after it:',
    '',
    '      - if: always()',
    '        uses: actions/upload-artifact@v4',
    '        with:',
    '          name: py-perf-guard-report',
    '          path: ${{ steps.<this step id>.outputs.report-dir }}',
    '',
    'and add this workflow (.github/workflows/py-perf-guard-comment.yml); it runs no PR code:',
    '',
    '    name: py-perf-guard comment',
    '    on:',
    '      workflow_run:',
    `        workflows: [${JSON.stringify(name)}]`,
    '        types: [completed]',
    '    permissions:',
    '      actions: read',
    '      pull-requests: write',
    '      statuses: write',
    '    jobs:',
    '      comment:',
    "        if: github.event.workflow_run.event == 'pull_request'",
    '        runs-on: ubuntu-latest',
    '        steps:',
    '          - uses: actions/download-artifact@v4',
    '            with:',
    '              name: py-perf-guard-report',
    '              path: py-perf-guard-report',
    '              run-id: ${{ github.event.workflow_run.id }}',
    '              github-token: ${{ github.token }}',
    '          - uses: <owner>/py-perf-guard@v1',
    '            with:',
    '              mode: comment',
    '              report-dir: py-perf-guard-report',
  ].join('\n');
}
