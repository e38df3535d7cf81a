#!/usr/bin/env bash
# Install test of the Linux packages in a clean Debian 12 root, as a city IT department would install them
# (profile package-install-test, after -Ppackages has built them; needs root and a Debian mirror):
#   installer/src/test/package-install-test.sh installer/target 0.1.0
# 1. Builds (once, cached in TARGET/package-install-test/bookworm-root) a minimal Debian 12 root with
#    debootstrap --variant=minbase, and works on a fresh copy of it every run.
# 2. Desk: `apt-get install ./loket-op-maat_*.deb` in the chroot must leave it installed (not half-configured)
#    with the menu entry, every library the bundled runtime links to present, and the dependency names usable
#    on Ubuntu 24.04 too; then `loket-op-maat --smoke` as a normal user, and the data folder's modes: folders
#    0700, files 0600, owned by that user.
# 3. Server: `apt-get install ./loket-server_*.deb` (with systemd installed, as on a server): system user loket,
#    settings /etc/loket-op-maat/server.env as a conffile root:loket 0640, data folder, the unit enabled, its
#    `systemd-analyze security` exposure at most 2.5 (Debian 12's systemd), and the server started the way the
#    unit starts it (user loket, no new privileges, no capabilities, read-only root with only
#    /var/lib/loket-op-maat writable and a private /tmp) answering /api/v1/health.
# 4. Remove and purge keep desk data, the server's data folder and its user.
# Environment: LOM_DEBIAN_MIRROR (default http://deb.debian.org/debian), LOM_MAX_EXPOSURE (default 2.5).
set -euo pipefail

target=$(cd "${1:?target dir}" && pwd -P) version=${2:?package version}
mirror=${LOM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
max_exposure=${LOM_MAX_EXPOSURE:-2.5}
started=$(date +%s)
fail() { echo "package-install-test: FAIL: $*" >&2; exit 1; }
problems=0
problem() { echo "package-install-test: FAIL: $*" >&2; problems=$((problems + 1)); }  # checked on, failed at the end
ok() { echo "package-install-test: ok: $*"; }
step() { echo "package-install-test: $* ($(( $(date +%s) - started )) s)"; }

[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot, mounts)"
desk_deb=$target/jpackage/installers/loket-op-maat_${version}-1_amd64.deb
server_deb=$target/jpackage/installers/loket-server_${version}-1_all.deb
[ -s "$desk_deb" ] || fail "missing $desk_deb (build with -Ppackages)"
[ -s "$server_deb" ] || fail "missing $server_deb (build with -Ppackages)"

# Dependency names: every Debian-only library package has an Ubuntu 24.04 alternative.
depends=$(dpkg-deb -f "$desk_deb" Depends)
for debian_only in libasound2 libpng16-16 libjpeg62-turbo; do
    if tr ',' '\n' <<<"$depends" | grep -qxE "[[:space:]]*$debian_only([[:space:]]*\(.*\))?[[:space:]]*"; then
        fail "Depends names $debian_only without an alternative (missing on Ubuntu 24.04): $depends"
    fi
done
ok "desk Depends has Ubuntu 24.04 alternatives: $depends"

# 1. The clean Debian 12 root (cached), and a fresh copy for this run.
work=$target/package-install-test
cache=$work/bookworm-root
mkdir -p "$work"
if [ ! -e "$cache/.complete" ]; then
    command -v debootstrap >/dev/null || { apt-get install -y debootstrap >/dev/null || fail "cannot install debootstrap"; }
    step "debootstrap bookworm (minbase) from $mirror"
    rm -rf "$cache.tmp"
    debootstrap --variant=minbase bookworm "$cache.tmp" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || fail "debootstrap could not build a Debian 12 root from $mirror (no mirror reachable?): $(tail -3 "$work/debootstrap.log")"
    rm -rf "$cache" && mv "$cache.tmp" "$cache" && touch "$cache/.complete"
fi
root=$work/root
mounted=()
cleanup() {
    for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    [ -n "${server_pgid:-}" ] && kill -- -"$server_pgid" 2>/dev/null || true
}
trap cleanup EXIT
# A run stopped by force can leave its proc mount behind: never descend into it.
for m in $(awk -v r="$root/" 'index($2, r) == 1 {print $2}' /proc/mounts | sort -r); do umount -l "$m"; done
rm -rf --one-file-system "$root"
cp -a "$cache" "$root"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$desk_deb" "$server_deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }
step "Debian 12 root ready"
in_root apt-get update -qq >/dev/null || fail "apt-get update in the Debian root"

