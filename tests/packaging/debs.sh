#!/usr/bin/env bash
# shellcheck disable=SC2015  # "check && ok || fail": ok always succeeds
# packaging_debs: builds the sitestudio and sitehostd .debs (CPack), lints them, validates the
# desktop entry, AppStream metainfo and systemd unit, installs both into a clean Debian 12
# (bookworm, minbase) root made with debootstrap, runs sitestudio-cli there, starts sitehostd the
# way its unit does, publishes a site to it and fetches the page by Host header.
#
# Usage: debs.sh BUILD_DIR SOURCE_DIR   (as root: debootstrap, chroot, mount)
# Cache (kept between runs, under BUILD_DIR/pkgtest): the debootstrapped root (pristine/) and the
# .debs apt downloaded into it (apt-archives/). The first run needs deb.debian.org.
# SS_PKGTEST_MIRROR overrides the mirror; SS_PKGTEST_FRESH=1 drops the cache first.
set -euo pipefail

build=$(realpath "$1")
src=$(realpath "$2")
work=$build/pkgtest
pristine=$work/pristine
root=$work/root
archives=$work/apt-archives
mirror=${SS_PKGTEST_MIRROR:-http://deb.debian.org/debian}
export LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive

[[ $(id -u) -eq 0 ]] || { echo "packaging_debs: needs root (debootstrap, chroot, mount)" >&2; exit 1; }

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
timings=()
step_start=0
now() { echo "${EPOCHREALTIME/,/.}"; }
test_t0=$(now)
step() { step_name=$1; step_start=$(now); echo; echo "==> $step_name"; }
step_done() {
  local t
  t=$(awk -v a="$step_start" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
  timings+=("$(printf '%7ss  %s' "$t" "$step_name")")
  echo "    ($step_name: ${t}s)"
}

hostd_pid=
launcher_pid=
# The sitehostd process: $launcher_pid itself, or under strace the child of it named sitehostd.
hostd_process() {
  local c kids=()
  [[ $(cat "/proc/$launcher_pid/comm" 2>/dev/null) == sitehostd ]] && { echo "$launcher_pid"; return; }
  read -ra kids 2>/dev/null <"/proc/$launcher_pid/task/$launcher_pid/children" || true
  for c in "${kids[@]}"; do
    [[ $(cat "/proc/$c/comm" 2>/dev/null) == sitehostd ]] && { echo "$c"; return; }
  done
  return 0
}
mounts_under_root() { findmnt -rn -o TARGET | grep -E "^$root(/|$)" | sort -r || true; }
cleanup() {
  if [[ -n $launcher_pid ]] && kill -0 "$launcher_pid" 2>/dev/null; then
    hostd_pid=$(hostd_process)
    kill "${hostd_pid:-$launcher_pid}" 2>/dev/null || true
    wait "$launcher_pid" 2>/dev/null || true
  fi
  for m in $(mounts_under_root); do umount "$m" 2>/dev/null || umount -l "$m" || true; done
}
trap cleanup EXIT
# Never delete through a mount point into the host.
remove_root() {
  cleanup
  if [[ -n $(mounts_under_root) ]]; then
    echo "packaging_debs: still mounted under $root, not deleting it" >&2
    exit 1
  fi
  rm -rf --one-file-system "$root"
}

mkdir -p "$work" "$archives"
if [[ ${SS_PKGTEST_FRESH:-0} == 1 ]]; then
  remove_root
  rm -rf --one-file-system "$pristine" "$pristine.tmp" "$archives"
  mkdir -p "$archives"
fi

# ---------------------------------------------------------------------------------------------
step "build the packages (the packaged targets, then cpack; --target package builds all first)"
rm -f "$build"/packages/*.deb
{ cmake --build "$build" --target sitestudio sitestudio-cli sitehostd ss_packaging_files &&
  (cd "$build" && cpack --config CPackConfig.cmake); } >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
app_deb=$(ls "$build"/packages/sitestudio_"$version"-*_*.deb)
hostd_deb=$(ls "$build"/packages/sitehostd_"$version"-*_*.deb)
ls -l "$app_deb" "$hostd_deb"
step_done

# ---------------------------------------------------------------------------------------------
step "inspect the packages (dpkg-deb)"
for deb in "$app_deb" "$hostd_deb"; do
  dpkg-deb -I "$deb" | sed -n '/Package:/,$p'
  dpkg-deb -c "$deb" | awk '{print "    " $1, $6}'
done
app_depends=$(dpkg-deb -f "$app_deb" Depends)
hostd_depends=$(dpkg-deb -f "$hostd_deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6webenginewidgets6 \
           libqt6webenginecore6 libqt6webchannel6 libqt6sql6-sqlite libc6; do
  [[ ",$app_depends," == *[\ ,]"$lib"[\ ,\(]* ]] && ok "sitestudio Depends: $lib" || fail "sitestudio Depends lacks $lib: $app_depends"
done
for lib in libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libc6; do
  [[ ",$hostd_depends," == *[\ ,]"$lib"[\ ,\(]* ]] && ok "sitehostd Depends: $lib" || fail "sitehostd Depends lacks $lib: $hostd_depends"
done
[[ $hostd_depends != *webengine* && $hostd_depends != *libqt6widgets* ]] && ok "sitehostd needs no GUI libraries" \
  || fail "sitehostd depends on GUI libraries: $hostd_depends"
[[ $(dpkg-deb -f "$app_deb" Version) == "$version"-* ]] && ok "version $version from CMake" || fail "package version"
conffiles=$(dpkg-deb -I "$hostd_deb" conffiles)
[[ $conffiles == "/etc/sitehostd/sitehostd.conf" ]] && ok "conffile /etc/sitehostd/sitehostd.conf" || fail "conffiles: $conffiles"
extract=$work/extract
rm -rf "$extract"; mkdir -p "$extract"
dpkg-deb -x "$app_deb" "$extract"
dpkg-deb -x "$hostd_deb" "$extract"
for size in 16 22 24 32 48 64 128 256; do
  png=$extract/usr/share/icons/hicolor/${size}x${size}/apps/sitestudio.png
  [[ $(file -b "$png") == "PNG image data, $size x $size,"* ]] || fail "icon $png"
done
[[ -f $extract/usr/share/icons/hicolor/scalable/apps/sitestudio.svg ]] || fail "scalable icon"
for f in usr/bin/sitestudio usr/bin/sitestudio-cli usr/bin/sitehostd; do
  file -b "$extract/$f" | grep -q "stripped" && ! file -b "$extract/$f" | grep -q "not stripped" \
    && ok "$f stripped" || fail "$f is not stripped"
done
step_done

# ---------------------------------------------------------------------------------------------
step "lintian"
lintian_rc=0
lintian --fail-on error --display-level ">=warning" "$app_deb" "$hostd_deb" | tee "$work/lintian.txt" || lintian_rc=$?
if [[ $lintian_rc -eq 0 ]] && ! grep -q '^E: ' "$work/lintian.txt"; then
  ok "lintian: no errors ($(grep -c '^W: ' "$work/lintian.txt" || true) warnings)"
else
  fail "lintian reports errors (exit $lintian_rc)"
fi
step_done

# ---------------------------------------------------------------------------------------------
step "desktop entry, AppStream metainfo, systemd unit"
desktop=$extract/usr/share/applications/example.sitestudio.SiteStudio.desktop
metainfo=$extract/usr/share/metainfo/example.sitestudio.SiteStudio.metainfo.xml
unit=$extract/lib/systemd/system/sitehostd.service
desktop-file-validate "$desktop" && ok "desktop-file-validate" || fail "desktop-file-validate"
# --no-net: the screenshot and homepage URLs (sitestudio.example) are not fetched.
appstreamcli validate --no-net "$metainfo" && ok "appstreamcli validate --no-net" || fail "appstreamcli validate"
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[[ $release == "$version" ]] && ok "metainfo's newest release is $version" || fail "metainfo's newest release $release is not $version"
# The unit against the packaged binary: the extracted packages plus the host's systemd targets
# (sysinit.target, ...) as root directory. Unknown keys and bad values are only warnings for
# systemd, so any message about the unit fails too.
vroot=$work/verify-root
rm -rf "$vroot"; cp -a "$extract" "$vroot"
cp -an /lib/systemd/system/*.target "$vroot/lib/systemd/system/" 2>/dev/null || true
out=$(systemd-analyze verify --man=no --root="$vroot" sitehostd.service 2>&1) && [[ -z $out ]] \
  && ok "systemd-analyze verify sitehostd.service" || fail "systemd-analyze verify: $out"
systemd-analyze security --offline=true --root="$vroot" sitehostd.service 2>/dev/null | tail -1 || true
for opt in DynamicUser=yes ProtectSystem=strict StateDirectory=sitehostd NoNewPrivileges=yes PrivateTmp=yes \
           ProtectHome=yes 'CapabilityBoundingSet=$' RestrictAddressFamilies= SystemCallFilter=@system-service; do
  grep -q "^$opt" "$unit" && ok "unit: $opt" || fail "unit lacks $opt"
done
step_done

# ---------------------------------------------------------------------------------------------
step "clean Debian 12 root (debootstrap --variant=minbase bookworm, cached in $pristine)"
if [[ ! -f $pristine/.complete ]]; then
  rm -rf --one-file-system "$pristine.tmp"
  debootstrap --variant=minbase bookworm "$pristine.tmp" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -30 "$work/debootstrap.log"; exit 1; }
  rm -f "$pristine.tmp"/var/cache/apt/archives/*.deb
  touch "$pristine.tmp/.complete"
  mv "$pristine.tmp" "$pristine"
else
  echo "(cached)"
fi
remove_root
cp -a "$pristine" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
mount -t proc proc "$root/proc"
step_done

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }

# ---------------------------------------------------------------------------------------------
step "apt-get install ./sitestudio.deb ./sitehostd.deb in the root"
cp "$app_deb" "$hostd_deb" "$root/tmp/"
cp "$archives"/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
in_root apt-get update -qq
in_root apt-get install -y -q --no-install-recommends \
  "/tmp/$(basename "$app_deb")" "/tmp/$(basename "$hostd_deb")" >"$work/apt.log" 2>&1 \
  || { tail -40 "$work/apt.log"; fail "apt-get install"; exit 1; }
grep -E "^(Need to get|After this operation|[0-9]+ upgraded)" "$work/apt.log" || true
cp -u "$root"/var/cache/apt/archives/*.deb "$archives/" 2>/dev/null || true
in_root dpkg -s sitestudio sitehostd | grep -E "^(Package|Status|Version):"
[[ -L $root/etc/systemd/system/multi-user.target.wants/sitehostd.service ]] \
  && ok "postinst enabled sitehostd.service (multi-user.target.wants)" || fail "postinst did not enable the unit"
step_done

# ---------------------------------------------------------------------------------------------
step "the installed programs run"
v=$(in_root sitestudio-cli --version) && [[ $v == "sitestudio-cli $version" ]] && ok "$v" || fail "sitestudio-cli --version: $v"
v=$(in_root sitehostd --version) && [[ $v == "sitehostd $version" ]] && ok "$v" || fail "sitehostd --version: $v"
missing=$(in_root sh -c 'ldd /usr/bin/sitestudio /usr/bin/sitestudio-cli /usr/bin/sitehostd | grep "not found"' || true)
[[ -z $missing ]] && ok "every shared library resolves" || fail "missing libraries: $missing"
v=$(in_root env QT_QPA_PLATFORM=offscreen sitestudio --version 2>&1) && [[ $v == *"$version"* ]] \
  && ok "sitestudio --version (offscreen): $v" || fail "sitestudio --version: $v"
v=$(in_root env QT_QPA_PLATFORM=offscreen sitestudio --data-dir /root/app --exit-when-ready 2>&1) && [[ $v == *"ready:"* ]] \
  && ok "sitestudio opens its site manager (offscreen)" || fail "sitestudio --exit-when-ready: $v"
in_root man -w sitestudio-cli >/dev/null 2>&1 || [[ -f $root/usr/share/man/man1/sitestudio-cli.1.gz ]] \
  && ok "man page sitestudio-cli(1)" || fail "man page"
step_done

# ---------------------------------------------------------------------------------------------
step "start sitehostd as its unit does (ExecStart, a dynamic-user uid, StateDirectory)"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/sitehostd.service")
mapfile -t unit_env < <(sed -n 's/^Environment=//p' "$root/lib/systemd/system/sitehostd.service")
# systemd does not run in a chroot: do what DynamicUser= and StateDirectory= do, then ExecStart.
# The listen address of the config (127.0.0.1:8080) may be taken on this host, so the test adds
# --listen with a free port (the command line wins over the config file), and --resolve for the
# custom domain it verifies.
uid=61234
mkdir -p "$root/var/lib/sitehostd"
chown "$uid:$uid" "$root/var/lib/sitehostd"
chmod 0750 "$root/var/lib/sitehostd"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "Environment=${unit_env[*]}"
echo "ExecStart=$exec_start  (+ --listen 127.0.0.1:$port --resolve www.pkg.test:127.0.0.1:$port, uid $uid)"
# With strace (when installed) the system calls, socket families and memory mappings it uses are
# checked against the unit's SystemCallFilter=, RestrictAddressFamilies= and
# MemoryDenyWriteExecute= at the end.
tracer=()
if command -v strace >/dev/null; then tracer=(strace -f -qq -o "$work/sitehostd.strace"); fi
"${tracer[@]}" chroot --userspec="$uid:$uid" "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/ LC_ALL=C.UTF-8 "${unit_env[@]}" \
  sh -c "umask 0027; cd /var/lib/sitehostd && exec $exec_start --listen 127.0.0.1:$port --resolve www.pkg.test:127.0.0.1:$port" \
  >"$work/sitehostd.out" 2>"$work/sitehostd.err" &
launcher_pid=$!
hostd_pid=$launcher_pid
for _ in $(seq 600); do # up to 2 minutes (strace slows the start-up down)
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$launcher_pid" 2>/dev/null || break
  sleep 0.2
done
hostd_pid=$(hostd_process)
if curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; then ok "sitehostd ready: $(head -1 "$work/sitehostd.out")"
else cat "$work/sitehostd.err"; fail "sitehostd did not start"; exit 1; fi
[[ -f $root/var/lib/sitehostd/sitehostd.sqlite ]] && ok "database in /var/lib/sitehostd (config data-dir)" || fail "no database in /var/lib/sitehostd"
step_done

# ---------------------------------------------------------------------------------------------
step "publish a site with the installed sitestudio-cli and fetch it by Host header"
cli() { in_root sitestudio-cli --data-dir /root/cli "$@"; }
marker="Installed from a .deb $(date +%s)"
echo "correct horse battery staple" | cli login --server "http://127.0.0.1:$port" --email pkg@example.com \
  --password-stdin --register 2>&1 | tail -1
cli sites create "Package Check" --theme studio
cli block set --all-sites --type Hero --page / --prop title --value "\"$marker\""
cli sync --yes
published=$(cli publish --site "Package Check")
echo "$published"
host=$(grep -oE '[a-z0-9-]+\.localhost' <<<"$published" | head -1 || true)
page=$(curl -sf -H "Host: $host" "http://127.0.0.1:$port/" || true)
[[ -n $host && $page == *"$marker"* ]] && ok "GET / with Host: $host serves the published page" \
  || fail "published page at Host $host lacks \"$marker\""
other=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: nothing-here.localhost:$port" "http://127.0.0.1:$port/")
[[ $other == 404 ]] && ok "an unknown Host gets 404" || fail "unknown Host answered $other"
# Outgoing requests (QtNetwork, DNS) as domain verification makes them, under the sandbox check.
/usr/bin/python3 "$src/tests/packaging/domains.py" "$port" pkg@example.com "correct horse battery staple" \
  || fail "custom domain verification"
step_done

# ---------------------------------------------------------------------------------------------
step "sitehostd wrote only its state dir; nginx template matches nginx-config"
stray=$(find "$root" -xdev -uid "$uid" ! -path "$root/var/lib/sitehostd" ! -path "$root/var/lib/sitehostd/*" | head)
[[ -z $stray ]] && ok "nothing owned by the service user outside /var/lib/sitehostd" || fail "written outside the state dir: $stray"
generated=$(chroot --userspec="$uid:$uid" "$root" /usr/bin/env -i HOME=/ \
  sitehostd --config /etc/sitehostd/sitehostd.conf --base-domain example.com nginx-config)
if diff <(grep -v '^#' "$root/usr/share/sitehostd/nginx/sitehostd.conf") <(grep -v '^#' <<<"$generated"); then
  ok "/usr/share/sitehostd/nginx/sitehostd.conf = sitehostd nginx-config --base-domain example.com"
else
  fail "the nginx template differs from sitehostd nginx-config"
fi
if command -v nginx >/dev/null; then
  conf=$work/nginx-test.conf
  printf 'pid %s/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n%s\n}\n' "$work" \
    "$(cat "$root/usr/share/sitehostd/nginx/sitehostd.conf")" >"$conf"
  nginx -t -q -c "$conf" -p "$work" 2>&1 && ok "nginx -t accepts the template" || fail "nginx -t rejects the template"
fi
step_done

# ---------------------------------------------------------------------------------------------
step "stop sitehostd (SIGTERM, as systemctl stop does)"
[[ -n $hostd_pid ]] || { fail "no sitehostd process found"; exit 1; }
kill -TERM "$hostd_pid"
rc=0; wait "$launcher_pid" || rc=$?   # strace exits with its tracee's status
launcher_pid=
[[ $rc -eq 0 ]] && ok "sitehostd exited 0 on SIGTERM" || fail "sitehostd exited $rc on SIGTERM"
if ((${#tracer[@]})); then
  /usr/bin/python3 "$src/tests/packaging/syscalls.py" "$work/sitehostd.strace" \
    "$root/lib/systemd/system/sitehostd.service" /usr/bin/sitehostd \
    && ok "system calls, socket families and memory mappings within the unit's filters" \
    || fail "sitehostd needs more than the unit's SystemCallFilter=/RestrictAddressFamilies=/MemoryDenyWriteExecute= allow"
else
  echo "(strace not installed: the system call filter check is skipped)"
fi
step_done

# ---------------------------------------------------------------------------------------------
step "remove and purge both packages (maintainer scripts)"
in_root dpkg --remove sitestudio sitehostd >/dev/null && ok "dpkg --remove" || fail "dpkg --remove"
[[ -f $root/etc/sitehostd/sitehostd.conf && ! -e $root/usr/bin/sitehostd ]] && ok "removed; the conffile stays" \
  || fail "after remove: conffile or binary in the wrong state"
in_root dpkg --purge sitestudio sitehostd >/dev/null && ok "dpkg --purge" || fail "dpkg --purge"
[[ ! -e $root/etc/sitehostd/sitehostd.conf && ! -e $root/etc/systemd/system/multi-user.target.wants/sitehostd.service ]] \
  && ok "purged: conffile and enable link gone" || fail "purge left the conffile or the enable link"
[[ -f $root/var/lib/sitehostd/sitehostd.sqlite ]] && ok "the data in /var/lib/sitehostd is kept" || fail "purge removed the data"
step_done

cleanup
echo
echo "==> timings"
printf '%s\n' "${timings[@]}"
echo "$(awk -v a="$test_t0" -v b="$(now)" 'BEGIN { printf "%7.1fs", b - a }')  total"
if ((failures)); then
  echo "packaging_debs: $failures check(s) failed"
  exit 1
fi
remove_root # ~1 GB; kept after a failure for a look inside
echo "packaging_debs: all checks passed"
