#!/usr/bin/env bash
# Build the Linux one-folder app and a .tar.gz of it, then prove it with its own self-test.
#   packaging/build-linux.sh   -> packaging/dist/VisaCase/ and packaging/dist/VisaCase-linux-x86_64.tar.gz
# VISACASE_PYTHON=/path/to/python uses that interpreter (with the app's and PyInstaller's packages
# already installed) instead of ./.venv; the build test uses it to build a clean checkout.
# build-windows.ps1 and build-macos.sh follow the same steps; change them together.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v objdump >/dev/null || need+=(binutils)
command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-eng)
dpkg-query -W -f='${Status}' libcups2 2>/dev/null | grep -q "ok installed" || need+=(libcups2)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  else echo "build-linux.sh: please install: ${need[*]}" >&2; exit 1; fi
fi

python=${VISACASE_PYTHON:-.venv/bin/python}
if [ -z "${VISACASE_PYTHON:-}" ]; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[build]"
fi
"$python" -c 'import sysconfig, sys; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))' || {
  echo "build-linux.sh: PyInstaller needs a Python built with --enable-shared (Debian: libpython3.11)" >&2; exit 1; }

rm -rf packaging/build packaging/dist
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/visacase.spec
app=packaging/dist/VisaCase
id=io.github.visacase.VisaCase
cp "packaging/linux/$id.desktop" "packaging/linux/$id.xml" packaging/linux/install.sh "$app/"
ln -s VisaCase "$app/visacase"
tar -C packaging/dist -czf packaging/dist/VisaCase-linux-x86_64.tar.gz VisaCase
du -sh "$app" packaging/dist/VisaCase-linux-x86_64.tar.gz
"$app/VisaCase" --self-test
