#!/usr/bin/env bash
# VisaCase from a source checkout, in one command each:
#   ./dev.sh run    install what is missing, then open VisaCase on the sample case
#   ./dev.sh test   install what is missing, then run the whole test suite (what CI runs)
# System libraries come from apt (as root, or through sudo); Python packages go into ./.venv.
# When another install holds apt's lock, it waits for it (up to ten minutes) and says so.
set -euo pipefail
cd "$(dirname "$0")"

SYSTEM_PACKAGES=(
  qpdf poppler-utils jbig2dec binutils
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd tesseract-ocr-spa tesseract-ocr-por
  tesseract-ocr-chi-sim tesseract-ocr-hin tesseract-ocr-vie tesseract-ocr-ara
  libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libx11-6 libxkbcommon0
  libxkbcommon-x11-0 libdbus-1-3 fonts-dejavu-core libcups2
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  git appstream desktop-file-utils shared-mime-info
  cups cups-client printer-driver-cups-pdf
)
read -r -a LOCKS <<< "${DEV_SH_APT_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock}"
LOCK_WAIT_SECONDS=600

say() { printf 'dev.sh: %s\n' "$*" >&2; }

install_system_packages() {
  command -v dpkg-query >/dev/null || return 0
  local wanted=("${SYSTEM_PACKAGES[@]}") missing=() pkg
  python3 -c 'import ensurepip, venv' 2>/dev/null || wanted+=(python3-venv)
  # PyInstaller needs the interpreter's shared library; Debian's python3 ships it separately
  wanted+=($(python3 -c 'import os, sys, sysconfig
lib = os.path.join(sysconfig.get_config_var("LIBDIR"), sysconfig.get_config_var("INSTSONAME"))
if not os.path.exists(lib):
    print("libpython%d.%d" % sys.version_info[:2])'))
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      say "please install these Debian/Ubuntu packages first: ${missing[*]}"; exit 1
    fi
  fi
  wait_for_package_manager "$sudo"
  say "installing system packages: ${missing[*]}"
  local apt=($sudo apt-get -o DPkg::Lock::Timeout=$LOCK_WAIT_SECONDS -qq)
  "${apt[@]}" update
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
}

lock_busy() {  # apt and dpkg take these with fcntl locks: try one without waiting
  $1 python3 -c 'import fcntl, sys
for path in sys.argv[1:]:
    try:
        with open(path, "a") as lock:
            fcntl.lockf(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except FileNotFoundError:
        pass
    except OSError:
        sys.exit(0)
sys.exit(1)' "${LOCKS[@]}"
}

wait_for_package_manager() {
  local waited=0
  while lock_busy "$1"; do
    [ $waited -eq 0 ] && say "another program is installing packages (apt/dpkg is locked); waiting for it to finish…"
    if [ $waited -ge $LOCK_WAIT_SECONDS ]; then
      say "apt/dpkg is still locked after $LOCK_WAIT_SECONDS s; try again when the other install is done"; exit 1
    fi
    sleep 2; waited=$((waited + 2))
  done
  [ $waited -eq 0 ] || say "the other install finished after $waited s; going on"
}

python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

install_python_packages() {
  local py=python3
  python_ok "$py" || { say "VisaCase needs Python 3.11 or newer (python3 is $($py --version 2>&1))"; exit 1; }
  [ -x .venv/bin/python ] || "$py" -m venv .venv
  local stamp=.venv/.visacase-installed
  local want
  want=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing Python packages into .venv (first time takes a minute)"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev,build]"
    echo "$want" > "$stamp"
  fi
}

case "${1:-}" in
  run)
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      say "no screen found (DISPLAY and WAYLAND_DISPLAY are not set); start VisaCase from a desktop session"; exit 1
    fi
    install_system_packages
    install_python_packages
    shift; exec .venv/bin/visacase --sample "$@" ;;
  test)
    install_system_packages
    install_python_packages
    # VISACASE_BUILD_TEST=1 also builds the Linux app and self-tests it (~1.5 min); =0 skips that
    shift; VISACASE_BUILD_TEST="${VISACASE_BUILD_TEST:-1}" exec .venv/bin/python -m pytest "$@" ;;
  *)
    say "usage: ./dev.sh run | ./dev.sh test [pytest arguments]"; exit 2 ;;
esac
