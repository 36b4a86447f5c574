#!/usr/bin/env bash
# Build the macOS app (VisaCase.app) and a .dmg of it, then prove it with its own self-test.
#   packaging/build-macos.sh   -> packaging/dist/VisaCase.app and packaging/dist/VisaCase-macos-ARCH.dmg
# The same steps as build-linux.sh (change them together). The development machines run Linux, so
# this script runs only in CI, on a hosted macOS runner (.github/workflows/build.yml).
# VISACASE_PYTHON=/path/to/python uses that interpreter instead of ./.venv.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${VISACASE_PYTHON:-.venv/bin/python}
if [ -z "${VISACASE_PYTHON:-}" ]; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[build]"
fi

rm -rf packaging/build packaging/dist
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/visacase.spec
app=packaging/dist/VisaCase.app
dmg="packaging/dist/VisaCase-macos-$(uname -m).dmg"
staging=packaging/build/dmg
mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -quiet -volname VisaCase -srcfolder "$staging" -ov -format UDZO "$dmg"
du -sh "$app" "$dmg"
"$app/Contents/MacOS/VisaCase" --self-test
