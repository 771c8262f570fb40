#!/usr/bin/env bash
# Installs the Debian package in a clean Debian 12 (bookworm) root and runs it there.
#
#   packaging/test-deb.sh [PATH/jiandu_VERSION_ARCH.deb]
#
# Without an argument the package is built first (scripts/jiandu.sh package, in BUILD_DIR,
# default build/release). Then, in a fresh minimal root (debootstrap --variant=minbase):
# `apt-get install ./jiandu_*.deb` as an office would, the CLI and the GUI (offscreen) run as
# an ordinary user, the desktop entry, AppStream metainfo, icons, man pages and Debian docs
# are checked where they belong, and `apt-get remove` must take every file away again.
#
# Needs root, debootstrap and the Debian mirror the host's apt uses (network). Not part of
# .ci/run. Takes 4 to 9 minutes besides the build (measured on the 2-core development
# machine; the longer times under the load of other builds): debootstrap 1-4 min on the
# first run only (the root is then cached in ROOT_CACHE, default
# /tmp/jiandu-bookworm-minbase.tar.gz, 93 MB); unpacking it 5-12 s; apt-get install of the
# package and its dependencies (131 MB downloaded, 508 MB installed) 3 min; running the CLI
# and the GUI 40-80 s (the demo dataset alone 17-19 s); the checks and the removal 3-20 s.
# KEEP_ROOT=1 keeps the root (its path is printed) to look around.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build/release}
root_cache=${ROOT_CACHE:-/tmp/jiandu-bookworm-minbase.tar.gz}
suite=bookworm

