#!/usr/bin/env bash
# Build the Linux one-folder app and a .tar.gz of it, then prove it with its own self-test.
#   packaging/build-linux.sh        -> packaging/dist/VisaCase/ and packaging/dist/VisaCase-linux-x86_64.tar.gz
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v objdump >/dev/null || need+=(binutils)
dpkg-query -W -f='${Status}' libcups2 2>/dev/null | grep -q "ok installed" || need+=(libcups2)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  else echo "build-linux.sh: please install: ${need[*]}" >&2; exit 1; fi
fi
python3 -c 'import sysconfig, sys; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))' || {
  echo "build-linux.sh: PyInstaller needs a Python built with --enable-shared (Debian: libpython3.11)" >&2; exit 1; }

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[build]"
rm -rf packaging/build packaging/dist
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/visacase.spec
cp packaging/linux/visacase.desktop packaging/linux/visacase-mime.xml packaging/dist/VisaCase/
tar -C packaging/dist -czf packaging/dist/VisaCase-linux-x86_64.tar.gz VisaCase
du -sh packaging/dist/VisaCase packaging/dist/VisaCase-linux-x86_64.tar.gz
packaging/dist/VisaCase/VisaCase --self-test
