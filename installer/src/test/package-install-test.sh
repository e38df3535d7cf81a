#!/usr/bin/env bash
# Install test of the Linux packages in clean roots, as a city IT department would install them
# (profile package-install-test, after -Ppackages has built them; needs root, Debian's and Ubuntu's archives):
#   installer/src/test/package-install-test.sh installer/target 0.1.0
# 1. Builds (once, cached in TARGET/package-install-test/{bookworm,noble}-root) minimal Debian 12 and
#    Ubuntu 24.04 LTS roots with debootstrap --variant=minbase, and works on fresh copies of them every run.
# 2. Desk, on Debian 12 and again on Ubuntu 24.04: `apt-get install ./loket-op-maat_*.deb` must leave it
#    installed (not half-configured) on a system without a desktop (no xdg-utils, no menu folders), with the
#    real version, only the class-data archive's maintainer scripts, the menu entry, the licence, no SNAPSHOT names and every library
#    the bundled runtime links to present; then `loket-op-maat --smoke` as a normal user, and the data
#    folder's modes: folders 0700, files 0600, owned by that user.
# 3. Server (Debian 12): `apt-get install ./loket-server_*.deb` (with systemd installed, as on a server):
#    system user loket, settings /etc/loket-op-maat/server.env as a conffile root:loket 0640, data folder,
#    the unit enabled, its `systemd-analyze security` exposure at most 2.5, and the server started the way
#    the unit starts it (user loket, no new privileges, no capabilities, read-only root with only
#    /var/lib/loket-op-maat writable and a private /tmp) answering /api/v1/health. Then, where
#    systemd-nspawn can boot the root (LOM_SYSTEMD_BOOT=auto|yes|no), the unit itself under a real systemd
#    as PID 1: `systemctl start`, health, and the process's uid, capabilities, NoNewPrivs and seccomp filter.
# 4. Remove and purge keep desk data, the server's data folder and its user.
# Environment: LOM_DEBIAN_MIRROR (default http://deb.debian.org/debian), LOM_UBUNTU_MIRROR (default
# http://archive.ubuntu.com/ubuntu; "none" skips Ubuntu and says so), LOM_MAX_EXPOSURE (default 2.5),
# LOM_SYSTEMD_BOOT (default auto: skipped with a NOT TESTED line when nspawn cannot boot here).
set -euo pipefail

target=$(cd "${1:?target dir}" && pwd -P) version=${2:?package version}
mirror=${LOM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
ubuntu_mirror=${LOM_UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}
systemd_boot=${LOM_SYSTEMD_BOOT:-auto}
# Ubuntu's archive key comes from the ubuntu-keyring package of 24.04's release pocket (never changes),
# checked against this hash, and the archive key's fingerprint is checked too.
ubuntu_keyring_deb=pool/main/u/ubuntu-keyring/ubuntu-keyring_2023.11.28.1_all.deb
ubuntu_keyring_sha256=36de43b15853ccae0028e9a767613770c704833f82586f28eb262f0311adb8a8
ubuntu_archive_key=F6ECB3762474EDA9D21B7022871920D1991BC93C
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
[ "$(dpkg-deb -f "$desk_deb" Version)" = "$version-1" ] || fail "desk package version $(dpkg-deb -f "$desk_deb" Version), want $version-1"
case "$version" in *SNAPSHOT*|*snapshot*) fail "package version $version is a snapshot";; esac
# The only maintainer scripts write and remove the class-data archive (ADR 0133); they never fail.
scripts=$(dpkg-deb --ctrl-tarfile "$desk_deb" | tar -t | grep -E '(pre|post)(inst|rm)$|config$' | sed 's#^\./##' | sort | tr '\n' ' ' || true)
[ "$scripts" = "postinst prerm " ] || fail "the desk package's maintainer scripts are not exactly postinst and prerm (the archive's): $scripts"

