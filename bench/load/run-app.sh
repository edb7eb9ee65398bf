#!/usr/bin/env bash
# Starts Frontline (Release) on a fresh database for load tests and prints an admin token.
# Usage: bench/load/run-app.sh [sqlite|postgres] [port]   (postgres needs BENCH_POSTGRES, a connection string)
# Leaves the app running; its pid is written to /tmp/frontline-bench.pid.
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}; port=${2:-5099}
dotnet build src/Frontline.Web -c Release -nologo -v q >/dev/null
export Frontline__AdminPassword=Bench-admin-2026 Frontline__SeedDemo=${BENCH_SEED_DEMO:-true} Frontline__SignInAttemptsPerMinute=100000
if [ "$provider" = postgres ]; then
  export Database__Provider=Postgres ConnectionStrings__Frontline="$BENCH_POSTGRES"
else
  db=$(mktemp -u /tmp/frontline-bench-XXXXXX.db)
  export Database__Provider=Sqlite ConnectionStrings__Frontline="Data Source=$db"
fi
nohup dotnet src/Frontline.Web/bin/Release/net10.0/Frontline.Web.dll --urls "http://127.0.0.1:$port" >/tmp/frontline-bench.log 2>&1 &
echo $! > /tmp/frontline-bench.pid
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
curl -sf -X POST "http://127.0.0.1:$port/api/v1/auth/tokens" -H 'content-type: application/json' \
  -d '{"username":"admin","password":"Bench-admin-2026","name":"bench","expiresInDays":1}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
