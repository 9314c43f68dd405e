#!/usr/bin/env bash
# Installs Debian's PostgreSQL 15 server binaries when they are missing, as ensure-chromium.sh
# does for the browser: the PostgreSQL stages (scripts/with-postgres.sh) need initdb and pg_ctl.
# Only the binaries: no cluster is created or started here (the Debian package's own cluster, if
# its postinst makes one, is left alone; the tests make a throwaway cluster of their own).
set -euo pipefail
bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then exit 0; fi
echo "PostgreSQL 15 not found in $bin; installing Debian's postgresql-15 package..."
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql-15 >/dev/null
echo "Installed $("$bin/postgres" --version)"