work=$target/package-install-test
mkdir -p "$work"
mounted=()
cleanup() {
    for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    [ -n "${server_pgid:-}" ] && kill -- -"$server_pgid" 2>/dev/null || true
    [ -n "${boot_pid:-}" ] && { kill -TERM "$boot_pid" 2>/dev/null; wait "$boot_pid" 2>/dev/null; } || true
}
trap cleanup EXIT

# A cached minimal root: build_root CACHE LABEL SUITE MIRROR [SCRIPT [DEBOOTSTRAP-OPTION...]]
build_root() {
    local cache=$1 label=$2 suite=$3 from=$4 script=${5:-}; shift 5 2>/dev/null || shift $#
    [ -e "$cache/.complete" ] && return 0
    command -v debootstrap >/dev/null || { apt-get install -y debootstrap >/dev/null || fail "cannot install debootstrap"; }
    step "debootstrap $label (minbase)"
    rm -rf --one-file-system "$cache.tmp"
    debootstrap --variant=minbase "$@" "$suite" "$cache.tmp" "$from" $script >"$cache.log" 2>&1 \
        || fail "debootstrap could not build the $label root (archive reachable?): $(tail -3 "$cache.log")"
    rm -rf --one-file-system "$cache" && mv "$cache.tmp" "$cache" && touch "$cache/.complete"
}

# A fresh copy of a cached root with /proc, DNS and both packages: fresh_root CACHE ROOT (sets $root).
fresh_root() {
    root=$2
    # A run stopped by force can leave its mounts behind: never descend into them.
    for m in $(awk -v r="$root/" 'index($2, r) == 1 {print $2}' /proc/mounts | sort -r); do umount -l "$m"; done
    rm -rf --one-file-system "$root"
    cp -a "$1" "$root"
    mount -t proc proc "$root/proc" && mounted+=("$root/proc")
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    cp "$desk_deb" "$server_deb" "$root/tmp/"
}
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"; }

# Every library the bundled runtime links to resolves in the current $root: runtime_links LABEL [RECOMMENDED]
# where RECOMMENDED (e.g. libjpeg.so.62) may be missing, because the package only recommends it.
runtime_links() {
    local label=$1 recommended=${2:-} own unresolved missing optional=""
    # Libraries the runtime brings itself (libjvm.so, libjava.so, ...) are found by the launcher, not by ldd.
    own=$(find "$root/opt/loket-op-maat/lib/runtime" -name '*.so' -printf '%f\n' | sort -u)
    unresolved=$(in_root sh -c 'for f in $(find /opt/loket-op-maat/lib/runtime -name "*.so"); do ldd "$f" | sed "s#^#$f: #"; done' \
        | grep 'not found' | grep -vF -f <(sed 's/.*/\t& => not found/' <<<"$own") || true)
    missing=$unresolved
    if [ -n "$recommended" ]; then
        missing=$(grep -vF "$(printf '\t%s => not found' "$recommended")" <<<"$unresolved" || true)
        optional=$(grep -F "$recommended" <<<"$unresolved" | cut -d: -f1 | xargs -r -n1 basename | tr '\n' ' ')
    fi
    [ -z "$missing" ] || fail "$label: the runtime's libraries need what the package does not depend on: $missing"
    if [ -n "$optional" ]; then
        ok "$label: every library the bundled runtime links to is installed, except the recommended $recommended (used only by ${optional% })"
    else
        ok "$label: every library the bundled runtime links to is installed"
    fi
}

