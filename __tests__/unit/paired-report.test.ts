// How paired rows reach the report: JSON per row (method, pairs, duels, pair_estimates, burst_ms, clock,
// noise_floor) and settings.method; the comment's Rounds column as pairs × duels per pair.
import { type PairedRow } from '../../src/judge/paired/judge-types.js';
import { reportToJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { report, row } from '../helpers/report-fixture.js';

const paired = (name: string, extra: Partial<PairedRow> = {}): PairedRow => ({
  ...row(name, 'regression'),
  method: 'paired',
  pairs: 8,
  duels: 160,
  pairEstimates: [1.29, 1.31, 1.3, 1.3, 1.28, 1.32, 1.3, 1.3],
  burstMs: 5,
  clock: 'cpu',
  ...extra,
});

describe('paired rows in the report', () => {
  const r = {
    ...report([paired('a'), paired('n', { verdict: 'inconclusive', tooNoisy: true, noiseFloor: 0.08 }), row('old', 'unchanged')]),
    method: 'paired' as const,
    paired: { pairs: 8, burstMs: 5, startupSeconds: 3.42, minPairs: 6, maxPairs: 20, parallel: 2 },
    rounds: 0,
  };

  it('writes the pair-level figures per row and the method in the settings', () => {
    const json = reportToJson(r) as { settings: Record<string, unknown>; benchmarks: Record<string, unknown>[] };
    expect(json.settings).toMatchObject({ method: 'paired', pairs: 8, min_pairs: 6, max_pairs: 20, burst_ms: 5, worker_startup_seconds: 3.4, parallel: 2 });
    expect(json.benchmarks.find((b) => b.name === 'a')).toMatchObject({
      method: 'paired',
      pairs: 8,
      duels: 160,
      pair_estimates: paired('a').pairEstimates,
      burst_ms: 5,
      clock: 'cpu',
    });
    expect(json.benchmarks.find((b) => b.name === 'n')).toMatchObject({ noise_floor: 0.08 });
    expect(json.benchmarks.find((b) => b.name === 'old')).toMatchObject({ method: 'rounds' });
    expect(json.benchmarks.find((b) => b.name === 'old')).not.toHaveProperty('pairs');
  });

  it('shows pairs × duels per pair in the summary, the noise floor, and says how paired rows are judged', () => {
    const md = renderMarkdown(r, { audience: 'summary' });
    expect(md).toMatch(/\| a \| 3\.12 \| regression \|.*\| 8 pairs × 20 duels \|/);
    expect(md).toContain('inconclusive (noise floor ±8%)');
    expect(md).toContain('8 worker pairs of 5 ms bursts (every verdict decided)');
    expect(md).toContain('Measured = worker pairs × duels per pair');
    expect(md).toContain('Noise floor (a base-against-base pair, `calibrate`): 8%–8%');
  });
});
