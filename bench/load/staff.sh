#!/usr/bin/env bash
# Load test: token-authenticated GET /api/v1/staff with wrk (Debian package `wrk`), 8 connections, 20 s.
# Usage: bench/load/staff.sh [sqlite|postgres]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port=5099
token=$(bench/load/run-app.sh "${1:-sqlite}" $port)
trap 'kill $(cat /tmp/frontline-bench.pid) 2>/dev/null || true' EXIT
wrk -t2 -c8 -d5s -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/staff" >/dev/null   # warm-up
wrk -t2 -c8 -d20s --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/staff"