# The desk package on the current $root: desk_checks LABEL [RECOMMENDED] (sets $data, the desk user's
# data folder; RECOMMENDED as for runtime_links).
desk_checks() {
    local label=$1 log=$work/desk-install-$1.log
    in_root apt-get update -qq >/dev/null || fail "apt-get update in the $label root"
    [ ! -d "$root/usr/share/desktop-directories" ] && ! in_root sh -c 'command -v xdg-desktop-menu' >/dev/null \
        || fail "the $label root is not minimal: it has desktop menu folders or xdg-utils"
    step "$label: apt-get install ./$(basename "$desk_deb")"
    in_root apt-get install -y -q "/tmp/$(basename "$desk_deb")" >"$log" 2>&1 \
        || fail "apt install of the desk package on $label failed: $(tail -5 "$log")"
    local status
    status=$(in_root dpkg-query -W -f='${Status} ${Version}' loket-op-maat)
    [ "$status" = "install ok installed $version-1" ] || fail "desk package state on $label: $status"
    ok "$label: desk package installed with apt on a minimal system without desktop menu folders: $status"
    local entry=$root/usr/share/applications/loket-op-maat.desktop
    [ -f "$entry" ] || fail "no menu entry /usr/share/applications/loket-op-maat.desktop"
    grep -qx 'StartupWMClass=loket-op-maat' "$entry" || fail "menu entry has no StartupWMClass=loket-op-maat"
    grep -q '^License: EUPL-1.2' "$root/usr/share/doc/loket-op-maat/copyright" || fail "no licence in /usr/share/doc/loket-op-maat/copyright"
    [ -f "$root/opt/loket-op-maat/lib/app/loket-op-maat.jar" ] || fail "no /opt/loket-op-maat/lib/app/loket-op-maat.jar"
    if find "$root/opt/loket-op-maat" -iname '*SNAPSHOT*' | grep -q .; then fail "SNAPSHOT file names in the package"; fi
    [ -s "$root/opt/loket-op-maat/lib/app/desk-start.jsa" ] || fail "$label: the postinst wrote no class-data archive: $(grep -i 'archive' "$log")"
    ok "$label: menu entry with StartupWMClass, licence EUPL-1.2, version $version-1, loket-op-maat.jar, no SNAPSHOT names, class-data archive written by the postinst"
    runtime_links "$label" "${2:-}"

    in_root useradd --create-home --shell /bin/sh desk1
    step "$label: loket-op-maat --smoke as user desk1"
    local out=$work/desk-smoke-$label.out
    chroot --userspec=desk1:desk1 "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/desk1 LANG=C.UTF-8 \
        /opt/loket-op-maat/bin/loket-op-maat --smoke >"$out" 2>&1 \
        || fail "$label: desk smoke check failed: $(cat "$out")"
    grep -q '^loket-op-maat smoke OK:' "$out" || fail "$label: no smoke OK line: $(cat "$out")"
    ok "$label: $(grep '^loket-op-maat smoke OK:' "$out")"
    data=$root/home/desk1/.local/share/loket-op-maat
    [ -s "$data/loket.db" ] || fail "no database in $data"
    [ -d "$data/smoke-check" ] && [ -s "$data/logs/desk.log" ] || fail "$label: no smoke-check pack or no log in $data"
    local uid wrong
    uid=$(in_root id -u desk1)
    wrong=$(find "$data" \( -type d ! -perm 0700 -o -type f ! -perm 0600 -o ! -uid "$uid" \) -printf '%m uid %U %P\n' | sed 's#^\(.*\) $#\1 .#')
    if [ -n "$wrong" ]; then
        problem "$label: desk data not private to its user (want folders 0700, files 0600, owner desk1 = uid $uid):"$'\n'"$wrong"
    else
        ok "$label: desk data folder: $(find "$data" -type d | wc -l) folders 0700, $(find "$data" -type f | wc -l) files 0600 (database, log, smoke-check pack), owned by desk1"
    fi
}

# 1. The clean Debian 12 root (cached), and a fresh copy for this run.
build_root "$work/bookworm-root" "Debian 12 from $mirror" bookworm "$mirror"
fresh_root "$work/bookworm-root" "$work/root"
step "Debian 12 root ready"

# 2. Desk package on Debian 12.
desk_checks debian12

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

