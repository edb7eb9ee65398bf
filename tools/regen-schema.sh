#!/usr/bin/env bash
# Regenerates the initial migration's SQL for both providers from the current EF model.
# Only for the initial migration before it has shipped; once released, schema changes are new migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Frontline.Web -v q -nologo >/dev/null
for p in sqlite postgres; do
  P=$([ $p = sqlite ] && echo Sqlite || echo Postgres)
  dotnet run --no-build --no-launch-profile --project src/Frontline.Web -- schema $p > src/Frontline.Migrations.$P/Sql/20261123000000_Initial.sql
done
echo "schema regenerated"
