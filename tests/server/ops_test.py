"""Running sitehostd: --help, --config, graceful SIGTERM with a request in flight, restart keeps
data, bad options."""
import hashlib
import os
import re
import signal
import socket
import sqlite3
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

from hostd import Hostd, Checks, SITEHOSTD

c = Checks()
out = subprocess.run([SITEHOSTD, "--help"], capture_output=True, text=True)
for opt in ["--data-dir", "--listen", "--base-domain", "--database", "--config", "--access-log", "nginx-config"]:
    c.check(opt in out.stdout, f"--help mentions {opt}")
bad = subprocess.run([SITEHOSTD, "--listen", "nonsense"], capture_output=True, text=True)
c.check(bad.returncode == 2 and "HOST:PORT" in bad.stderr, f"bad --listen: {bad.stderr}")
bad = subprocess.run([SITEHOSTD, "--database", "postgresql://"], capture_output=True, text=True)
c.check(bad.returncode != 0 and "postgresql://" in bad.stderr, f"bad --database: {bad.stderr}")
for opt, value in [("--threads", "0"), ("--public-port", "70000"), ("--token-lifetime", "soon"),
                   ("--login-failures", "-1")]:
    with tempfile.TemporaryDirectory() as tmp:
        bad = subprocess.run([SITEHOSTD, "--data-dir", os.path.join(tmp, "d"), opt, value], capture_output=True, text=True)
        c.check(bad.returncode == 2 and opt in bad.stderr and value in bad.stderr and not os.path.exists(os.path.join(tmp, "d")),
                f"bad {opt} {value}: refused before anything is written: {bad.stderr}")
with tempfile.TemporaryDirectory() as tmp:  # a comment after a value is not a comment
    conf = os.path.join(tmp, "inline.conf")
    with open(conf, "w") as f:
        f.write("public-port = 443  # the port in site addresses\n")
    bad = subprocess.run([SITEHOSTD, "--config", conf, "--data-dir", os.path.join(tmp, "d")], capture_output=True, text=True)
    c.check(bad.returncode == 2 and "--public-port" in bad.stderr and "# the port" in bad.stderr,
            f"an inline comment in the config is refused with the value shown: {bad.stderr}")

with tempfile.TemporaryDirectory() as tmp:
    conf = os.path.join(tmp, "sitehostd.conf")
    with open(conf, "w") as f:
        f.write("# test config\nbase-domain = sites.example.test\nthreads = 2\n")
    hd = Hostd("--config", conf)
    try:
        c.check("sites at http://<slug>.sites.example.test:" in hd.banner, f"config file read: {hd.banner}")
        token = hd.account("ops@example.com")
        ws = hd.api("POST", "/workspaces", {"name": "Ops"}, token=token).json
        c.check(ws["domain"] == "ops.sites.example.test", f"base domain from the config file: {ws['domain']}")

        # Probes for systemd / nginx / load balancers: on any Host, never cached.
        for path, status in (("/healthz", "ok"), ("/readyz", "ready")):
            for host in (None, "ops.sites.example.test"):
                r = hd.request("GET", path, host=host)
                c.check(r.status == 200 and r.json == {"status": status}
                        and r.headers.get("cache-control") == "no-store", f"{path} (Host {host}): {r!r}")
        c.check(hd.request("POST", "/readyz").status == 405, "probes answer GET and HEAD only")
        # Not ready when the database is not what this build needs; alive all the same.
        db = sqlite3.connect(os.path.join(hd.data_dir, "sitehostd.sqlite"))
        schema = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        db.commit()
        r = hd.request("GET", "/readyz")
        c.check(r.status == 503 and r.json["status"] == "not_ready" and "schema is 99" in r.json["reason"], f"readyz: {r!r}")
        c.check(hd.request("GET", "/healthz").status == 200, "healthz stays 200")
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (schema,))
        db.commit()
        db.close()
        c.check(hd.request("GET", "/readyz").status == 200, "ready again")

        # A request in flight when SIGTERM arrives still gets its answer.
        data = b"\x89PNG" + os.urandom(200000)
        sha = hashlib.sha256(data).hexdigest()
        hd.api("POST", f"/workspaces/{ws['id']}/assets/manifest", {"assets": [{"sha256": sha, "size": len(data)}]}, token=token)
        s = socket.create_connection(("127.0.0.1", hd.port))
        head = (f"PUT /api/v1/assets/{sha}?workspace={ws['id']} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
                f"Content-Type: image/png\r\nContent-Length: {len(data)}\r\n\r\n").encode()
        s.sendall(head + data[:100000])
        time.sleep(0.2)
        hd.proc.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        s.sendall(data[100000:])
        s.settimeout(10)
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = s.recv(4096)
            if not chunk:
                break
            reply += chunk
        s.close()
        c.check(reply.startswith(b"HTTP/1.1 201"), f"in-flight upload finished during shutdown: {reply[:80]!r}")
        c.check(hd.proc.wait(15) == 0, "exits 0 after draining")
        # The admin command changes a plan while the server is down; every site migrates.
        r = subprocess.run([SITEHOSTD, "set-tier", "--email", "ops@example.com", "--tier", "enterprise", "--config", conf,
                            "--data-dir", hd.data_dir], capture_output=True, text=True)
        c.check(r.returncode == 0 and "enterprise" in r.stdout, f"set-tier: {r.stdout} {r.stderr}")
        r = subprocess.run([SITEHOSTD, "set-tier", "--email", "nobody@example.com", "--tier", "pro", "--data-dir", hd.data_dir],
                           capture_output=True, text=True)
        c.check(r.returncode == 1 and "no account" in r.stderr, "set-tier for an unknown account")
        r = subprocess.run([SITEHOSTD, "set-tier", "--email", "ops@example.com", "--tier", "platinum", "--data-dir", hd.data_dir],
                           capture_output=True, text=True)
        c.check(r.returncode == 1 and "basic, pro or enterprise" in r.stderr, "set-tier with a bad tier")
        # New connections are refused once it stopped; a restart serves the same data.
        hd.start()
        c.check(hd.api("GET", f"/workspaces/{ws['id']}", token=token).status == 200, "data survives a restart")
        c.check(hd.api("GET", f"/workspaces/{ws['id']}", token=token).json["environment"] == "silo", "set-tier migrated the site")
    finally:
        hd.stop()

