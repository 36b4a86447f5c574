#!/usr/bin/env bash
# VisaCase from a source checkout, in one command each:
#   ./dev.sh run    install what is missing, then open VisaCase on the sample case
#   ./dev.sh test   install what is missing, then run the whole test suite (what CI runs)
# System libraries come from apt (as root, or through sudo); Python packages go into ./.venv.
set -euo pipefail
cd "$(dirname "$0")"

SYSTEM_PACKAGES=(
  qpdf poppler-utils tesseract-ocr tesseract-ocr-eng binutils
  libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libx11-6 libxkbcommon0
  libxkbcommon-x11-0 libdbus-1-3 fonts-dejavu-core libcups2
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
)

say() { printf 'dev.sh: %s\n' "$*" >&2; }

install_system_packages() {
  command -v dpkg-query >/dev/null || return 0
  local missing=() pkg
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      say "please install these Debian/Ubuntu packages first: ${missing[*]}"; exit 1
    fi
  fi
  say "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
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
    .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"
    echo "$want" > "$stamp"
  fi
}

case "${1:-}" in
  run)
    install_system_packages
    install_python_packages
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      say "no screen found (DISPLAY is not set); start VisaCase from a desktop session"; exit 1
    fi
    shift; exec .venv/bin/visacase --sample "$@" ;;
  test)
    install_system_packages
    install_python_packages
    # VISACASE_BUILD_TEST=1 also builds the Linux app and self-tests it (~1.5 min); =0 skips that
    shift; VISACASE_BUILD_TEST="${VISACASE_BUILD_TEST:-1}" exec .venv/bin/python -m pytest "$@" ;;
  *)
    say "usage: ./dev.sh run | ./dev.sh test [pytest arguments]"; exit 2 ;;
esac
