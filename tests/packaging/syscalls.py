"""Checks an strace log of sitehostd against the sandbox of packaging/systemd/sitehostd.service:
every system call it made is allowed by the unit's SystemCallFilter= lines (as expanded by
`systemd-analyze syscall-filter`), every socket() it opened is of a family in
RestrictAddressFamilies=, and with MemoryDenyWriteExecute=yes no mmap/mprotect asked for writable
and executable memory.

Usage: syscalls.py STRACE_LOG UNIT_FILE EXEC_PATH
The log is `strace -f -o LOG ...`; only lines after EXEC_PATH's execve count (what ran before is
the test's chroot/sh wrapper, which systemd does not have)."""
import re
import subprocess
import sys

log_path, unit_path, exec_path = sys.argv[1:4]

groups, current = {}, None
for line in subprocess.run(["systemd-analyze", "syscall-filter"], capture_output=True, text=True,
                           check=True).stdout.splitlines():
    if line.startswith("@"):
        current = groups.setdefault(line.strip(), set())
    elif line.startswith("    ") and current is not None and not line.strip().startswith("#"):
        current.add(line.strip())


def expand(item, seen=()):
    if not item.startswith("@"):
        return {item}
    out = set()
    for sub in groups.get(item, ()):
        out |= expand(sub, seen + (item,)) if sub not in seen else set()
    return out


# SystemCallFilter= semantics: the first line without ~ is the allow list; "~" lines remove.
allowed = None
families = set()
deny_wx = False
for line in open(unit_path):
    line = line.strip()
    if line.startswith("SystemCallFilter="):
        value = line.split("=", 1)[1]
        deny = value.startswith("~")
        names = set()
        for item in value.lstrip("~").split():
            names |= expand(item)
        if deny:
            allowed = (allowed or set()) - names
        else:
            allowed = (allowed or set()) | names
    elif line.startswith("MemoryDenyWriteExecute="):
        deny_wx = line.split("=", 1)[1] in ("yes", "true", "1", "on")
    elif line.startswith("RestrictAddressFamilies="):
        families |= set(line.split("=", 1)[1].split())
if allowed is None:
    sys.exit("no SystemCallFilter= in " + unit_path)
# systemd always lets these through (they are needed to run at all).
allowed |= {"execve", "exit", "exit_group", "rt_sigreturn", "getrlimit"}

used, sockets, started, wx = {}, set(), False, []
call = re.compile(r"^\d+\s+(?:<\.\.\. (\w+) resumed>|(\w+)\()")
for line in open(log_path, errors="replace"):
    if not started:
        started = f'execve("{exec_path}"' in line and "= 0" in line
        continue
    m = call.match(line)
    if not m:
        continue
    name = m.group(1) or m.group(2)
    used[name] = used.get(name, 0) + 1
    if name in ("mmap", "mprotect") and "PROT_WRITE|PROT_EXEC" in line:
        wx.append(line.strip())
    if name == "socket":
        fam = re.search(r"socket\((AF_\w+)", line)
        if fam:
            sockets.add(fam.group(1))
if not started:
    sys.exit(f"no execve of {exec_path} in {log_path}")

print(f"{len(used)} distinct system calls, {sum(used.values())} calls; socket families: "
      f"{' '.join(sorted(sockets))}")
bad = sorted(n for n in used if n not in allowed)
bad_families = sorted(sockets - families)
if bad:
    print("FAIL: not allowed by SystemCallFilter=: " + ", ".join(f"{n} ({used[n]}x)" for n in bad))
if bad_families:
    print("FAIL: socket families outside RestrictAddressFamilies=: " + " ".join(bad_families))
bad_wx = deny_wx and wx
if bad_wx:
    print("FAIL: writable+executable memory under MemoryDenyWriteExecute=yes: " + "; ".join(wx[:3]))
sys.exit(1 if bad or bad_families or bad_wx else 0)