# Prometheus metrics on their own address: requests by status class, latency histogram, publishes,
# and the gauges; the API port does not serve them.
mh = Hostd("--metrics-listen", "127.0.0.1:0")
try:
    line = mh.proc.stdout.readline()
    m = re.search(r"metrics on http://127\.0\.0\.1:(\d+)/metrics", line)
    c.check(m is not None, f"the metrics address is printed: {line!r}")
    mport = int(m.group(1)) if m else 0

    def scrape():
        text = urllib.request.urlopen(f"http://127.0.0.1:{mport}/metrics", timeout=10).read().decode()
        values = {}
        for row in text.splitlines():
            if row and not row.startswith("#"):
                name, value = row.rsplit(" ", 1)
                values[name] = float(value)
        return text, values

    _, before = scrape()
    tok = mh.account("metrics@example.com")
    mws = mh.api("POST", "/workspaces", {"name": "Metrics"}, token=tok).json["id"]
    mcust = mh.api("POST", f"/workspaces/{mws}/customizations", {"template_id": "studio"}, token=tok).json["id"]
    c.expect(mh.api("POST", f"/customizations/{mcust}/publish", token=tok), 200, what="a publish")
    c.check(mh.api("GET", "/no-such-endpoint").status == 404, "a 404")
    text, after = scrape()
    c.check("# TYPE sitehostd_request_duration_seconds histogram" in text, "a latency histogram")
    c.check(after['sitehostd_requests_total{code="2xx"}'] - before['sitehostd_requests_total{code="2xx"}'] >= 5,
            f"2xx requests counted {after}")
    c.check(after['sitehostd_requests_total{code="4xx"}'] - before['sitehostd_requests_total{code="4xx"}'] == 1,
            "one 4xx counted")
    total = sum(v for k, v in after.items() if k.startswith("sitehostd_requests_total"))
    c.check(after["sitehostd_request_duration_seconds_count"] == total
            and after['sitehostd_request_duration_seconds_bucket{le="+Inf"}'] == total,
            "the histogram counts every request")
    c.check(after["sitehostd_publishes_total"] - before["sitehostd_publishes_total"] == 1, "one publish counted")
    for gauge in ("sitehostd_open_connections", "sitehostd_automation_queue_depth", "sitehostd_scheduler_lag_seconds"):
        c.check(gauge in after, f"gauge {gauge}")
    c.check(mh.request("GET", "/metrics").status == 404, "the API port does not serve /metrics")
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{mport}/api/v1/account", timeout=10)
        c.check(False, "the metrics port serves only /metrics")
    except urllib.error.HTTPError as e:
        c.check(e.code == 404, "the metrics port serves only /metrics")
finally:
    mh.stop()
bad = subprocess.run([SITEHOSTD, "--metrics-listen", "nowhere"], capture_output=True, text=True)
c.check(bad.returncode == 2 and "--metrics-listen" in bad.stderr, f"bad --metrics-listen: {bad.stderr}")
c.finish()