# 2. Desk package.
step "apt-get install ./$(basename "$desk_deb")"
in_root apt-get install -y -q "/tmp/$(basename "$desk_deb")" >"$work/desk-install.log" 2>&1 \
    || fail "apt install of the desk package failed: $(tail -5 "$work/desk-install.log")"
status=$(in_root dpkg-query -W -f='${Status}' loket-op-maat)
[ "$status" = "install ok installed" ] || fail "desk package state: $status"
ok "desk package installed with apt on minimal Debian 12: $status"
entry=$root/usr/share/applications/loket-op-maat.desktop
[ -f "$entry" ] || fail "no menu entry /usr/share/applications/loket-op-maat.desktop"
grep -qx 'StartupWMClass=loket-op-maat' "$entry" || fail "menu entry has no StartupWMClass=loket-op-maat"
grep -q '^License: EUPL-1.2' "$root/usr/share/doc/loket-op-maat/copyright" || fail "no licence in /usr/share/doc/loket-op-maat/copyright"
if find "$root/opt/loket-op-maat" -name '*SNAPSHOT*' | grep -q .; then fail "SNAPSHOT file names in the package"; fi
ok "menu entry with StartupWMClass, licence EUPL-1.2, no SNAPSHOT names"
# Libraries the runtime brings itself (libjvm.so, libjava.so, ...) are found by the launcher, not by ldd.
own=$(find "$root/opt/loket-op-maat/lib/runtime" -name '*.so' -printf '%f\n' | sort -u)
missing=$(in_root sh -c 'for f in $(find /opt/loket-op-maat/lib/runtime -name "*.so"); do ldd "$f" | sed "s#^#$f: #"; done' \
    | grep 'not found' | grep -vF -f <(sed 's/.*/\t& => not found/' <<<"$own") || true)
[ -z "$missing" ] || fail "the runtime's libraries need what the package does not depend on: $missing"
ok "every library the bundled runtime links to is installed"

in_root useradd --create-home --shell /bin/sh desk1
step "loket-op-maat --smoke as user desk1"
chroot --userspec=desk1:desk1 "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/desk1 LANG=C.UTF-8 \
    /opt/loket-op-maat/bin/loket-op-maat --smoke >"$work/desk-smoke.out" 2>&1 \
    || fail "desk smoke check failed: $(cat "$work/desk-smoke.out")"
grep -q '^loket-op-maat smoke OK:' "$work/desk-smoke.out" || fail "no smoke OK line: $(cat "$work/desk-smoke.out")"
ok "$(grep '^loket-op-maat smoke OK:' "$work/desk-smoke.out")"
data=$root/home/desk1/.local/share/loket-op-maat
[ -s "$data/loket.db" ] || fail "no database in $data"
uid=$(in_root id -u desk1)
wrong=$(find "$data" \( -type d ! -perm 0700 -o -type f ! -perm 0600 -o ! -uid "$uid" \) -printf '%m uid %U %P\n' | sed 's#^\(.*\) $#\1 .#')
if [ -n "$wrong" ]; then
    problem "desk data not private to its user (want folders 0700, files 0600, owner desk1 = uid $uid):"$'\n'"$wrong"
else
    ok "desk data folder: $(find "$data" -type d | wc -l) folders 0700, $(find "$data" -type f | wc -l) files 0600, owned by desk1"
fi

# 3. Server package, on a root with systemd as a server has.
step "apt-get install systemd, ./$(basename "$server_deb")"
in_root apt-get install -y -q --no-install-recommends systemd >"$work/server-install.log" 2>&1 || fail "installing systemd: $(tail -5 "$work/server-install.log")"
in_root apt-get install -y -q "/tmp/$(basename "$server_deb")" >>"$work/server-install.log" 2>&1 \
    || fail "apt install of the server package failed: $(tail -5 "$work/server-install.log")"
status=$(in_root dpkg-query -W -f='${Status}' loket-server)
[ "$status" = "install ok installed" ] || fail "server package state: $status"
user=$(in_root getent passwd loket) || fail "no user loket"
IFS=: read -r _ _ loket_uid _ _ loket_home loket_shell <<<"$user"
[ "$loket_uid" -lt 1000 ] && [ "$loket_shell" = /usr/sbin/nologin ] && [ "$loket_home" = /var/lib/loket-op-maat ] \
    || fail "loket is not a system user without login: $user"
loket_gid=$(in_root getent group loket | cut -d: -f3)   # numeric: the host's names for these ids differ
[ "$(stat -c '%a %u:%g' "$root/etc/loket-op-maat/server.env")" = "640 0:$loket_gid" ] \
    || fail "server.env is $(stat -c '%a %u:%g' "$root/etc/loket-op-maat/server.env"), want 640 root:loket (0:$loket_gid)"
