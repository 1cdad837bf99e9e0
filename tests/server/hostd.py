"""Starts the real sitehostd on a random loopback port and talks HTTP to it."""
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from checks import Checks  # noqa: E402,F401 (re-exported for the tests)

SITEHOSTD = os.environ.get("SS_SITEHOSTD")


def free_port():
    """A TCP port free on 127.0.0.1 right now."""
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def nginx_binary():
    import shutil
    path = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(path):
        print("nginx is not installed (apt-get install nginx)")
        raise SystemExit(1)
    return path


def start_nginx(prefix, site_conf, access_log=None):
    """An unprivileged nginx in the foreground with everything under `prefix`, serving the server
    blocks `site_conf` (e.g. `sitehostd nginx-config` output). `access_log`: a log_format string
    written to prefix/access.log, or None for no access log. Returns the process."""
    with open(os.path.join(prefix, "sitehostd.conf"), "w") as f:
        f.write(site_conf)
    log = (f"log_format timed '{access_log}';\n    access_log {prefix}/access.log timed;" if access_log
           else "access_log off;")
    with open(os.path.join(prefix, "nginx.conf"), "w") as f:
        f.write(f"""daemon off;
master_process off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 512; }}
http {{
    {log}
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/sitehostd.conf;
}}
""")
    return subprocess.Popen([nginx_binary(), "-p", prefix, "-c", os.path.join(prefix, "nginx.conf")],
                            stderr=subprocess.PIPE)


class Hostd:
    def __init__(self, *extra, data_dir=None, database=None):
        self.tmp = tempfile.TemporaryDirectory(prefix="ss-hostd-")
        self.data_dir = data_dir or os.path.join(self.tmp.name, "data")
        self.log = os.path.join(self.tmp.name, "access.log")
        self.args = [SITEHOSTD, "--data-dir", self.data_dir, "--listen", "127.0.0.1:0", "--access-log", self.log, *extra]
        if database or os.environ.get("SS_TEST_DATABASE"):
            self.args += ["--database", database or os.environ["SS_TEST_DATABASE"]]
        self.proc = None
        self.start()

    def start(self):
        if getattr(self, "port", None):  # a restart keeps the address clients know
            self.args = [a if a != "127.0.0.1:0" else f"127.0.0.1:{self.port}" for a in self.args]
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        self.banner = line
        m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if not m:
            err = self.proc.stderr.read()
            raise RuntimeError(f"sitehostd did not start: {line!r} {err!r}")
        self.port = int(m.group(1))

    def stop(self, sig=signal.SIGTERM, timeout=15):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def restart(self):
        self.stop()
        self.start()

    def request(self, method, path, body=None, token=None, headers=None, host=None, raw=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        h = {"Content-Type": "application/json"} if body is not None or raw is not None else {}
        if token:
            h["Authorization"] = "Bearer " + token
        if host:
            h["Host"] = host
        h.update(headers or {})
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        conn.request(method, path, body=data, headers=h)
        resp = conn.getresponse()
        payload = resp.read()
        conn.close()
        try:
            parsed = json.loads(payload) if payload and resp.getheader("Content-Type", "").startswith("application/json") else None
        except ValueError:
            parsed = None
        return Reply(resp.status, dict((k.lower(), v) for k, v in resp.getheaders()), payload, parsed)

    def api(self, method, path, body=None, **kw):
        return self.request(method, "/api/v1" + path, body, **kw)

    def account(self, email, password="correct horse battery staple"):
        r = self.api("POST", "/auth/register", {"email": email, "password": password})
        assert r.status == 201, r
        r = self.api("POST", "/auth/login", {"email": email, "password": password})
        assert r.status == 200, r
        return r.json["token"]


class Reply:
    def __init__(self, status, headers, body, json_body):
        self.status, self.headers, self.body, self.json = status, headers, body, json_body

    def __repr__(self):
        return f"<{self.status} {self.body[:300]!r}>"

    def error(self):
        return (self.json or {}).get("error", {})


class CliClient:
    """One sitestudio-cli cache (a device) for sync tests; the keychain is skipped (0600 file)."""

    def __init__(self, name):
        self.dir = tempfile.mkdtemp(prefix=f"ss-client-{name}-")

    def run(self, *args, ok=True, stdin=None, crash=None):
        env = dict(os.environ, SITESTUDIO_NO_KEYCHAIN="1")
        if crash:
            env["SITESTUDIO_TEST_CRASH_AT"] = crash
        p = subprocess.run([os.environ["SS_CLI"], "--data-dir", self.dir, *args], capture_output=True, text=True, input=stdin, env=env,
                           timeout=180)
        if ok and p.returncode != 0:
            raise AssertionError(f"{args}: {p.returncode}\n{p.stdout}\n{p.stderr}")
        return p

    def login(self, url, email, register=True, password="correct horse battery staple"):
        return self.run("login", "--server", url, "--email", email, "--password-stdin", *(["--register"] if register else []),
                        stdin=password + "\n")

    def page(self, site, slug="/"):
        return json.loads(self.run("export-puck", "--site", site, "--page", slug).stdout)

    def set(self, site, block, prop, value):
        self.run("block", "set", "--site", site, "--page", "/", "--id", block, "--prop", prop, "--value", json.dumps(value))
