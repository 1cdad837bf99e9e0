"""Sync benchmarks with the real CLI: initial pull of 1,000 sites x 50 blocks (wall time, peak
memory of the client) and a no-op sync of that account (requests, wall time; target 1 request,
<= 100 ms on loopback)."""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "server"))
from hostd import Hostd  # noqa: E402

CLI = os.environ["SS_CLI"]
SITES = int(os.environ.get("SS_BENCH_SITES", "1000"))
hd = Hostd("--access-log", "off")
try:
    token = hd.account("bulk@example.com")
    hd.api("PUT", "/account/plan", {"tier": "enterprise"}, token=token)
    blocks = [{"type": "Heading", "props": {"id": f"h-{i}", "text": f"Heading {i}", "level": "2"}} for i in range(50)]
    t0 = time.time()
    for n in range(SITES):
        ws = hd.api("POST", "/workspaces", {"name": f"Client {n:04d}"}, token=token).json
        doc = {"format": "sitestudio.site", "version": 1, "id": ws["id"], "name": ws["name"], "theme": {"id": "studio", "version": "1.0.0"},
               "props": {"title": ws["name"]},
               "pages": [{"id": f"p-{n}", "slug": "/", "title": "Home", "description": "", "data": {"root": {"props": {"title": "Home"}}, "content": blocks}}]}
        r = hd.api("POST", f"/workspaces/{ws['id']}/customizations", {"template_id": "studio", "document": doc}, token=token)
        assert r.status == 201, r
    print(f"(set-up: {SITES} sites x 50 blocks created on the server in {time.time() - t0:.1f} s)")
    data = tempfile.mkdtemp()
    env = dict(os.environ, SITESTUDIO_NO_KEYCHAIN="1")
    subprocess.run([CLI, "--data-dir", data, "login", "--server", f"http://127.0.0.1:{hd.port}", "--email", "bulk@example.com",
                    "--password-stdin"], input="correct horse battery staple\n", text=True, env=env, check=True, capture_output=True)
    t0 = time.time()
    r = subprocess.run([CLI, "--data-dir", data, "--json", "sync"], text=True, env=env, capture_output=True)
    pull_s = time.time() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rep = json.loads(r.stdout)
    print(f"initial pull of {SITES} sites x 50 blocks: {pull_s * 1000:.0f} ms, {rep['pulled']} sites, {rep['requests']} requests, "
          f"peak client memory {peak_mb:.0f} MB")
    t0 = time.time()
    r = subprocess.run([CLI, "--data-dir", data, "--json", "sync"], text=True, env=env, capture_output=True)
    noop_s = time.time() - t0
    rep = json.loads(r.stdout)
    # The process start-up is part of the CLI's wall time; the engine's own time is what the app pays.
    t0 = time.time()
    subprocess.run([CLI, "--data-dir", data, "--json", "status"], text=True, env=env, capture_output=True)
    startup_s = time.time() - t0
    print(f"no-op sync of {SITES} sites: {rep['requests']} request(s), {noop_s * 1000:.0f} ms for the whole CLI run "
          f"(~{max(0, noop_s - startup_s) * 1000:.0f} ms beyond a CLI start-up of {startup_s * 1000:.0f} ms; target 1 request, <= 100 ms)")
finally:
    hd.stop()