# 3b. The unit itself under a real systemd as PID 1: the root booted by systemd-nspawn (sharing the host's
# network), where the system-call filter, namespaces and capability settings are applied for real.
not_booted() {
    [ "$systemd_boot" = yes ] && fail "the unit under systemd: $*"
    echo "package-install-test: NOT TESTED: the unit under a running systemd: $*"
}
boot_checks() {
    local port pid1="" state="" main status i
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    printf '\n# install test: a free port\nLOM_PORT=%s\n' "$port" >>"$root/etc/loket-op-maat/server.env"
    umount "$root/proc"
    machine=lom-install-test-$$
    step "booting the Debian root with systemd-nspawn; the enabled unit starts at boot on port $port"
    systemd-nspawn --boot --keep-unit --register=no --console=read-only --machine="$machine" \
        --directory="$root" </dev/null >"$work/boot.log" 2>&1 &
    boot_pid=$!
    for i in $(seq 1 60); do
        pid1=$(ps -eo pid=,ppid=,comm= | awk -v p="$boot_pid" '$2 == p && $3 == "systemd" {print $1}')
        [ -n "$pid1" ] && state=$(nsenter -t "$pid1" -a systemctl is-system-running 2>/dev/null || true)
        case "$state" in running|degraded) break;; esac
        kill -0 "$boot_pid" 2>/dev/null || break
        sleep 1
    done
    case "$state" in
        running|degraded) ;;
        *) kill -TERM "$boot_pid" 2>/dev/null; wait "$boot_pid" 2>/dev/null; boot_pid=""
           mount -t proc proc "$root/proc"
           not_booted "systemd-nspawn could not boot the root here: $(tail -3 "$work/boot.log" | tr -d '\r')"; return 0;;
    esac
    in_box() { nsenter -t "$pid1" -a "$@"; }
    for i in $(seq 1 120); do
        curl -fsS "http://127.0.0.1:$port/api/v1/health" >"$work/health-systemd" 2>/dev/null && break
        sleep 1
    done
    status=$(in_box systemctl is-active loket-server.service || true)
    [ "$status" = active ] && [ -s "$work/health-systemd" ] \
        || fail "the unit under systemd is $status, no health answer: $(in_box journalctl -u loket-server.service -n 15 --no-pager)"
    main=$(in_box systemctl show -p MainPID --value loket-server.service)
    status=$(in_box grep -E '^(Uid|CapEff|CapBnd|NoNewPrivs|Seccomp):' "/proc/$main/status" | tr -s '\t ' ' ')
    grep -q "^Uid: $loket_uid " <<<"$status" && grep -qx 'CapEff: 0000000000000000' <<<"$status" \
        && grep -qx 'CapBnd: 0000000000000000' <<<"$status" && grep -qx 'NoNewPrivs: 1' <<<"$status" \
        && grep -qx 'Seccomp: 2' <<<"$status" \
        || fail "the server under systemd runs with more than the unit allows: $status"
    in_box journalctl -u loket-server.service -o cat --no-pager | grep -q . || fail "nothing from the server in the journal"
    in_box systemctl stop loket-server.service
    status=$(in_box systemctl show -p Result --value loket-server.service)
    [ "$status" = success ] || fail "the unit stopped with result $status: $(in_box journalctl -u loket-server.service -n 10 --no-pager)"
    ok "unit under systemd $(in_box systemctl --version | head -1 | cut -d' ' -f2) as PID 1: started at boot, healthy ($(cat "$work/health-systemd")), user loket, no capabilities, NoNewPrivs, seccomp filter on, logs in the journal, clean stop"
    kill -TERM "$boot_pid" 2>/dev/null || true
    wait "$boot_pid" 2>/dev/null || true
    boot_pid="" machine=""
    mount -t proc proc "$root/proc"
}
if [ "$systemd_boot" = no ]; then
    echo "package-install-test: NOT TESTED: the unit under a running systemd (LOM_SYSTEMD_BOOT=no)"
else
    command -v systemd-nspawn >/dev/null || apt-get install -y systemd-container >/dev/null 2>&1 || true
    if command -v systemd-nspawn >/dev/null; then boot_checks; else not_booted "no systemd-nspawn (package systemd-container)"; fi
fi

