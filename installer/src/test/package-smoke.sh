#!/usr/bin/env bash
# Package smoke test for the desk .deb (run by `-Ppackages verify`, or by hand after `-Ppackages package`):
#   installer/src/test/package-smoke.sh installer/target 0.1.0 100 java.base,java.desktop,... [server-dist.tar.gz]
# Installs the .deb into a throwaway root with `dpkg -x`, runs the packaged launcher with --smoke
# against a temporary data folder and HOME, and checks: exit 0, database and PDF written, log file
# written, a pre-seeded settings file next to the installation is used (and a bad one is reported
# naming file and key), the runtime holds exactly the planned modules and jdeps needs none beyond
# them, and the installed app image stays under the size budget.
set -euo pipefail

target=${1:?target dir} version=${2:?package version} budget_mib=${3:?size budget MiB} modules=${4:?module list}
server_dist=${5:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/lom-package-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "package-smoke: FAIL: $*" >&2; exit 1; }
ok() { echo "package-smoke: ok: $*"; }

shopt -s nullglob
debs=("$target"/jpackage/installers/loket-op-maat_"$version"*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one loket-op-maat_${version}*.deb in $target/jpackage/installers, found ${#debs[@]}"
deb=${debs[0]}

# 1. Package metadata and contents.
[ "$(dpkg-deb -f "$deb" Package)" = "loket-op-maat" ] || fail "package name"
case "$(dpkg-deb -f "$deb" Version)" in "$version"*) ;; *) fail "version $(dpkg-deb -f "$deb" Version) is not $version";; esac
contents=$(dpkg-deb -c "$deb")
for f in ./opt/loket-op-maat/bin/loket-op-maat ./opt/loket-op-maat/lib/loket-op-maat.png \
         ./usr/share/applications/loket-op-maat.desktop \
         ./opt/loket-op-maat/lib/app/loket-op-maat.jar ./opt/loket-op-maat/lib/app/compiler-directives.json \
         ./usr/share/doc/loket-op-maat/copyright; do
    grep -q " $f\$" <<<"$contents" || fail "$f is not in the package"
done
if grep -q SNAPSHOT <<<"$contents"; then fail "a SNAPSHOT file name in the package: $(grep SNAPSHOT <<<"$contents")"; fi
dpkg-deb -e "$deb" "$work/control"
# The menu entry is a file of the package. The only maintainer scripts write and remove the class-data
# archive (ADR 0133) and never fail, so nothing can leave the package half-configured.
for script in preinst postrm; do
    [ ! -e "$work/control/$script" ] || fail "the desk package has a $script script"
done
for script in postinst prerm; do
    [ -x "$work/control/$script" ] && sh -n "$work/control/$script" || fail "desk $script missing or not valid sh"
    grep -q "desk-start.jsa\|make-start-archive.sh" "$work/control/$script" || fail "desk $script does more than the archive"
done
grep -q " ./opt/loket-op-maat/lib/make-start-archive.sh\$" <<<"$contents" || fail "make-start-archive.sh is not in the package"
if grep -qE '(^|, )libjpeg62-turbo(,|$)' <<<"$(dpkg-deb -f "$deb" Depends)"; then fail "Depends copies the build machine's libjpeg62-turbo"; fi
ok "$(basename "$deb"): name, version, launcher, icon, menu entry, copyright, only the archive's maintainer scripts"
# Upgrades and uninstalls keep desk data: the package owns nothing outside /opt/loket-op-maat and its
# maintainer scripts delete nothing (data, /etc/loket-op-maat and per-user folders are never touched).
outside=$(awk '{print $6}' <<<"$contents" \
    | grep -vE '^\./(opt/(loket-op-maat(/.*)?)?|usr/|usr/share/|usr/share/applications/(loket-op-maat\.desktop)?|usr/share/doc/(loket-op-maat/(copyright)?)?)?$' || true)
[ -z "$outside" ] || fail "the package owns files outside /opt/loket-op-maat, its menu entry and copyright: $outside"
ok "package owns only /opt/loket-op-maat, its menu entry and copyright (data survives upgrade/uninstall)"

