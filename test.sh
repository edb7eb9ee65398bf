#!/usr/bin/env bash
# Runs every Frontline test: domain tests, then the web tests (API, pages, Chromium) on SQLite and again on
# PostgreSQL. On a fresh Debian machine it installs what is missing (as root): Chromium, PostgreSQL, fonts.
# A missing prerequisite is a failure with a clear message, never a skipped test.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*" >&2; exit 1; }

need_packages=()
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_packages+=(postgresql)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_packages+=(fonts-dejavu-core)
if [ ${#need_packages[@]} -gt 0 ]; then
  say "installing ${need_packages[*]}"
  [ "$(id -u)" = 0 ] || fail "missing ${need_packages[*]}; run as root or install them with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q "${need_packages[@]}" >/dev/null || apt-get install -y -q "${need_packages[@]}" >/dev/null \
    || fail "apt-get could not install ${need_packages[*]}"
fi
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not on PATH"
command -v npm >/dev/null || fail "npm is not on PATH (the web project installs htmx and Bootstrap with it)"

# A throwaway PostgreSQL on a free loopback port, stopped on exit.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/frontline-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
chown postgres:postgres "$PGDIR" 2>/dev/null || true
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
stop_pg() { run_pg "$PGBIN/pg_ctl -D $PGDIR/data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap stop_pg EXIT
say "starting PostgreSQL on 127.0.0.1:$PGPORT"
run_pg "$PGBIN/initdb -D $PGDIR/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
run_pg "$PGBIN/pg_ctl -D $PGDIR/data -l $PGDIR/log -w -o \"-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$PGDIR -c fsync=off -c max_connections=300\" start" >/dev/null \
  || { cat "$PGDIR/log" >&2; fail "PostgreSQL did not start"; }

say "building"
dotnet build Frontline.slnx -c Release -nologo -v q

# A real SMTP server on loopback for the notification tests: smtp4dev, a local .NET tool (.config/dotnet-tools.json),
# in-memory store, SMTP and its HTTP API (to read what it received) on free ports; stopped on exit.
say "starting smtp4dev"
dotnet tool restore >/dev/null || fail "dotnet tool restore could not install smtp4dev (Rnwood.Smtp4dev 3.15.0)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
SMTP_PORT=$(free_port); SMTP_API_PORT=$(free_port)
SMTPDIR=$(mktemp -d /tmp/frontline-smtp.XXXXXX)
XDG_CONFIG_HOME="$SMTPDIR" dotnet tool run smtp4dev -- --urls="http://127.0.0.1:$SMTP_API_PORT" --smtpport="$SMTP_PORT" --bindaddress=127.0.0.1 \
  --imapport= --pop3port= --db= --nousersettings --hostname=localhost --messagestokeep=100000 --sessionstokeep=100 >"$SMTPDIR/log" 2>&1 &
SMTP_PID=$!
stop_all() { kill "$SMTP_PID" 2>/dev/null || true; wait "$SMTP_PID" 2>/dev/null || true; rm -rf "$SMTPDIR"; stop_pg; }
trap stop_all EXIT
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$SMTP_API_PORT/api/messages" >/dev/null 2>&1 && break
  kill -0 "$SMTP_PID" 2>/dev/null || { cat "$SMTPDIR/log" >&2; fail "smtp4dev exited"; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$SMTP_API_PORT/api/messages" >/dev/null 2>&1 || { cat "$SMTPDIR/log" >&2; fail "smtp4dev did not answer"; }
export FRONTLINE_TEST_SMTP_PORT=$SMTP_PORT FRONTLINE_TEST_SMTP_API="http://127.0.0.1:$SMTP_API_PORT"

results=()
run_tests() { # name, project, extra env...
  local name=$1 project=$2; shift 2
  say "tests: $name"
  if env "$@" dotnet test "$project" -c Release --no-build --nologo --logger "console;verbosity=minimal" \
      --blame-hang-timeout 8m --blame-hang-dump-type none 2>&1 | tee "/tmp/frontline-test-$name.log"; then
    results+=("$name: passed")
  else
    results+=("$name: FAILED"); failed=1
  fi
}
failed=0
run_tests domain tests/Frontline.Domain.Tests
run_tests web-sqlite tests/Frontline.Web.Tests FRONTLINE_TEST_PROVIDER=sqlite
run_tests web-postgres tests/Frontline.Web.Tests FRONTLINE_TEST_PROVIDER=postgres \
  "FRONTLINE_TEST_POSTGRES=Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=postgres;Database=postgres;Maximum Pool Size=20"

say "summary"
printf '%s\n' "${results[@]}"
# One closing line for CI: totals over all runs.
passed=$(grep -hoE 'Passed: +[0-9]+' /tmp/frontline-test-*.log | awk '{s+=$2} END {print s+0}')
failedn=$(grep -hoE 'Failed: +[0-9]+' /tmp/frontline-test-*.log | awk '{s+=$2} END {print s+0}')
echo "$passed passed, $failedn failed"
[ "$failed" = 0 ] || exit 1
