// The runners py-perf-guard supports: it runs the install command with bash and expects venvs laid out
// with bin/ (Linux and macOS). On Windows it would fail late and obscurely, so it stops at once, saying so.
export function unsupportedPlatform(platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform !== 'win32') return undefined;
  return 'py-perf-guard runs on Linux and macOS runners only (it runs the install command with bash and uses venvs with a bin/ folder); this runner is Windows: use runs-on: ubuntu-latest (or macos-latest) for this job';
}