# 2. Install into a throwaway root.
root=$work/root
dpkg -x "$deb" "$root"
app=$root/opt/loket-op-maat
launcher=$app/bin/loket-op-maat
desktop=$root/usr/share/applications/loket-op-maat.desktop
grep -q "^Exec=/opt/loket-op-maat/bin/loket-op-maat" "$desktop" || fail "menu entry does not start the launcher"
grep -q "^Icon=/opt/loket-op-maat/lib/loket-op-maat.png" "$desktop" || fail "menu entry has no icon"
grep -q "^Name=Loket op Maat$" "$desktop" || fail "menu entry is not named 'Loket op Maat'"
grep -qx "StartupWMClass=loket-op-maat" "$desktop" || fail "menu entry has no StartupWMClass=loket-op-maat"
grep -q "^License: EUPL-1.2" "$root/usr/share/doc/loket-op-maat/copyright" || fail "copyright names no licence"

# 3. Trimmed runtime: exactly the planned modules, no JDK tools, no java executable.
release_modules=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$app/lib/runtime/release" | tr ' ' '\n' | sort)
for m in ${modules//,/ }; do
    grep -qx "$m" <<<"$release_modules" || fail "runtime lacks module $m"
done
for m in jdk.compiler jdk.jshell jdk.jlink java.compiler jdk.httpserver; do
    if grep -qx "$m" <<<"$release_modules"; then fail "runtime holds $m: not trimmed"; fi
done
[ ! -e "$app/lib/runtime/bin" ] || fail "runtime still has native commands (bin/)"
[ -s "$app/lib/runtime/lib/server/classes.jsa" ] || fail "runtime has no class-data archive (lib/server/classes.jsa)"
ok "runtime modules: $(echo $release_modules | tr ' ' ',')"

# 4. jdeps finds no module beyond the planned list (the shaded jar's module-info is dropped first).
jar=("$app"/lib/app/loket-op-maat.jar)
cp "${jar[0]}" "$work/client.jar"
zip -q -d "$work/client.jar" 'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
needed=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$work/client.jar")
for m in ${needed//,/ }; do
    [[ ",$modules," == *",$m,"* ]] || fail "jdeps says the client needs $m, which is not in desk.modules"
done
ok "jdeps needs $needed: all in desk.modules"
natives=$(unzip -Z1 "${jar[0]}" | grep -E '^org/sqlite/native/.+/[^/]+$' | sed 's#/[^/]*$##' | sort -u | tr '\n' ' ')
[ "$natives" = "org/sqlite/native/Linux/x86_64 " ] || fail "packaged jar should carry only Linux/x86_64 SQLite natives, has: $natives"
ok "packaged jar carries SQLite natives for Linux/x86_64 only"

# 5. Smoke mode of the packaged launcher against a temporary data folder and HOME.
mkdir -p "$work/home"
set +e
HOME=$work/home XDG_DATA_HOME='' timeout 180 "$launcher" --smoke --data-dir "$work/data" >"$work/out" 2>"$work/err"
rc=$?
set -e
[ $rc -eq 0 ] || fail "launcher --smoke exited $rc: $(cat "$work/err")"
grep -q "^loket-op-maat smoke OK:" "$work/out" || fail "no OK line: $(cat "$work/out")"
[ -s "$work/data/loket.db" ] || fail "database not created"
head -c 5 "$work/data/smoke-check/00-cover.pdf" | grep -q "%PDF-" || fail "no PDF written"
[ -s "$work/data/logs/desk.log" ] || fail "no log file in <data dir>/logs"
ok "$(grep '^loket-op-maat smoke OK:' "$work/out")"
# The image budget is for what the package installs; the archive below is written at install time.
image_kib=$(du -sk "$app" | cut -f1)

# 5b. Class data (ADR 0133). Without the desk's archive (above) the runtime's own is used: -Xshare:on proves it.
HOME=$work/home _JAVA_OPTIONS="-Xshare:on -XX:SharedArchiveFile=$app/lib/runtime/lib/server/classes.jsa" \
    timeout 180 "$launcher" --smoke --data-dir "$work/data-cds0" >"$work/cds0" 2>&1 \
    || fail "the runtime's class-data archive cannot be used: $(tail -3 "$work/cds0")"
# The install script's step writes the desk's archive for these files; -Xshare:on with the launcher's own
# options proves it is used; after the jar changes (an archive gone stale) the desk still starts.
sh "$app/lib/make-start-archive.sh" "$app" >"$work/cds1" 2>&1
[ -s "$app/lib/app/desk-start.jsa" ] || fail "make-start-archive.sh wrote no archive: $(cat "$work/cds1")"
HOME=$work/home JAVA_TOOL_OPTIONS="-Xshare:on" timeout 180 "$launcher" --smoke --data-dir "$work/data-cds1" \
    >"$work/cds2" 2>&1 || fail "the launcher cannot use the desk's archive: $(tail -3 "$work/cds2")"
touch "$app/lib/app/loket-op-maat.jar"
HOME=$work/home timeout 180 "$launcher" --smoke --data-dir "$work/data-cds2" >"$work/cds3" 2>&1 \
    || fail "the desk does not start with a stale archive: $(tail -3 "$work/cds3")"
ok "class data: runtime archive used; desk archive $(( $(stat -c %s "$app/lib/app/desk-start.jsa") / 1048576 )) MiB written and used; stale archive ignored"

# 6. Pre-seeded settings next to the installation are used; a bad one is named with file and key.
printf 'data.dir=%s\ndesk.location=berchem\ndesk.name=Loket 4\n' "$work/seeded" > "$app/loket-op-maat.properties"
HOME=$work/home timeout 180 "$launcher" --smoke >"$work/out2" 2>"$work/err2" || fail "seeded smoke failed: $(cat "$work/err2")"
[ -s "$work/seeded/loket.db" ] || fail "data.dir of $app/loket-op-maat.properties not used"
[ -s "$work/seeded/logs/desk.log" ] || fail "logs do not follow the configured data.dir"
ok "settings file next to the installation used (data.dir, desk.location)"
printf 'offline.grace.hours=drie dagen\n' > "$app/loket-op-maat.properties"
set +e
HOME=$work/home timeout 180 "$launcher" --smoke --data-dir "$work/data" >"$work/out3" 2>"$work/err3"
rc=$?
set -e
[ $rc -eq 1 ] || fail "bad setting: expected exit 1, got $rc"
grep -q "loket-op-maat.properties, key offline.grace.hours" "$work/err3" || fail "bad setting not named: $(cat "$work/err3")"
ok "bad setting reported: $(grep "key offline.grace.hours" "$work/err3")"
rm "$app/loket-op-maat.properties"

# 7. The installed program opens its window on a (virtual) display, without errors in its log.
if command -v xvfb-run >/dev/null 2>&1 && command -v xwininfo >/dev/null 2>&1 && command -v xprop >/dev/null 2>&1; then
    HOME=$work/home timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" sh -c '
        "$1" --data-dir "$2" --lang nl >"$2.out" 2>&1 &
        pid=$!
        for i in $(seq 1 60); do
            window=$(xwininfo -root -tree | grep "\"Loket op Maat\"" | awk "{print \$1}" | head -1)
            if [ -n "$window" ]; then
                sleep 2
                wm_class=$(xprop -id "$window" WM_CLASS)
                kill "$pid"; wait "$pid" 2>/dev/null
                echo "$wm_class" > "$2.wmclass"
                case "$wm_class" in *"\"loket-op-maat\""*) exit 0 ;; *) exit 3 ;; esac
            fi
            kill -0 "$pid" 2>/dev/null || exit 2
            sleep 1
        done
        kill "$pid"; exit 1' gui "$launcher" "$work/gui-data" \
        || fail "no 'Loket op Maat' window with WM_CLASS loket-op-maat within 60 s: $(cat "$work/gui-data.wmclass" "$work/gui-data.out" 2>/dev/null)"
    if grep -q " ERROR " "$work/gui-data/logs/desk.log" 2>/dev/null; then fail "errors in the desk log: $(grep ' ERROR ' "$work/gui-data/logs/desk.log")"; fi
    [ -s "$work/gui-data/loket.db" ] || fail "the desk program did not create its database"
    ok "desk window 'Loket op Maat' opened under Xvfb (first start: not enrolled), $(cat "$work/gui-data.wmclass"), no errors logged"