[ "$(id -u)" -eq 0 ] || { echo "test-deb.sh: run as root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "test-deb.sh: apt-get install debootstrap" >&2; exit 2; }

# The mirror the host's apt uses (deb822 .sources or one-line sources.list), else Debian's.
host_uris() {
    { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
      grep -hs '^deb ' /etc/apt/sources.list | awk '{print ($2 ~ /^\[/) ? $3 : $2}'
    } | grep -E '^https?://' || true
}
mirror=${MIRROR:-$(host_uris | grep -v security | grep '/debian/\?$' | head -1)}
mirror=${mirror:-http://deb.debian.org/debian}
security=$(host_uris | grep 'debian-security' | head -1)
security=${security:-http://deb.debian.org/debian-security}

start=$SECONDS
timings=()
current=""
step() {
    [ -z "$current" ] || timings+=("$(printf '%5d s  %s' $((SECONDS - step_start)) "$current")")
    current=$*
    step_start=$SECONDS
    [ -z "$current" ] || printf '==> %s\n' "$*"
}
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d /tmp/jiandu-deb-test.XXXXXX)
root=$work/root
cleanup() {
    local rc=$?
    for m in dev/pts proc sys; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    if [ "${KEEP_ROOT:-0}" = 1 ]; then
        echo "The root is kept in $root"
    else
        rm -rf "$work"
    fi
    step ""
    echo "Timings:"
    printf '%s\n' "${timings[@]}"
    [ $rc -eq 0 ] && echo "PASS: the package installs, runs and removes cleanly ($((SECONDS - start)) s)"
    exit $rc
}
trap cleanup EXIT

# 1. The package.
if [ $# -ge 1 ]; then
    deb=$(readlink -f "$1")
else
    step "Building the package in $build_dir"
    BUILD_DIR=$build_dir "$here/scripts/jiandu.sh" package
    deb=$(ls -t "$build_dir"/jiandu_*.deb | head -1)
fi
[ -f "$deb" ] || fail "no package: $deb"
echo "Package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends Recommends
version=$(dpkg-deb --field "$deb" Version)

# 2. A clean root, from the cache or debootstrap.
if [ ! -f "$root_cache" ]; then
    step "debootstrap --variant=minbase $suite from $mirror (cached in $root_cache)"
    debootstrap --variant=minbase "$suite" "$work/bootstrap" "$mirror" >"$work/debootstrap.log" 2>&1 ||
        { tail -20 "$work/debootstrap.log"; fail "debootstrap"; }
    tar -C "$work/bootstrap" -czf "$root_cache.tmp" . && mv "$root_cache.tmp" "$root_cache"
    rm -rf "$work/bootstrap"
fi
step "Unpacking the clean root"
mkdir -p "$root"
tar -C "$root" -xzf "$root_cache"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount -t devpts devpts "$root/dev/pts"
cp "$deb" "$root/tmp/"
debname=$(basename "$deb")

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
# As an ordinary user of the office (no display: the GUI runs offscreen).
as_clerk() {
    chroot --userspec=clerk:clerk "$root" env -i PATH=/usr/bin:/bin HOME=/home/clerk \
        USER=clerk LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp/clerk-runtime "$@"
}

# 3. Install as an office would.
step "apt-get install ./$debname"
in_root apt-get update -qq
if ! in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$debname" \
    >"$work/install.log" 2>&1; then
    tail -30 "$work/install.log"
    fail "apt-get install"
fi
grep -E '^(Need to get|After this operation)' "$work/install.log" || true
in_root dpkg -s jiandu | grep -E '^(Status|Version)'
in_root dpkg -L jiandu | sort >"$work/files"

# 4. Run it.
step "Running jiandu-cli and jiandu as a user"
in_root useradd -m clerk
install -d -m 700 -o "$(stat -c %u "$root/home/clerk")" "$root/tmp/clerk-runtime"
out=$(as_clerk jiandu-cli --version)
echo "$out"
[ "$out" = "jiandu-cli $version" ] || fail "jiandu-cli --version says \"$out\", the package is $version"
help=$(as_clerk jiandu-cli --help)
grep -q '命令：' <<<"$help" || fail "jiandu-cli --help is not in Chinese: $help"
grep -q '^  demo' <<<"$help" || fail "jiandu-cli --help lists no commands"
as_clerk jiandu-cli demo --db /tmp/demo.sqlite --as-of 2026-06-30 ||
    fail "jiandu-cli demo"
as_clerk jiandu-cli check --db /tmp/demo.sqlite --as-of 2026-06-30 >"$work/check.txt" ||
    fail "jiandu-cli check"
echo "check: $(wc -l <"$work/check.txt") warning lines, e.g. $(head -1 "$work/check.txt")"
as_clerk jiandu-cli verify --db /tmp/demo.sqlite || fail "jiandu-cli verify"
# Printing needs a CJK font and the offscreen platform plugin from the package's dependencies.
as_clerk jiandu-cli print roster --db /tmp/demo.sqlite --as-of 2026-06-30 --out /tmp/roster.pdf ||
    fail "jiandu-cli print roster"
head -c 5 "$root/tmp/roster.pdf" | grep -q '%PDF-' || fail "roster.pdf is not a PDF"
grep -q 'FontName.*\(WenQuanYi\|UMing\|UKai\|Noto\)' -a "$root/tmp/roster.pdf" ||
    fail "roster.pdf embeds no CJK font"
# The default database in the user's data folder (man page: FILES).
as_clerk jiandu-cli init || fail "jiandu-cli init (default database)"
[ -f "$root/home/clerk/.local/share/Jiandu/Jiandu/jiandu.sqlite" ] ||
    fail "the default database is not at ~/.local/share/Jiandu/Jiandu/jiandu.sqlite"

out=$(as_clerk env QT_QPA_PLATFORM=offscreen jiandu --version)
echo "$out"
grep -q "$version" <<<"$out" || fail "jiandu --version says \"$out\""
as_clerk env QT_QPA_PLATFORM=offscreen jiandu --help | grep -q '行政执法监督台账' ||
    fail "jiandu --help is not in Chinese"
# The main window on the demo database: it must still be running after 15 s (timeout: 124).
set +e
as_clerk env QT_QPA_PLATFORM=offscreen timeout 15 jiandu --db /tmp/demo.sqlite \
    >"$work/gui.log" 2>&1
rc=$?
set -e
[ $rc -eq 124 ] || { cat "$work/gui.log"; fail "jiandu exited with $rc before 15 s"; }
if grep -Ei 'driver not loaded|could not (load|find)|cannot load' "$work/gui.log"; then
    fail "jiandu reported a missing library or plugin"
fi
echo "jiandu: the main window ran 15 s offscreen; its stderr:"
sed 's/^/    /' "$work/gui.log"

# 5. Files where a desktop and man look for them.
step "Checking the installed files"
expect=(
    /usr/bin/jiandu /usr/bin/jiandu-cli
    /usr/share/applications/jiandu.desktop
    /usr/share/metainfo/io.github.jiandu.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/jiandu.svg
    /usr/share/man/man1/jiandu-cli.1.gz /usr/share/man/man1/jiandu.1.gz
    /usr/share/man/zh_CN/man1/jiandu-cli.1.gz
    /usr/share/doc/jiandu/copyright /usr/share/doc/jiandu/changelog.gz
)
for n in 16 24 32 48 64 128 256; do
    expect+=("/usr/share/icons/hicolor/${n}x${n}/apps/jiandu.png")
done
for f in "${expect[@]}"; do
    grep -qx "$f" "$work/files" || fail "$f is not in the package"
    [ -e "$root$f" ] || fail "$f is not installed"
done
for n in 16 256; do
    file "$root/usr/share/icons/hicolor/${n}x${n}/apps/jiandu.png" | grep -q "$n x $n" ||
        fail "the ${n}x${n} icon is not ${n}x${n}"
done
zcat "$root/usr/share/man/man1/jiandu-cli.1.gz" | grep -q '^\.SH EXIT STATUS' ||
    fail "the man page has no EXIT STATUS"
grep -q '^Name\[zh_CN\]=行政执法监督台账$' "$root/usr/share/applications/jiandu.desktop" ||
    fail "the desktop entry has no Chinese name"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.jiandu.metainfo.xml"
else
    echo "(appstreamcli not on the host: metainfo not validated)"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/jiandu.desktop" && echo "desktop entry: valid"
fi
echo "${#expect[@]} files in place; the package holds $(grep -c . "$work/files") paths"

# 6. Remove it: nothing of it may stay behind (the user's data in /home stays, as it should).
step "apt-get remove jiandu"
in_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q jiandu >"$work/remove.log" 2>&1 ||
    { tail -20 "$work/remove.log"; fail "apt-get remove"; }
left=0
while read -r f; do
    [ -d "$root$f" ] && continue
    if [ -e "$root$f" ] && [ "$f" != "${f#/usr/}" ]; then
        echo "left behind: $f"
        left=1
    fi
done <"$work/files"
[ $left -eq 0 ] || fail "apt-get remove left files behind"
if in_root dpkg -s jiandu >/dev/null 2>&1; then fail "jiandu is still installed"; fi
grep -E '^(Removing|Processing)' "$work/remove.log" || true
