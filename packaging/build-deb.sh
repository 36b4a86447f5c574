#!/usr/bin/env bash
# Turn the one-folder Linux build into a Debian package, with dpkg-deb alone.
#   packaging/build-linux.sh && packaging/build-deb.sh   -> packaging/dist/visacase_VERSION_amd64.deb
# The app goes to /opt/visacase and /usr/bin/visacase points at it; the menu entry, icons, file
# type and AppStream metainfo go under /usr/share, named by the app ID. dpkg's triggers refresh
# the desktop, MIME and icon caches, so the package needs no maintainer scripts. Depends: lists
# the system packages whose libraries the bundle links (packaging/deb_depends.py).
set -euo pipefail
cd "$(dirname "$0")/.."

id=io.github.visacase.VisaCase
app=packaging/dist/VisaCase
[ -x "$app/VisaCase" ] || { echo "build-deb.sh: no $app; run packaging/build-linux.sh first" >&2; exit 1; }
command -v appstreamcli >/dev/null || { echo "build-deb.sh: please install appstream (appstreamcli)" >&2; exit 1; }
if ! validation=$(appstreamcli validate --no-net "packaging/linux/$id.metainfo.xml" 2>&1); then
  echo "$validation" >&2; echo "build-deb.sh: the AppStream metainfo is not valid" >&2; exit 1
fi

version=$(env -i "$app/VisaCase" --version | cut -d' ' -f2)  # the built app says what it is
grep -q "<release version=\"$version\"" "packaging/linux/$id.metainfo.xml" || {
  echo "build-deb.sh: packaging/linux/$id.metainfo.xml has no <release> for $version" >&2; exit 1; }
root=packaging/build/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/mime/packages" "$root/usr/share/metainfo" "$root/usr/share/doc/visacase"

cp -a "$app" "$root/opt/visacase"
rm "$root/opt/visacase/install.sh" "$root/opt/visacase/$id.desktop" "$root/opt/visacase/$id.xml"
ln -s ../../opt/visacase/VisaCase "$root/usr/bin/visacase"
cp "packaging/linux/$id.desktop" "$root/usr/share/applications/"
cp "packaging/linux/$id.xml" "$root/usr/share/mime/packages/"
cp "packaging/linux/$id.metainfo.xml" "$root/usr/share/metainfo/"
for png in "$app"/_internal/resources/icons/visacase-*.png; do
  size=$(basename "$png" .png | cut -d- -f2)
  for target in "apps/$id.png" "mimetypes/application-x-visacase.png"; do
    install -D -m 644 "$png" "$root/usr/share/icons/hicolor/${size}x$size/$target"
  done
done
{
  echo "VisaCase $version is free software under the GNU General Public License, version 3 or"
  echo "later; the full text follows. The components it ships and their licences are listed in"
  echo "/usr/share/doc/visacase/THIRD-PARTY-NOTICES.txt."
  echo
  cat LICENSE
} > "$root/usr/share/doc/visacase/copyright"
cp "$app/_internal/THIRD-PARTY-NOTICES.txt" "$root/usr/share/doc/visacase/"

cat > "$root/DEBIAN/control" <<EOF
Package: visacase
Version: $version
Architecture: amd64
Maintainer: VisaCase maintainers <visacase@users.noreply.github.com>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $(python3 packaging/deb_depends.py "$app")
Section: utils
Priority: optional
Homepage: https://github.com/visacase/visacase
Description: keep a refused US visa case in one file
 VisaCase is for people whose US visa was refused under 221(g) or 214(b): the
 applicants, the documents the consulate asked for, the CEAC status history and
 the deadlines in one local case file, and a labelled resubmission packet.
EOF
deb="packaging/dist/visacase_${version}_amd64.deb"
# zstd: a tenth of xz's time for about 10 % more bytes; dpkg reads it on Debian 12 and Ubuntu 22.04
dpkg-deb --root-owner-group -Zzstd --build "$root" "$deb" >/dev/null
du -h "$deb"
