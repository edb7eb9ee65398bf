#!/usr/bin/env bash
# Ingest rate of POST /api/v1/contacts/batch (10,000 contacts a request, notes redacted of card numbers) on a fresh database.
# Usage: bench/load/contacts-batch.sh [sqlite|postgres] [batches]   (postgres needs BENCH_POSTGRES, a connection string)
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}; batches=${2:-6}; port=5098
export BENCH_SEED_DEMO=${BENCH_SEED_DEMO:-false}
token=$(bench/load/run-app.sh "$provider" $port)
trap 'kill $(cat /tmp/frontline-bench.pid) 2>/dev/null || true' EXIT
body=$(mktemp /tmp/contacts-batch-XXXXXX.json)
python3 - "$body" <<'PY'
import json, sys, datetime
now = datetime.datetime.now(datetime.timezone.utc)
def at(minutes): return (now - datetime.timedelta(minutes=minutes)).isoformat()
contacts = [{
    "channel": ["phone", "email", "chat"][i % 3], "direction": "inbound",
    "offeredAt": at(30), "answeredAt": at(29), "endedAt": at(25), "wrapEndedAt": at(24), "outcome": "served",
    "notes": f"Call {i}: customer read out 4111 1111 1111 1111 by mistake; balance enquiry, ref 7700900{i:06d}",
    "queue": "PS", "externalReference": f"bench-{i}",
} for i in range(10000)]
json.dump({"contacts": contacts}, open(sys.argv[1], "w"))
PY
post() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "http://127.0.0.1:$port/api/v1/contacts/batch" \
  -H "Authorization: Bearer $token" -H 'content-type: application/json' --data-binary @"$body"; }
post >/dev/null   # warm-up
total=0
for i in $(seq 1 "$batches"); do
  read -r code seconds <<<"$(post)"
  [ "$code" = 200 ] || { echo "batch $i answered $code" >&2; exit 1; }
  rate=$(python3 -c "print(round(10000/$seconds))")
  echo "batch $i: 10000 contacts in ${seconds}s = ${rate} contacts/s"
  total=$(python3 -c "print($total+$seconds)")
done
echo "mean: $(python3 -c "print(round(10000*$batches/$total))") contacts/s over $batches batches ($provider)"
rm -f "$body"
