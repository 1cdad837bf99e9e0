"""Sync under faults placed exactly by a proxy: cut-off pulls, 503 storms, 429 with Retry-After,
401 in the middle, hostile server data (quarantined), and a client pointed at a fresh server."""
import json
import os
import time

from faultproxy import FaultProxy
from hostd import CliClient, Hostd, Checks

CLI = os.environ["SS_CLI"]
c = Checks()


class Client(CliClient):
    def login(self, url):
        return super().login(url, "faults@example.com")

    def sync(self, ok=False):
        p = self.run("--json", "sync", ok=ok)
        return json.loads(p.stdout), p.returncode

    def title(self, site):
        return self.page(site)["content"][1]["props"]["title"]


hd = Hostd()
proxy = FaultProxy(hd.port)
try:
    via = f"http://127.0.0.1:{proxy.port}"
    a, b = Client("a"), Client("b")
    a.login(via)
    b.login(via)
    for name in ("One", "Two"):
        a.run("sites", "create", name, "--theme", "harbor")
    r, rc = a.sync()
    c.check(rc == 0 and r["complete"], f"initial push {r}")
    r, rc = b.sync()
    c.check(rc == 0 and r["pulled"] == 2, f"initial pull {r}")
    hero = json.loads(a.run("export-puck", "--site", "One", "--page", "/").stdout)["content"][1]["props"]["id"]

    # 6. A pull cut off mid-body: nothing half-applied, the cursor stays, the next sync converges.
    a.run("block", "set", "--site", "One", "--page", "/", "--id", hero, "--prop", "title", "--value", '"after the cut"')
    a.sync()
    before = json.loads(b.run("--json", "status").stdout)["profiles"][0]["last_sync"]
    proxy.add("GET /api/v1/changes", "cut", times=100)
    r, rc = b.sync()
    c.check(not r["complete"] and rc == 1, f"a cut-off pull does not complete {r}")
    c.check(b.title("One") != "after the cut", "nothing of the cut page was applied")
    c.check(json.loads(b.run("--json", "status").stdout)["profiles"][0]["last_sync"] == before, "the cursor did not move")
    proxy.clear()
    r, rc = b.sync()
    c.check(rc == 0 and b.title("One") == "after the cut", f"resumed and converged {r}")

    # 7a. A 503 storm: bounded attempts with backoff, no hot loop; the edit stays queued.
    a.run("block", "set", "--site", "One", "--page", "/", "--id", hero, "--prop", "title", "--value", '"through the storm"')
    seen = proxy.count("/ops")
    proxy.add("/ops", 503, times=1000)
    t0 = time.time()
    r, rc = a.sync()
    c.check(not r["complete"] and proxy.count("/ops") - seen <= 5, f"bounded attempts: {proxy.count('/ops') - seen} requests")
    c.check(time.time() - t0 < 60, "it gave up in bounded time")
    c.check(json.loads(a.run("--json", "status").stdout)["pending"] >= 1, "the edit is still queued")
    proxy.clear()
    # 7b. Then a short storm it rides out.
    proxy.add("/ops", 503, times=2)
    r, rc = a.sync()
    c.check(rc == 0 and r["pushed"] >= 1, f"rode out two 503s {r}")
    # 7c. 429 with Retry-After is honoured.
    a.run("block", "set", "--site", "One", "--page", "/", "--id", hero, "--prop", "title", "--value", '"after waiting"')
    proxy.add("/ops", 429, times=1, retry_after=1)
    t0 = time.time()
    r, rc = a.sync()
    c.check(rc == 0 and time.time() - t0 >= 1.0, f"waited for Retry-After ({time.time() - t0:.2f} s) {r}")
    # 7d. 401 in the middle: stop, keep everything, say to log in.
    a.run("block", "set", "--site", "Two", "--page", "/", "--id",
          json.loads(a.run("export-puck", "--site", "Two", "--page", "/").stdout)["content"][1]["props"]["id"], "--prop", "title", "--value", '"two"')
    proxy.add("/ops", 401, times=1)
    r, rc = a.sync()
    c.check(not r["complete"] and any("login" in m for m in r["messages"]), f"401 asks for a login {r}")
    c.check(json.loads(a.run("--json", "status").stdout)["pending"] >= 1, "nothing dropped on 401")
    r, rc = a.sync()
    c.check(rc == 0, "after logging in (the token still works here) the queue drains")

    # 9. Hostile server data: the broken entity is quarantined, the others keep syncing.
    b.sync()
    two_hero = json.loads(b.run("export-puck", "--site", "Two", "--page", "/").stdout)["content"][1]["props"]["id"]
    a.run("block", "set", "--site", "One", "--page", "/", "--id", hero, "--prop", "title", "--value", '"one changed"')
    a.run("block", "set", "--site", "Two", "--page", "/", "--id", two_hero, "--prop", "title", "--value", '"two changed"')
    a.sync()
    token = hd.api("POST", "/auth/login", {"email": "faults@example.com", "password": "correct horse battery staple"}).json["token"]
    ones = [w for w in hd.api("GET", "/workspaces", token=token).json["workspaces"] if w["name"] == "One"][0]
    cid = hd.api("GET", f"/workspaces/{ones['id']}/customizations", token=token).json["customizations"][0]["id"]

    def duplicate_ids(body):
        d = json.loads(body)
        content = d["document"]["pages"][0]["data"]["content"]
        content.append(content[0])
        return json.dumps(d).encode()
    def cyclic(body):
        d = json.loads(body)
        content = d["document"]["pages"][0]["data"]["content"]
        content[0]["props"]["items"] = [json.loads(json.dumps(content[0]))]
        return json.dumps(d).encode()
    proxy.add(f"GET /api/v1/customizations/{cid}", duplicate_ids, times=5)
    r, rc = b.sync()
    c.check(r["quarantined"] == 1 and any("duplicate block id" in m for m in r["messages"]), f"quarantined with a clear message {r}")
    c.check(b.title("Two") == "two changed", "the other site kept syncing")
    c.check(b.title("One") != "one changed", "the hostile version was not applied")
    proxy.clear()
    proxy.add(f"GET /api/v1/customizations/{cid}", lambda body: b"{not json", times=5)
    a.run("block", "set", "--site", "One", "--page", "/", "--id", hero, "--prop", "title", "--value", '"one again"')
    a.sync()
    r, rc = b.sync()
    c.check(r["quarantined"] >= 1, f"invalid JSON is quarantined too {r}")
    proxy.clear()
    for label, rewrite, expect in [
        ("a slot that contains its ancestor", lambda body: cyclic(body), "inside itself"),
        ("wrong types", lambda body: json.dumps({"document": {"format": "sitestudio.site", "pages": "oops"}}).encode(), "expected an array"),
        ("a 100 MB document", lambda body: b'{"document": "' + b"x" * (100 * 1024 * 1024) + b'"}', "limit is 32 MiB"),
    ]:
        proxy.add(f"GET /api/v1/customizations/{cid}", rewrite, times=5)
        a.run("block", "set", "--site", "One", "--page", "/", "--id", hero, "--prop", "title", "--value", json.dumps(label))
        a.sync()
        r, rc = b.sync()
        c.check(r["quarantined"] >= 1 and any(expect in m for m in r["messages"]), f"{label}: quarantined {r['messages']}")
        proxy.clear()

    # 8. Pointed at a fresh server: full resync, everything re-pushed, nothing deleted.
    fresh = Hostd()
    try:
        a.run("login", "--server", f"http://127.0.0.1:{fresh.port}", "--email", "faults@example.com", "--password-stdin", "--register",
              stdin="correct horse battery staple\n")
        sites_before = json.loads(a.run("--json", "sites", "list").stdout)
        r, rc = a.sync()
        r2, rc2 = a.sync()
        c.check(any("restored or replaced" in m for m in r["messages"]), f"noticed the new server {r}")
        ftoken = fresh.api("POST", "/auth/login", {"email": "faults@example.com", "password": "correct horse battery staple"}).json["token"]
        names = sorted(w["name"] for w in fresh.api("GET", "/workspaces", token=ftoken).json["workspaces"])
        c.check(names == ["One", "Two"], f"everything re-created on the fresh server: {names} {r2}")
        c.check(len(json.loads(a.run("--json", "sites", "list").stdout)) == len(sites_before), "nothing deleted locally")
        c.check(a.title("One") == "a 100 MB document", "local edits kept")
    finally:
        fresh.stop()

    # Mass deletion on the server: the pull asks first.
    b.sync()
    for w in hd.api("GET", "/workspaces", token=token).json["workspaces"]:
        hd.api("DELETE", f"/workspaces/{w['id']}", token=token)
    r, rc = b.sync()
    c.check(not r["complete"] and any("--yes" in m for m in r["messages"]), f"refuses to delete most sites without --yes {r}")
    c.check(len(json.loads(b.run("--json", "sites", "list").stdout)) == 2, "nothing deleted without --yes")
    p = b.run("--json", "sync", "--yes", ok=False)
    c.check(len(json.loads(b.run("--json", "sites", "list").stdout)) == 0, f"deleted with --yes {p.stdout}")
finally:
    hd.stop()
c.finish()
