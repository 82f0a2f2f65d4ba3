#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) for a note page,
# with Debian's Chromium. Goal: 100 on each.
#
#   benchmarks/lighthouse.sh [notes/<slug>/]    ("" = the home page, "search/" = search)
#
# Installs the pinned Lighthouse (benchmarks/lighthouse/package.json, 12.2.3) with npm the
# first time; builds the site with the production settings and serves it on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
NOTE="${1-notes/fever-is-a-fighter/}"
PYTHON="${PYTHON:-.venv/bin/python}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$CHROME_PATH" ] || { echo "✗ Chromium not found at $CHROME_PATH. Fix: apt-get install -y chromium" >&2; exit 1; }

LH_DIR=benchmarks/lighthouse
if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  npm ci --prefix "$LH_DIR" --no-audit --no-fund --silent
fi

WORK="$(mktemp -d)"
: >"$WORK/serve.log"
"$PYTHON" benchmarks/page_weight.py --serve >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do
  grep -q '^SERVING ' "$WORK/serve.log" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.5
done
BASE="$(sed -n 's/^SERVING //p' "$WORK/serve.log")"
[ -n "$BASE" ] || { echo "✗ the site did not start" >&2; cat "$WORK/serve.log" >&2; exit 1; }

URL="$BASE/$NOTE"
"$LH_DIR/node_modules/.bin/lighthouse" "$URL" \
  --only-categories=performance,accessibility,best-practices,seo \
  --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
  --output=json --output-path="$WORK/report.json" --quiet

node -e '
const report = require(process.argv[1]);
console.log(`Lighthouse ${report.lighthouseVersion} — ${process.argv[2]} (${report.configSettings.formFactor})`);
let ok = true;
for (const [id, category] of Object.entries(report.categories)) {
  const score = Math.round(category.score * 100);
  if (score < 100) ok = false;
  console.log(`  ${category.title.padEnd(16)} ${String(score).padStart(3)}`);
  if (score < 100) {
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1)
        console.log(`      - ${audit.title} (${audit.displayValue || audit.score})`);
    }
  }
}
console.log(ok ? "  all 100: goal met" : "  below 100 somewhere: see the audits listed");
' "$WORK/report.json" "$NOTE"
