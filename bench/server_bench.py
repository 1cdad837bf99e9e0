"""sitehostd benchmarks (figures, not pass/fail):
- public page throughput with wrk against sitehostd and against nginx serving the same rendered
  HTML file from disk, in the same run, and the ratio (target >= 0.5x nginx, p99 < 5 ms);
- publish latency: POST publish -> the new page served (target <= 50 ms);
- change feed: 100,000 changes paged out (target >= 20,000 changes/s)."""
import http.client
import json
import os
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "server"))
from hostd import Hostd  # noqa: E402

DURATION = os.environ.get("SS_BENCH_SECONDS", "5")
CONNECTIONS = os.environ.get("SS_BENCH_CONNECTIONS", "32")


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def wrk(url, host):
    out = subprocess.run(["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency", "-H", f"Host: {host}", url],
                         capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    def ms(label):
        m = re.search(label + r"\s+([\d.]+)(us|ms|s)", out)
        v = float(m.group(1))
        return v / 1000 if m.group(2) == "us" else v * 1000 if m.group(2) == "s" else v
    return rps, ms("50%"), ms("99%")


hd = Hostd("--access-log", "off")
tmp = tempfile.mkdtemp(prefix="ss-bench-")
nginx_proc = None
try:
    token = hd.account("bench@example.com")
    ws = hd.api("POST", "/workspaces", {"name": "Bench"}, token=token).json
    cust = hd.api("POST", f"/workspaces/{ws['id']}/customizations", {"template_id": "studio"}, token=token).json
    hd.api("POST", f"/customizations/{cust['id']}/publish", token=token)
    page = hd.request("GET", "/", host="bench.localhost")
    root = os.path.join(tmp, "www")
    os.makedirs(root)
    with open(os.path.join(root, "index.html"), "wb") as f:
        f.write(page.body)
    port = free_port()
    with open(os.path.join(tmp, "nginx.conf"), "w") as f:
        f.write(f"""worker_processes 2;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
daemon off;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy; fastcgi_temp_path {tmp}/fcgi;
    uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
    server {{ listen 127.0.0.1:{port}; root {root}; location / {{ etag on; }} }}
}}
""")
    nginx_proc = subprocess.Popen([shutil.which("nginx") or "/usr/sbin/nginx", "-p", tmp, "-c", f"{tmp}/nginx.conf"])
    time.sleep(0.5)
    ours = wrk(f"http://127.0.0.1:{hd.port}/", "bench.localhost")
    theirs = wrk(f"http://127.0.0.1:{port}/", "localhost")
    print(f"public page ({len(page.body)} bytes), wrk -c{CONNECTIONS} {DURATION}s:")
    print(f"  sitehostd: {ours[0]:9.0f} req/s  p50 {ours[1]:.2f} ms  p99 {ours[2]:.2f} ms")
    print(f"  nginx:     {theirs[0]:9.0f} req/s  p50 {theirs[1]:.2f} ms  p99 {theirs[2]:.2f} ms")
    print(f"  ratio: {ours[0] / theirs[0]:.2f}x nginx (target >= 0.5x), p99 {ours[2]:.2f} ms (target < 5 ms)")

    # Publish latency: request -> the new revision served.
    doc = hd.api("GET", f"/customizations/{cust['id']}", token=token).json["document"]
    latencies = []
    rev = hd.api("GET", f"/customizations/{cust['id']}", token=token).json["revision"]
    for i in range(20):
        marker = f"Published {i} {time.time()}"
        doc["pages"][0]["data"]["content"][1]["props"]["title"] = marker
        r = hd.api("PUT", f"/customizations/{cust['id']}", {"document": doc}, token=token, headers={"If-Match": f'"{rev}"'})
        rev = r.json["revision"]
        t0 = time.perf_counter()
        hd.api("POST", f"/customizations/{cust['id']}/publish", token=token)
        while marker.encode() not in hd.request("GET", "/", host="bench.localhost").body:
            pass
        latencies.append((time.perf_counter() - t0) * 1000)
    print(f"publish latency (request -> new page served): median {statistics.median(latencies):.1f} ms, "
          f"max {max(latencies):.1f} ms over 20 (target <= 50 ms)")

    # Change feed: 100,000 changes.
    account = hd.api("GET", "/account", token=token).json["id"]
    hd.stop()
    db = sqlite3.connect(os.path.join(hd.data_dir, "sitehostd.sqlite"))
    db.executemany("INSERT INTO changes (account_id, entity_type, entity_id, action, revision, created_at) VALUES (?, 'workspace', ?, 'upsert', 1, '2026-01-01T00:00:00Z')",
                   ((account, f"ws-{i}") for i in range(100000)))
    db.commit()
    db.close()
    hd.start()
    t0 = time.perf_counter()
    total, cursor = 0, ""
    while True:
        r = hd.api("GET", f"/changes?limit=5000&since={cursor}", token=token)
        total += len(r.json["changes"])
        cursor = r.json["next_cursor"]
        if not r.json["has_more"]:
            break
    elapsed = time.perf_counter() - t0
    print(f"change feed: {total} changes in {elapsed * 1000:.0f} ms = {total / elapsed:,.0f} changes/s (target >= 20,000/s)")
finally:
    if nginx_proc:
        nginx_proc.terminate()
        nginx_proc.wait()
    hd.stop()
    shutil.rmtree(tmp, ignore_errors=True)
