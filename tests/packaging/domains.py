"""The outgoing side of the packaged sitehostd (QtNetwork, DNS) under the test's strace: verifies a
custom domain that --resolve points back at sitehostd (200), one that does not resolve (409), and
removes both again (so `nginx-config` lists the base domain only).

Usage: domains.py PORT EMAIL PASSWORD"""
import http.client
import json
import sys

port, email, password = int(sys.argv[1]), sys.argv[2], sys.argv[3]


def api(method, path, body=None, token=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, "/api/v1" + path, json.dumps(body).encode() if body is not None else None, headers)
    r = conn.getresponse()
    payload = r.read()
    conn.close()
    return r.status, (json.loads(payload) if payload.startswith(b"{") else None)


failures = 0


def check(cond, what):
    global failures
    print(("ok: " if cond else "FAIL: ") + what)
    failures += 0 if cond else 1


status, body = api("POST", "/auth/login", {"email": email, "password": password})
token = body["token"]
check(api("PUT", "/account/plan", {"tier": "pro"}, token)[0] == 200, "plan pro (custom domains)")
wid = api("GET", "/workspaces", token=token)[1]["workspaces"][0]["id"]
for domain, expected in (("www.pkg.test", 200), ("nowhere.invalid", 409)):
    check(api("POST", f"/workspaces/{wid}/domains", {"domain": domain}, token)[0] == 201, f"add {domain}")
    status, body = api("POST", f"/workspaces/{wid}/domains/{domain}/verify", token=token)
    check(status == expected, f"verify {domain}: {status} (expected {expected}) {body}")
    check(api("DELETE", f"/workspaces/{wid}/domains/{domain}", token=token)[0] == 204, f"remove {domain}")
sys.exit(1 if failures else 0)
