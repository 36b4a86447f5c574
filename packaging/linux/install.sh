#!/bin/sh
# Put VisaCase in your applications menu with its icon, make .visacase files open in it, and
# add the `visacase` command to ~/.local/bin. Everything goes into your home folder; run it again
# after moving the VisaCase folder.    ./install.sh            ./install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
sizes="16 24 32 48 64 128 256 512"
id=io.github.visacase.VisaCase  # the app's ID: names its menu entry, icon and file type

refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$data/mime"; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$data/applications"; fi
  if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$data/icons/hicolor" || true; fi
}

if [ "${1:-}" = "--uninstall" ]; then
  for size in $sizes; do
    rm -f "$data/icons/hicolor/${size}x$size/apps/$id.png" \
          "$data/icons/hicolor/${size}x$size/mimetypes/application-x-visacase.png"
  done
  rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.xml" "$bin/visacase"
  refresh
  echo "VisaCase is no longer in your menu; delete $here to remove the app itself."
  exit 0
fi

for size in $sizes; do
  png="$here/_internal/resources/icons/visacase-$size.png"
  for target in "apps/$id.png" "mimetypes/application-x-visacase.png"; do
    mkdir -p "$(dirname "$data/icons/hicolor/${size}x$size/$target")"
    cp "$png" "$data/icons/hicolor/${size}x$size/$target"
  done
done
mkdir -p "$data/mime/packages" "$data/applications" "$bin"
cp "$here/$id.xml" "$data/mime/packages/$id.xml"
escaped=$(printf '%s' "$here/VisaCase" | sed 's/[\\"`$]/\\\\&/g; s/[&|]/\\&/g')
sed "s|^Exec=.*|Exec=\"$escaped\" %f|" "$here/$id.desktop" > "$data/applications/$id.desktop"
ln -sf "$here/VisaCase" "$bin/visacase"
refresh
echo "VisaCase is in your applications menu; .visacase files open in it; 'visacase' is in $bin."
