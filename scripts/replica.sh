#!/usr/bin/env bash
# A streaming read replica of the local PostgreSQL (127.0.0.1:5432), for the
# read-path tests (TEST_DATABASE_READ_URL) and to try DATABASE_READ_URL:
# pg_basebackup -R into its own cluster directory, started with pg_ctl as the
# postgres user on another port. Run as root. Idempotent: a replica already
# running is left as it is.
#
#   scripts/replica.sh            start it (port 5433, directory /var/lib/postgresql/replica)
#   scripts/replica.sh stop       stop it and remove its directory
#
# The primary needs wal_level replica (PostgreSQL's default) and free WAL
# senders, and must let the replication connection in: a pg_hba.conf line
# "host replication all 127.0.0.1/32 trust" is added (and the server reloaded)
# when none allows it. For a test machine only: trust lets any local user in.
set -euo pipefail

PORT="${REPLICA_PORT:-5433}"
DIR="${REPLICA_DIR:-/var/lib/postgresql/replica}"
PRIMARY_PORT="${PRIMARY_PORT:-5432}"
BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}"
as_pg() { runuser -u postgres -- "$@"; }
psql_primary() { as_pg "$BIN/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d postgres -Atqc "$1"; }

if [ "$(id -u)" != 0 ]; then echo "replica.sh: run as root" >&2; exit 1; fi

if [ "${1:-start}" = stop ]; then
  if [ -f "$DIR/postmaster.pid" ]; then as_pg "$BIN/pg_ctl" -D "$DIR" -m fast -w stop; fi
  rm -rf "$DIR"
  exit 0
fi

if as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "replica.sh: a server already answers on port $PORT" >&2
  [ "$(as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atqc 'select pg_is_in_recovery()')" = t ] || { echo "replica.sh: it is not a replica" >&2; exit 1; }
  exit 0
fi

level="$(psql_primary 'show wal_level')"
if [ "$level" = minimal ]; then echo "replica.sh: the primary has wal_level minimal; set it to replica and restart it" >&2; exit 1; fi

hba="$(psql_primary 'show hba_file')"
allowed="$(psql_primary "select count(*) from pg_hba_file_rules where 'replication' = any(database) and type = 'host' and (address is null or address = '127.0.0.1' or address = 'all')")"
if [ "$allowed" = 0 ]; then
  echo "host replication all 127.0.0.1/32 trust" >> "$hba"
  psql_primary 'select pg_reload_conf()' > /dev/null
  echo "replica.sh: let replication in from 127.0.0.1 ($hba), reloaded"
fi

rm -rf "$DIR"
install -d -m 0700 -o postgres -g postgres "$DIR"
as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR" -R -X stream -c fast
# Debian keeps a cluster's settings in /etc: the replica gets its own, with the limits a
# standby must not set below the primary's
{
  echo "port = $PORT"
  echo "listen_addresses = '127.0.0.1'"
  echo "unix_socket_directories = '/var/run/postgresql'"
  echo "hot_standby = on"
  for s in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
    echo "$s = $(psql_primary "show $s")"
  done
} > "$DIR/postgresql.conf"
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' > "$DIR/pg_hba.conf"
touch "$DIR/pg_ident.conf"
chown postgres:postgres "$DIR/postgresql.conf" "$DIR/pg_hba.conf" "$DIR/pg_ident.conf"
as_pg "$BIN/pg_ctl" -D "$DIR" -l "$DIR/replica.log" -w start
for _ in $(seq 1 30); do
  [ "$(as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -Atqc 'select pg_is_in_recovery()' 2>/dev/null)" = t ] && break
  sleep 1
done
echo "replica.sh: replica of 127.0.0.1:$PRIMARY_PORT on 127.0.0.1:$PORT ($DIR)"
