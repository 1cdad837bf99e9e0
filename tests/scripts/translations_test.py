"""Every tr() string of the desktop app is in the committed .ts files: lupdate over the sources
must leave each file byte-identical (run `cmake --build build --target update_translations`)."""
import os
import shutil
import subprocess
import sys
import tempfile

from checks import Checks

c = Checks()
lupdate = os.environ["SS_LUPDATE"]
sources = [s for s in os.environ["SS_TR_SOURCES"].split("|") if s]
ts_files = [t for t in os.environ["SS_TS_FILES"].split("|") if t]
c.check(len(sources) > 5, f"sources to scan: {sources}")
for ts in ts_files:
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copy(ts, copy)
        p = subprocess.run([lupdate, *sources, "-ts", copy, "-no-obsolete", "-locations", "none"],
                           capture_output=True, text=True, timeout=120)
        c.check(p.returncode == 0, f"lupdate ran: {p.stderr}")
        with open(ts, "rb") as a, open(copy, "rb") as b:
            same = a.read() == b.read()
        c.check(same, f"{os.path.basename(ts)} is up to date (lupdate says: {p.stdout.strip()}); "
                      "run: cmake --build build --target update_translations")
        with open(ts, encoding="utf-8") as f:
            c.check(f.read().count("<message") > 100, f"{ts} holds the app's strings")
c.finish()
