"""`sitehostd nginx-config` output, used by a real nginx on loopback, serves a published page."""
import http.client
import os
import shutil
import socket
import subprocess
import tempfile
import time

from hostd import Hostd, Checks, SITEHOSTD


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


c = Checks()
nginx = shutil.which("nginx") or "/usr/sbin/nginx"
if not os.path.exists(nginx):
    print("nginx is not installed (apt-get install nginx)")
    raise SystemExit(1)
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
    with open(os.path.join(prefix, "sitehostd.conf"), "w") as f:
        f.write(gen.stdout)
    with open(os.path.join(prefix, "nginx.conf"), "w") as f:
        f.write(f"""daemon off;
master_process off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/sitehostd.conf;
}}
""")
    proc = subprocess.Popen([nginx, "-p", prefix, "-c", os.path.join(prefix, "nginx.conf")], stderr=subprocess.PIPE)
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
