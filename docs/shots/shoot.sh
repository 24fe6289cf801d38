#!/usr/bin/env bash
# npm run shots: re-shoots the README's pictures from the committed dist/ (run `npm run build` first after
# changing src/): docs/terminal.png (the CLI in a real terminal, under tmux) and docs/comment.png (the PR comment
# the action posts, rendered as GitHub renders it), each with its captured text beside it (.ansi, .md).
# Needs Debian's chromium, tmux and fonts: installed here when missing (apt-get; sudo when not root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || need+=(fonts-dejavu-core)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need+=(fonts-noto-color-emoji)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
if [ "${#need[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "installing ${need[*]} (Debian packages)" >&2
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
# One after the other: each runs the demo's benchmarks, and two at once would slow each other down.
bash "$here/shoot-terminal.sh"
node "$here/shoot-comment.mjs"
