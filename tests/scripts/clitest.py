"""Helpers for tests that drive the real sitestudio-cli binary."""
import hashlib
import os
import subprocess
import sys
import tempfile

from checks import Checks  # noqa: F401 (re-exported for the scripts)

CLI = os.environ.get("SS_CLI")
FIXTURES = os.environ.get("SS_FIXTURES_DIR")


class Cli:
    def __init__(self, data_dir=None):
        self.tmp = tempfile.TemporaryDirectory(prefix="ss-cli-test-")
        self.data_dir = data_dir or os.path.join(self.tmp.name, "data")

    def run(self, *args, ok=True, stdin=None):
        proc = subprocess.run([CLI, "--data-dir", self.data_dir, *args], capture_output=True, text=True,
                              input=stdin, timeout=120)
        if ok and proc.returncode != 0:
            raise AssertionError(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
        return proc

    def path(self, *parts):
        return os.path.join(self.tmp.name, *parts)

    def write(self, name, data):
        path = self.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return path


def cache_state(cli):
    """What a user could observe of the cache: every site's pages as exported Puck data, plus the
    outbox size. Equal before and after a refused command means nothing was written."""
    import json
    sites = json.loads(cli.run("--json", "sites", "list").stdout)
    state = []
    for s in sites:
        pages = json.loads(cli.run("--json", "pages", "list", "--site", s["id"]).stdout)
        for p in pages:
            data = cli.run("export-puck", "--site", s["id"], "--page", p["slug"]).stdout
            state.append((s["name"], s["draftRevision"], s["pendingOps"], p["slug"],
                          hashlib.sha256(data.encode()).hexdigest()))
    return state