else
    echo "package-smoke: skipped: GUI start (xvfb-run, xwininfo or xprop not installed)"
fi

# 8. Size budget of the installed app image.
deb_kib=$(( $(stat -c %s "$deb") / 1024 ))
[ $image_kib -le $(( budget_mib * 1024 )) ] || fail "installed app image is $((image_kib / 1024)) MiB, budget $budget_mib MiB"
ok "installed app image $((image_kib / 1024)) MiB (budget $budget_mib MiB), .deb $((deb_kib / 1024)) MiB"
# 9. Server distribution: unpack, start `serve` from its start script with LOM_* settings read
#    through LOM_ENV_FILE, wait for health, run an admin command beside it, stop it with SIGTERM.
if [ -n "$server_dist" ]; then
    [ -s "$server_dist" ] || fail "server distribution $server_dist missing"
    mkdir -p "$work/server"
    tar -xzf "$server_dist" -C "$work/server"
    server_home=$(echo "$work"/server/loket-server-*)
    for f in bin/loket-server lib/loket-server.jar lib/compiler-directives.json systemd/loket-server.service \
             config/server-postgresql.env.sample config/server-sqlite.env.sample; do
        [ -e "$server_home/$f" ] || fail "server distribution lacks $f"
    done
    [ -x "$server_home/bin/loket-server" ] || fail "bin/loket-server is not executable"
    grep -q '^ProtectSystem=strict$' "$server_home/systemd/loket-server.service" || fail "unit is not ProtectSystem=strict"
    grep -q '^User=loket$' "$server_home/systemd/loket-server.service" || fail "unit does not run as loket"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    printf 'LOM_HOST=127.0.0.1\nLOM_PORT=%s\nLOM_DATA_DIR=%s\nLOM_JAVA_OPTS="-Xmx256m"\n' "$port" "$work/server-data" > "$work/server.env"
    LOM_ENV_FILE=$work/server.env "$server_home/bin/loket-server" serve >"$work/server.out" 2>&1 &
    server_pid=$!
    healthy=""
    for i in $(seq 1 90); do
        if curl -fsS "http://127.0.0.1:$port/api/v1/health" >"$work/health" 2>/dev/null; then healthy=yes; break; fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 1
    done
    if [ -z "$healthy" ]; then
        kill "$server_pid" 2>/dev/null || true
        fail "server from the distribution not healthy: $(tail -5 "$work/server.out")"
    fi
    LOM_ENV_FILE=$work/server.env "$server_home/bin/loket-server" list-devices >"$work/devices" 2>"$work/devices.err" \
        || { kill "$server_pid"; fail "admin command failed: $(cat "$work/devices" "$work/devices.err")"; }
    # the JIT plan (ADR 0135) was read, and the JVM's line about it went to stderr, not into the command's output
    grep -q "compiler directives added" "$work/devices.err" || fail "loket-server did not pass the JIT plan: $(cat "$work/devices.err")"
    if grep -q "compiler directives" "$work/devices"; then fail "the JVM's JIT line is in list-devices' output"; fi
    kill -TERM "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    [ -s "$work/server-data/lom-server.db" ] || fail "server did not create its SQLite database in LOM_DATA_DIR"
    ok "server distribution: started from bin/loket-server, $(cat "$work/health"), list-devices beside it, stopped"
