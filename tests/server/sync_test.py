"""The sync engine end to end: two sitestudio-cli caches and a real sitehostd (and a small TCP
proxy that loses a reply exactly once)."""
import json
import os
import socket
import stat
import threading

from hostd import CliClient, Hostd, Checks

CLI = os.environ["SS_CLI"]
c = Checks()


class Client(CliClient):
    def hero(self, site="Shop"):
        return self.page(site)["content"][1]["props"]

    def set(self, block, prop, value, site="Shop"):
        super().set(site, block, prop, value)

    def page(self, site="Shop", slug="/"):
        return super().page(site, slug)

    def sync(self, *extra, ok=True):
        return self.run("--json", "sync", *extra, ok=ok)


class LosingProxy:
    """Forwards to sitehostd; answers nothing (closes the connection) for the first request whose
    request line contains `needle`, after the server has handled it."""

    def __init__(self, port, needle):
        self.target, self.needle, self.lost = port, needle.encode(), 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            client, _ = self.sock.accept()
            threading.Thread(target=self.serve, args=(client,), daemon=True).start()

    def serve(self, client):
        upstream = socket.create_connection(("127.0.0.1", self.target))
        try:
            while True:
                data = client.recv(65536)
                if not data:
                    return
                # Read the whole request (headers + Content-Length body).
                while b"\r\n\r\n" not in data:
                    data += client.recv(65536)
                head, _, body = data.partition(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                while len(body) < length:
                    body += client.recv(65536)
                upstream.sendall(head + b"\r\n\r\n" + body)
                resp = b""
                while b"\r\n\r\n" not in resp:
                    resp += upstream.recv(65536)
                rhead, _, rbody = resp.partition(b"\r\n\r\n")
                rlen = 0
                for line in rhead.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        rlen = int(line.split(b":")[1])
                while len(rbody) < rlen:
                    rbody += upstream.recv(65536)
                if self.needle in head.split(b"\r\n")[0] and self.lost == 0:
                    self.lost += 1
                    client.close()  # the server committed; the reply is lost
                    return
                client.sendall(rhead + b"\r\n\r\n" + rbody)
        except OSError:
            pass
        finally:
            upstream.close()
            client.close()


hd = Hostd()
try:
    url = f"http://127.0.0.1:{hd.port}"
    a, b = Client("a"), Client("b")
    p = a.run("login", "--server", url, "--email", "team@example.com", "--password-stdin", "--register", stdin="correct horse battery staple\n")
    c.check("no keychain service" in p.stderr and "readable only by you" in p.stderr, f"fallback notice: {p.stderr}")
    cred = os.path.join(a.dir, "credentials")
    files = os.listdir(cred)
    c.check(len(files) == 1 and stat.S_IMODE(os.stat(os.path.join(cred, files[0])).st_mode) == 0o600, "token file is 0600")
    b.run("login", "--server", url, "--email", "team@example.com", "--password-stdin", stdin="correct horse battery staple\n")
    c.check(b.run("login", "--server", url, "--email", "team@example.com", "--password-stdin", stdin="wrong password!!\n", ok=False).returncode == 1,
            "a wrong password is refused")

    # A creates and edits offline, then syncs; B gets it.
    a.run("sites", "create", "Shop", "--theme", "studio")
    hero = a.hero()["id"]
    a.set(hero, "title", "From A")
    r = json.loads(a.sync().stdout)
    c.check(r["pushed"] == 3 and r["complete"], f"A pushed the site and the edit: {r}")
    r = json.loads(b.sync().stdout)
    c.check(r["pulled"] == 1, f"B pulled it: {r}")
    c.check(b.hero()["title"] == "From A", "B has A's edit")

    # Different props: merged.
    a.set(hero, "title", "Title by A")
    b.set(hero, "description", "Description by B")
    a.sync()
    b.sync()
    a.sync()
    for cl, n in ((a, "A"), (b, "B")):
        h = cl.hero()
        c.check(h["title"] == "Title by A" and h["description"] == "Description by B", f"{n} converged: {h['title']} / {h['description']}")

    # Same prop: the server's value stays in the document, ours is kept as a conflict.
    a.set(hero, "title", "A's title")
    b.set(hero, "title", "B's title")
    a.sync()
    r = json.loads(b.sync().stdout)
    c.check(r["conflicts"] == 1, f"B records the conflict: {r}")
    c.check(b.hero()["title"] == "A's title" and a.hero()["title"] == "A's title", "server value in both documents")
    conflicts = json.loads(b.run("--json", "conflicts").stdout)
    c.check(len(conflicts) == 1 and conflicts[0]["mine"] == "B's title" and conflicts[0]["theirs"] == "A's title", f"conflict listed: {conflicts}")
    b.run("resolve", conflicts[0]["id"][:8], "--mine")
    c.check(json.loads(b.run("--json", "conflicts").stdout) == [], "resolved")
    b.sync()
    a.sync()
    c.check(a.hero()["title"] == "B's title" and b.hero()["title"] == "B's title", "keep mine is an edit that syncs")
    a.set(hero, "description", "A's words")
    b.set(hero, "description", "B's words")
    a.sync()
    b.sync()
    b.run("resolve", "--block", hero, "--theirs")
    c.check(json.loads(b.run("--json", "conflicts").stdout) == [] and b.hero()["description"] == "A's words", "keep theirs for a whole block")

    # Edit beats delete.
    nav = a.page()["content"][0]["props"]["id"]
    a.run("block", "set", "--site", "Shop", "--page", "/", "--id", nav, "--prop", "brand", "--value", '"Before"')
    a.sync()
    b.sync()
    doc = a.page()
    # A deletes the navbar by re-importing the page without it; B edits the navbar.
    without = dict(doc, content=doc["content"][1:])
    path = os.path.join(a.dir, "without-nav.json")
    with open(path, "w") as f:
        json.dump(without, f)
    a.run("import-puck", path, "--site", "Shop", "--page", "/")
    b.set(nav, "brand", "Edited by B")
    a.sync()
    b.sync()
    a.sync()
    for cl, n in ((a, "A"), (b, "B")):
        navs = [x for x in cl.page()["content"] if x["props"]["id"] == nav]
        c.check(len(navs) == 1 and navs[0]["props"]["brand"] == "Edited by B", f"{n}: the edited navbar survived the delete")

    # The reply of an op batch is lost once: the retry with the same key applies once.
    proxy = LosingProxy(hd.port, "/ops")
    a.run("login", "--server", f"http://127.0.0.1:{proxy.port}", "--email", "team@example.com", "--password-stdin",
          stdin="correct horse battery staple\n")
    token = hd.api("POST", "/auth/login", {"email": "team@example.com", "password": "correct horse battery staple"}).json["token"]
    ws = [w for w in hd.api("GET", "/workspaces", token=token).json["workspaces"] if w["name"] == "Shop"][0]
    cust = hd.api("GET", f"/workspaces/{ws['id']}/customizations", token=token).json["customizations"][0]
    before = cust["revision"]
    a.set(hero, "description", "Once only")
    r = json.loads(a.run("--json", "sync").stdout)
    c.check(proxy.lost == 1 and r["complete"], f"a reply was lost and the sync still completed: {r}")
    after = hd.api("GET", f"/customizations/{cust['id']}", token=token).json
    c.check(after["revision"] == before + 1, f"applied once: revision {before} -> {after['revision']}")
    c.check(after["document"]["pages"][0]["data"]["content"][1]["props"]["description"] == "Once only", "the edit is there")
    a.run("login", "--server", url, "--email", "team@example.com", "--password-stdin", stdin="correct horse battery staple\n")

    # Rules sync both ways; deployments come down read-only.
    rule = {"name": "Monday publish", "trigger": {"type": "schedule"}, "schedule": {"cron": "0 9 * * 1", "timezone": "Europe/Riga"},
            "actions": [{"type": "publish_theme"}]}
    path = os.path.join(a.dir, "rule.json")
    with open(path, "w") as f:
        json.dump(rule, f)
    rid = a.run("rules", "add", "--site", "Shop", "--file", path).stdout.strip()
    a.sync()
    c.check(hd.api("GET", f"/rules/{rid}", token=token).status == 200, "the rule reached the server")
    b.sync()
    rules_b = json.loads(b.run("--json", "rules", "list").stdout)
    c.check([r["id"] for r in rules_b] == [rid] and rules_b[0]["name"] == "Monday publish", f"B pulled the rule {rules_b}")
    b.run("rules", "delete", rid[:8])
    b.sync()
    a.sync()
    c.check(json.loads(a.run("--json", "rules", "list").stdout) == [], "a deletion on B reached A")
    c.check(hd.api("GET", f"/rules/{rid}", token=token).status == 404, "and the server")
    deps = json.loads(b.run("--json", "deployments", "--site", "Shop").stdout)
    c.check(any(d["kind"] == "provision" for d in deps), f"deployment log pulled {deps}")

    # Assets: uploaded by digest when publishing, downloaded by the other device.
    png = os.path.join(a.dir, "logo.png")
    with open(png, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + os.urandom(2048))
    ref = json.loads(a.run("--json", "assets", "add", png, "--site", "Shop").stdout)["reference"]
    a.set(nav, "logo", ref)
    r = a.run("publish", "--site", "Shop")
    c.check("Published" in r.stdout, f"published with an asset: {r.stdout}")
    page = hd.request("GET", "/", host=f"{ws['slug']}.localhost")
    c.check(ref.encode() in page.body and hd.request("GET", "/" + ref, host=f"{ws['slug']}.localhost").status == 200,
            "the live page shows the uploaded asset")
    b.sync()
    revs = json.loads(b.run("--json", "revisions", "--site", "Shop").stdout)
    c.check(len(revs) >= 5 and sum(1 for r in revs if r["published"]) == 1 and revs[0]["revision"] > revs[-1]["revision"],
            f"revision history pulled, the live one marked: {revs[:3]}")
    out = os.path.join(b.dir, "render")
    r = b.run("render", "--site", "Shop", "-o", out, ok=False)
    c.check(r.returncode == 0 and os.path.exists(os.path.join(out, ref)), f"B downloaded the asset and can export the site: {r.stderr}")

    # Offline: edits and a publish queue up; they go out when the server is back.
    hd.stop()
    a.set(hero, "title", "Written offline")
    p = a.run("publish", "--site", "Shop", ok=False)
    c.check(p.returncode == 1 and "stays queued" in p.stderr, f"publish queued offline: {p.stderr}")
    st = json.loads(a.run("--json", "status").stdout)
    c.check(st["pending"] >= 2, f"pending while offline: {st}")
    hd.start()
    r = json.loads(a.sync().stdout)
    c.check(r["complete"] and r["pushed"] >= 2, f"queue drained when back: {r}")
    page = hd.request("GET", "/", host=f"{ws['slug']}.localhost")
    c.check(page.status == 200 and b"Written offline" in page.body, "the offline edit is live after the queued publish")
    c.check(json.loads(a.run("--json", "status").stdout)["pending"] == 0, "nothing left pending")

    # Log out: the server revokes the token, this device forgets it, the sites stay; log in again.
    creds = os.path.join(a.dir, "credentials")
    token = open(os.path.join(creds, os.listdir(creds)[0])).read().strip()
    c.check(hd.api("GET", "/account", token=token).status == 200, "the login works before logout")
    r = a.run("logout")
    c.check("login is revoked" in r.stdout and not os.listdir(creds), f"logout: {r.stdout} {os.listdir(creds)}")
    r = hd.api("GET", "/account", token=token)
    c.check(r.status == 401 and r.error().get("code") == "token_revoked", f"the old token is revoked: {r!r}")
    r = a.run("sync", ok=False)
    c.check(r.returncode != 0 and "not logged in" in (r.stdout + r.stderr), f"sync after logout: {r.stdout} {r.stderr}")
    r = a.run("logout", ok=False)
    c.check(r.returncode == 1 and "not signed in" in r.stderr, f"a second logout: {r.stderr}")
    c.check(any(s["name"] == "Shop" for s in json.loads(a.run("--json", "sites", "list").stdout)), "the sites stay")
    a.login(f"http://127.0.0.1:{hd.port}", "team@example.com", register=False)
    c.check(json.loads(a.sync().stdout)["complete"], "syncs again after logging in")
finally:
    hd.stop()
c.finish()