# 4. Remove and purge: desk data, server data and the user stay.
in_root apt-get remove -y -q loket-op-maat >/dev/null 2>&1 || fail "apt remove loket-op-maat"
[ -s "$data/loket.db" ] || fail "removing the desk package deleted desk data"
[ ! -e "$root/opt/loket-op-maat" ] || fail "/opt/loket-op-maat left after remove"
in_root apt-get purge -y -q loket-server >/dev/null 2>&1 || fail "apt purge loket-server"
[ -s "$root/var/lib/loket-op-maat/lom-server.db" ] || fail "purging the server package deleted its database"
[ ! -e "$root/etc/loket-op-maat/server.env" ] || fail "purge left server.env"
in_root getent passwd loket >/dev/null || fail "purge removed the user loket (files still belong to it)"
ok "remove/purge: desk data kept, server database and user kept, settings purged"

# 5. Desk package on Ubuntu 24.04 LTS (the docs name it as a target).
if [ "$ubuntu_mirror" = none ]; then
    echo "package-install-test: NOT TESTED: the desk on Ubuntu 24.04 (LOM_UBUNTU_MIRROR=none)"
else
    if [ ! -e "$work/noble-root/.complete" ]; then
        keyring=$work/ubuntu-archive-keyring.gpg
        curl -fsS -m 120 -o "$work/ubuntu-keyring.deb" "$ubuntu_mirror/$ubuntu_keyring_deb" \
            || fail "cannot fetch $ubuntu_mirror/$ubuntu_keyring_deb (Ubuntu's archive not reachable? LOM_UBUNTU_MIRROR=none skips Ubuntu)"
        echo "$ubuntu_keyring_sha256  $work/ubuntu-keyring.deb" | sha256sum -c --quiet - \
            || fail "the ubuntu-keyring package does not have its pinned hash"
        rm -rf "$work/ubuntu-keyring" && dpkg-deb -x "$work/ubuntu-keyring.deb" "$work/ubuntu-keyring"
        cp "$work/ubuntu-keyring/usr/share/keyrings/ubuntu-archive-keyring.gpg" "$keyring"
        gpg --no-default-keyring --keyring "$keyring" --with-colons --list-keys 2>/dev/null | grep -q "^fpr:*$ubuntu_archive_key:" \
            || fail "Ubuntu's archive key $ubuntu_archive_key is not in the keyring"
        script=/usr/share/debootstrap/scripts/noble
        [ -e "$script" ] || script=/usr/share/debootstrap/scripts/gutsy   # Debian 12's debootstrap predates noble
        build_root "$work/noble-root" "Ubuntu 24.04 from $ubuntu_mirror" noble "$ubuntu_mirror" "$script" --keyring="$keyring"
    fi
    fresh_root "$work/noble-root" "$work/root-noble"
    grep -q '^VERSION_ID="24.04"' "$root/etc/os-release" || fail "the Ubuntu root is not 24.04: $(grep VERSION= "$root/etc/os-release")"
    # Like an installed system: the release, its updates and security fixes; main only (the desk needs
    # nothing from universe, where Ubuntu has libjpeg62).
    printf 'deb %s noble main\ndeb %s noble-updates main\ndeb %s noble-security main\n' \
        "$ubuntu_mirror" "$ubuntu_mirror" "$ubuntu_mirror" >"$root/etc/apt/sources.list"
    # Ubuntu has libjpeg.so.62 only in universe (libjpeg62): with main alone the recommendation cannot be
    # met, and only the JPEG image reader and the (unused) splash screen lack it.
    desk_checks ubuntu2404 libjpeg.so.62
    # With universe enabled, as on Ubuntu's desktop installs, the recommended libjpeg62 completes the runtime.
    sed -i 's/ main$/ main universe/' "$root/etc/apt/sources.list"
    in_root apt-get update -qq >/dev/null && in_root apt-get install -y -q libjpeg62 >>"$work/desk-install-ubuntu2404.log" 2>&1 \
        || fail "ubuntu2404: the recommended libjpeg62 does not install from universe: $(tail -3 "$work/desk-install-ubuntu2404.log")"
    runtime_links "ubuntu2404 + universe's libjpeg62"
fi

[ "$problems" -eq 0 ] || fail "$problems check(s) failed (above), after $(( $(date +%s) - started )) s"
echo "package-install-test: PASSED in $(( $(date +%s) - started )) s"
