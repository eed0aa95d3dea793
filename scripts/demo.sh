#!/usr/bin/env bash
# The demo: install what is missing, build and install angle, then run a
# short report on a throwaway PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

bash scripts/setup.sh
if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi
make -s PG_CONFIG="$PG_CONFIG"
$SUDO make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
build_and_stage
with_cluster psql -X -q -v ON_ERROR_STOP=1 -f demo/demo.sql