fi
# 10. Server .deb: contents, conffile, maintainer scripts (installed for real by package-install-test.sh).
server_debs=("$target"/jpackage/installers/loket-server_"$version"-1_all.deb)
if [ ${#server_debs[@]} -eq 1 ]; then
    sdeb=${server_debs[0]}
    scontents=$(dpkg-deb -c "$sdeb")
    for f in ./opt/loket-server/bin/loket-server ./opt/loket-server/lib/loket-server.jar ./opt/loket-server/lib/compiler-directives.json \
             ./usr/lib/systemd/system/loket-server.service ./etc/loket-op-maat/server.env ./usr/share/doc/loket-server/copyright; do
        grep -q " $f\$" <<<"$scontents" || fail "$f is not in $(basename "$sdeb")"
    done
    grep -q "^-rwxr-xr-x root/root .* ./opt/loket-server/bin/loket-server$" <<<"$scontents" || fail "start script not 0755 root"
    grep -q "^-rw-r----- root/root .* ./etc/loket-op-maat/server.env$" <<<"$scontents" || fail "server.env not 0640 in the package"
    dpkg-deb -e "$sdeb" "$work/server-control"
    grep -qx /etc/loket-op-maat/server.env "$work/server-control/conffiles" || fail "server.env is not a conffile"
    if grep -q SNAPSHOT <<<"$scontents"; then fail "SNAPSHOT file name in the server package"; fi
    for script in postinst prerm postrm; do sh -n "$work/server-control/$script" || fail "$script syntax"; done
    ok "$(basename "$sdeb"): start script, jar, unit, conffile server.env 0640, maintainer scripts"
else
    fail "expected one loket-server_${version}-1_all.deb in $target/jpackage/installers"
fi
echo "package-smoke: PASSED"
