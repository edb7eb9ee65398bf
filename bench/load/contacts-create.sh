#!/usr/bin/env bash
# Load test: token-authenticated POST /api/v1/contacts (one contact, notes redacted) with wrk, 8 connections, 20 s.
# Usage: bench/load/contacts-create.sh [sqlite|postgres]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port=5097
export BENCH_SEED_DEMO=${BENCH_SEED_DEMO:-false}
token=$(bench/load/run-app.sh "${1:-sqlite}" $port)
script=$(mktemp /tmp/contacts-create-XXXXXX.lua)
cat > "$script" <<'LUA'
-- POST one contact per request; reports answers with an error status.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"channel":"phone","direction":"inbound","outcome":"resolved","notes":"Balance enquiry; caller read out 4242 4242 4242 4242"}'

function done(summary, latency, requests)
  io.write(string.format("error answers (4xx/5xx): %d\n", summary.errors.status))
end
LUA
trap 'kill $(cat /tmp/frontline-bench.pid) 2>/dev/null || true; rm -f "$script"' EXIT
wrk -t2 -c8 -d5s -s "$script" -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/contacts" >/dev/null   # warm-up
wrk -t2 -c8 -d20s --latency -s "$script" -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/contacts"
