#!/usr/bin/env bash
# Screenshot of the CLI in a real terminal: the committed dist/cli on the demo project (fixtures/demo), run in a
# detached tmux pane (a real TTY, so the CLI picks its terminal format and colours), captured with its colours
# (capture-pane -e), turned into an HTML page (ansi-html.mjs) and shot in headless Chromium (chromium.mjs).
# Usage: docs/shots/shoot-terminal.sh [out.png]   (default docs/terminal.png; the captured text goes beside it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/docs/terminal.png}"
columns=100
work="$(mktemp -d)"
socket="ppg-shots-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -z "${PIP_INDEX_URL:-}" ] && [ -d /opt/pypi/simple ]; then export PIP_INDEX_URL=file:///opt/pypi/simple; fi

bash "$root/fixtures/demo/make-demo-repo.sh" "$work/textkit"
# What the pane runs: the command as a user types it (with a prompt), the CLI with its report on the terminal
# and its progress log in a file (the picture is the report), then the exit status. The pane then waits, so
# the capture holds the output and nothing of tmux's; the status also lands in a file for this script.
cat > "$work/run.sh" <<RUN
cd "$work/textkit"
printf '\$ node ~/py-perf-guard/dist/cli/index.js --base HEAD^ --head HEAD 2> progress.log\n'
node "$root/dist/cli/index.js" --base HEAD^ --head HEAD --json "$work/report.json" 2> "$work/progress.log"
code=\$?
printf '\$ echo \$?\n%s\n' "\$code"
echo "\$code" > "$work/status"
read -r _
RUN
printf 'set -g history-limit 50000\nset -g status off\n' > "$work/tmux.conf"
TERM=xterm-256color tmux -L "$socket" -f "$work/tmux.conf" new-session -d -x "$columns" -y 50 -s shot "env -u NO_COLOR bash $work/run.sh"
deadline=$((SECONDS + 1800))
until [ -s "$work/status" ]; do
  tmux -L "$socket" has-session -t shot 2>/dev/null || { echo "the tmux pane ended before the CLI did" >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || { echo "the CLI ran for 30 minutes: giving up" >&2; exit 1; }
  sleep 2
done
sleep 1
tmux -L "$socket" capture-pane -p -e -S - -E - -t shot > "$work/terminal.ansi"
status="$(cat "$work/status")"
echo "CLI exit status on the demo: $status (expected 1: a regression); its progress log ends:" >&2
tail -n 3 "$work/progress.log" >&2

cp "$work/terminal.ansi" "${out%.png}.ansi"
node "$here/ansi-html.mjs" "$work/terminal.ansi" "$work/terminal.html" "$columns"
node -e 'import(process.argv[1]).then((m) => console.log(JSON.stringify(m.shoot(process.argv[2], process.argv[3], "auto"))))' "$here/chromium.mjs" "$work/terminal.html" "$out"
echo "wrote $out" >&2
