#!/usr/bin/env bash
# Jiandu developer entry point (Debian 12 / UOS / Kylin).
#   scripts/jiandu.sh run [--db PATH]   install packages, build, start the desktop application
#   scripts/jiandu.sh test              install packages, build, run every test with ctest
#   scripts/jiandu.sh build             install packages and build only
#   scripts/jiandu.sh deps              install the Debian packages only
#   scripts/jiandu.sh package           build the .deb with CPack (packaging/test-deb.sh tests it)
# Environment: BUILD_DIR (default build/release), JIANDU_WERROR (default ON),
#   JIANDU_BUILD_TESTS (default ON; package: OFF unless set).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build/release}

packages=(
  build-essential cmake ninja-build file pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libsqlite3-dev sqlite3 libxlsxwriter-dev libminizip-dev zlib1g-dev libssl-dev libsodium-dev
  fonts-noto-cjk fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai
  libqt6svg6 xvfb xauth poppler-utils
)

deps() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DJIANDU_WERROR="${JIANDU_WERROR:-ON}" -DJIANDU_BUILD_TESTS="${JIANDU_BUILD_TESTS:-ON}" >/dev/null
  cmake --build "$build_dir"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  deps) deps ;;
  build) deps; build ;;
  run) deps; build; exec "$build_dir/bin/jiandu" "$@" ;;
  test)
    deps; build
    cd "$build_dir"
    ctest --output-on-failure --timeout 600 -j"$(nproc)" "$@"
    ;;
  package)
    # cpack (with Ninja) packs what is built, without building; the tests are not packaged.
    deps; JIANDU_BUILD_TESTS=${JIANDU_BUILD_TESTS:-OFF} build
    cd "$build_dir" && cpack -G DEB
    ;;
  *) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
