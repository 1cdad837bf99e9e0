"""`sitehostd nginx-config` output, used by a real nginx on loopback, serves a published page."""
import http.client
import os
import shutil
import subprocess
import tempfile
import time

from hostd import Hostd, Checks, SITEHOSTD, free_port, nginx_binary, start_nginx


c = Checks()
nginx_binary()  # exits with a message when nginx is missing
hd = Hostd()
prefix = tempfile.mkdtemp(prefix="ss-nginx-")
proc = None
try:
    token = hd.account("nginx@example.com")
    ws = hd.api("POST", "/workspaces", {"name": "Proxied"}, token=token).json
    cust = hd.api("POST", f"/workspaces/{ws['id']}/customizations", {"template_id": "studio"}, token=token).json
    hd.api("POST", f"/customizations/{cust['id']}/publish", token=token)
    port = free_port()
    gen = subprocess.run([SITEHOSTD, "nginx-config", "--data-dir", hd.data_dir, "--listen", f"127.0.0.1:{hd.port}",
                          "--nginx-listen", f"127.0.0.1:{port}"] + (["--database", os.environ["SS_TEST_DATABASE"]] if os.environ.get("SS_TEST_DATABASE") else []),
                         capture_output=True, text=True)
    c.check(gen.returncode == 0 and "server_name .localhost" in gen.stdout and f"server 127.0.0.1:{hd.port}" in gen.stdout, f"config {gen.stdout} {gen.stderr}")
    proc = start_nginx(prefix, gen.stdout)
    body = b""
    status = None
    for _ in range(50):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/", headers={"Host": "proxied.localhost"})
            r = conn.getresponse()
            status, body = r.status, r.read()
            break
        except OSError:
            time.sleep(0.1)
    c.check(status == 200 and b"<!DOCTYPE html>" in body and b"Proxied" in body, f"page through nginx: {status} {body[:200]!r}")
finally:
    if proc:
        proc.terminate()
        proc.wait()
    hd.stop()
    shutil.rmtree(prefix, ignore_errors=True)
c.finish()