in_root dpkg-query -W -f='${Conffiles}' loket-server | grep -q '/etc/loket-op-maat/server.env' || fail "server.env is not a conffile"
[ "$(stat -c '%a %u:%g' "$root/var/lib/loket-op-maat")" = "750 $loket_uid:$loket_gid" ] || fail "data folder is $(stat -c '%a %u:%g' "$root/var/lib/loket-op-maat")"
[ -L "$root/etc/systemd/system/multi-user.target.wants/loket-server.service" ] || fail "unit not enabled"
ok "server package installed: user loket ($loket_uid, nologin), server.env conffile 640 root:loket, /var/lib/loket-op-maat 750, unit enabled"
unit=/usr/lib/systemd/system/loket-server.service
in_root systemd-analyze verify "$unit" >"$work/verify.out" 2>&1 || fail "systemd-analyze verify: $(cat "$work/verify.out")"
in_root systemd-analyze security --offline=true "$unit" >"$work/security.out" 2>&1 || true
exposure=$(sed -n 's/.*Overall exposure level for loket-server.service: \([0-9.]*\).*/\1/p' "$work/security.out")
[ -n "$exposure" ] || fail "no exposure score: $(tail -3 "$work/security.out")"
awk -v e="$exposure" -v m="$max_exposure" 'BEGIN { exit !(e <= m) }' || fail "exposure $exposure > $max_exposure: $(grep '✗' "$work/security.out")"
ok "unit verifies; systemd-analyze security (Debian 12, $(in_root systemd-analyze --version | head -1 | cut -d' ' -f1-2)): exposure $exposure (at most $max_exposure)"

# The server as the unit starts it. systemd is not PID 1 here, so the unit's file-system and privilege
# settings are reproduced with a mount namespace and setpriv; the system-call filter, namespaces and the
# other kernel-level settings are not (see ADR 0084).
grep -qx 'ExecStart=/opt/loket-server/bin/loket-server serve' "$root$unit" || fail "unexpected ExecStart"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
step "loket-server serve as the unit starts it, port $port"
setsid unshare --mount --propagation private sh -c '
    root=$1 port=$2
    mount --bind "$root" "$root"
    mount --bind "$root/var/lib/loket-op-maat" "$root/var/lib/loket-op-maat"
    mount -o remount,bind,ro "$root"
    mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
    mount -t proc proc "$root/proc"
    exec chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/var/lib/loket-op-maat \
        setpriv --reuid loket --regid loket --init-groups --no-new-privs --inh-caps=-all --bounding-set=-all \
        sh -c "umask 0027; cd /var/lib/loket-op-maat || exit 1; if touch /var/tmp/probe 2>/dev/null; then echo SANDBOX-LEAK: the root is writable; exit 1; fi
               set -a && . /etc/loket-op-maat/server.env && LOM_PORT=$port && set +a && exec /opt/loket-server/bin/loket-server serve"
' sandbox "$root" "$port" >"$work/server.out" 2>&1 &
server_pgid=$!
healthy=""
for i in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/api/v1/health" >"$work/health" 2>/dev/null; then healthy=yes; break; fi
    kill -0 "$server_pgid" 2>/dev/null || break
    sleep 1
done
[ -n "$healthy" ] || fail "server did not become healthy in its sandbox: $(tail -5 "$work/server.out")"
kill -TERM -- -"$server_pgid" 2>/dev/null || true
wait "$server_pgid" 2>/dev/null || true
server_pgid=""
[ "$(stat -c %u "$root/var/lib/loket-op-maat/lom-server.db")" = "$loket_uid" ] || fail "the database is not the service's"
ok "server healthy as user loket with a read-only root, private /tmp, no privileges: $(cat "$work/health")"

# 4. Remove and purge: desk data, server data and the user stay.
in_root apt-get remove -y -q loket-op-maat >/dev/null 2>&1 || fail "apt remove loket-op-maat"
[ -s "$data/loket.db" ] || fail "removing the desk package deleted desk data"
[ ! -e "$root/opt/loket-op-maat" ] || fail "/opt/loket-op-maat left after remove"
in_root apt-get purge -y -q loket-server >/dev/null 2>&1 || fail "apt purge loket-server"
[ -s "$root/var/lib/loket-op-maat/lom-server.db" ] || fail "purging the server package deleted its database"
[ ! -e "$root/etc/loket-op-maat/server.env" ] || fail "purge left server.env"
in_root getent passwd loket >/dev/null || fail "purge removed the user loket (files still belong to it)"
ok "remove/purge: desk data kept, server database and user kept, settings purged"
[ "$problems" -eq 0 ] || fail "$problems check(s) failed (above), after $(( $(date +%s) - started )) s"
echo "package-install-test: PASSED in $(( $(date +%s) - started )) s"
