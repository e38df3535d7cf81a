#!/usr/bin/env bash
# Builds the Linux packages from staged trees with dpkg-deb (run by the `packages` profile after jpackage
# has made the desk app image; see ADR 0084):
#   installer/src/deb/build-debs.sh TARGET VERSION MAINTAINER DESK_DEPENDS DESK_RECOMMENDS SERVER_JAR
#   -> TARGET/jpackage/installers/loket-op-maat_VERSION-1_amd64.deb   (desk: /opt/loket-op-maat + menu entry)
#   -> TARGET/jpackage/installers/loket-server_VERSION-1_all.deb      (server: /opt/loket-server + unit + /etc)
# Both are made here rather than by `jpackage --type deb`, which copies the build machine's library
# package names into Depends, installs its menu entry with xdg-desktop-menu from the postinst (which fails
# without desktop menu folders) and can place nothing outside the installation folder.
set -euo pipefail

target=${1:?target dir} version=${2:?package version} maintainer=${3:?maintainer}
desk_depends=${4:?desk Depends} desk_recommends=${5:?desk Recommends} server_jar=${6:?server shaded jar}
here=$(cd "$(dirname "$0")" && pwd -P)
server_dist=$(cd "$here/../../../sync-server/src/dist" && pwd -P)
app_image=$target/jpackage/loket-op-maat
out=$target/jpackage/installers
stage=$target/deb
year=$(date -u +%Y)
deb_version=$version-1

[ -x "$app_image/bin/loket-op-maat" ] || { echo "build-debs: no app image in $app_image (run jpackage first)" >&2; exit 1; }
[ -r "$server_jar" ] || { echo "build-debs: missing $server_jar (build with -am)" >&2; exit 1; }
rm -rf "$stage" && mkdir -p "$stage" "$out"
rm -f "$out"/loket-op-maat_*.deb "$out"/loket-server_*.deb

fill() { # template -> file, replacing @KEY@ placeholders
    sed -e "s#@VERSION@#$deb_version#g" -e "s#@MAINTAINER@#$maintainer#g" -e "s#@YEAR@#$year#g" \
        -e "s#@DEPENDS@#$desk_depends#g" -e "s#@RECOMMENDS@#$desk_recommends#g" \
        -e "s#@INSTALLED_SIZE@#${installed_size:-0}#g" "$1" > "$2"
}
build() { # root name compressor
    local root=$1 name=$2 compressor=$3
    installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
    fill "$root/DEBIAN/control.in" "$root/DEBIAN/control"
    rm "$root/DEBIAN/control.in"
    chmod -R go-w "$root"
    dpkg-deb --root-owner-group -Z"$compressor" --build "$root" "$out/$name" >/dev/null
    echo "build-debs: $out/$name ($(( $(stat -c %s "$out/$name") / 1024 )) KiB)"
}

# Desk: the app image in /opt/loket-op-maat, the menu entry and the licence. The menu entry is a plain
# file of the package (desktop-file-utils' dpkg trigger updates the menu cache where a desktop is
# installed), so it installs on machines without a desktop. The only maintainer scripts write and remove the
# class-data archive of the installed files (ADR 0133) and never fail.
desk=$stage/desk
install -d -m 0755 "$desk/DEBIAN" "$desk/opt" "$desk/usr/share/applications" "$desk/usr/share/doc/loket-op-maat"
cp -a "$app_image" "$desk/opt/loket-op-maat"
install -m 0644 "$here/desk/loket-op-maat.desktop" "$desk/usr/share/applications/loket-op-maat.desktop"
fill "$here/desk/copyright" "$desk/usr/share/doc/loket-op-maat/copyright"
chmod 0644 "$desk/usr/share/doc/loket-op-maat/copyright"
install -m 0755 "$here/desk/make-start-archive.sh" "$desk/opt/loket-op-maat/lib/make-start-archive.sh"
install -m 0644 "$here/desk/control" "$desk/DEBIAN/control.in"
install -m 0755 "$here/desk/postinst" "$here/desk/prerm" "$desk/DEBIAN/"
build "$desk" "loket-op-maat_${deb_version}_amd64.deb" xz

# Server: the distribution in /opt/loket-server, the hardened unit, the settings as a conffile.
server=$stage/server
install -d -m 0755 "$server/DEBIAN" "$server/opt/loket-server/bin" "$server/opt/loket-server/lib" \
        "$server/opt/loket-server/config" "$server/usr/lib/systemd/system" "$server/etc/loket-op-maat" \
        "$server/usr/share/doc/loket-server"
install -m 0755 "$server_dist/bin/loket-server" "$server/opt/loket-server/bin/loket-server"
install -m 0644 "$server_jar" "$server/opt/loket-server/lib/loket-server.jar"
install -m 0644 "$here/../jvm/compiler-directives.json" "$server/opt/loket-server/lib/compiler-directives.json"
install -m 0644 "$server_dist/README.txt" "$server/opt/loket-server/README.txt"
install -m 0644 "$server_dist"/config/*.env.sample "$server/opt/loket-server/config/"
install -m 0644 "$server_dist/systemd/loket-server.service" "$server/usr/lib/systemd/system/loket-server.service"
install -m 0640 "$here/server/server.env" "$server/etc/loket-op-maat/server.env"
fill "$here/server/copyright" "$server/usr/share/doc/loket-server/copyright"
chmod 0644 "$server/usr/share/doc/loket-server/copyright"
install -m 0644 "$here/server/control" "$server/DEBIAN/control.in"
install -m 0644 "$here/server/conffiles" "$server/DEBIAN/conffiles"
install -m 0755 "$here/server/postinst" "$here/server/prerm" "$here/server/postrm" "$server/DEBIAN/"
# gzip: the server is one jar, already compressed; xz would take minutes for nothing.
build "$server" "loket-server_${deb_version}_all.deb" gzip
