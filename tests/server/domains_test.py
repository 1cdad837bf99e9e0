"""Custom domains: add (tier-gated), verify over HTTP, serve the site under the domain, remove."""
import socket

from hostd import Hostd, Checks

s = socket.socket()
s.bind(("127.0.0.1", 0))
port = s.getsockname()[1]
s.close()

c = Checks()
hd = Hostd("--listen", f"127.0.0.1:{port}", "--resolve", f"www.shop.test:127.0.0.1:{port}")
try:
    token = hd.account("shop@example.com")
    c.expect(hd.api("PUT", "/account/plan", {"tier": "pro"}, token=token), 200, what="pro")
    ws = hd.api("POST", "/workspaces", {"name": "Shop"}, token=token).json
    wid = ws["id"]
    cust = hd.api("POST", f"/workspaces/{wid}/customizations", {"template_id": "harbor"}, token=token).json
    hd.api("POST", f"/customizations/{cust['id']}/publish", token=token)
    c.expect(hd.api("POST", f"/workspaces/{wid}/domains", {"domain": "WWW.Shop.test"}, token=token), 201, what="add domain")
    c.check(hd.request("GET", "/", host="www.shop.test").status == 404, "an unverified domain serves nothing")
    r = hd.api("POST", f"/workspaces/{wid}/domains/www.shop.test/verify", token=token)
    c.expect(r, 200, what="verify")
    c.check(r.json["verified"] is True, f"verified {r!r}")
    page = hd.request("GET", "/", host="www.shop.test")
    c.check(page.status == 200 and b"<!DOCTYPE html>" in page.body, "the site is served on its domain")
    r = hd.api("GET", f"/workspaces/{wid}/hosting", token=token)
    c.check(r.json["custom_domains"] == [{"domain": "www.shop.test", "verified": True}], f"hosting lists it {r.json}")
    deps = hd.api("GET", f"/workspaces/{wid}/deployments", token=token).json["deployments"]
    c.check(any(d["kind"] == "domain" and d["status"] == "succeeded" for d in deps), "verification is a deployment record")
    r = hd.api("GET", "/public/puck-data?page=/", headers={"X-Store-Hostname": "www.shop.test"})
    c.check(r.status == 200, "public data by custom domain")
    c.expect(hd.api("POST", f"/workspaces/{wid}/domains", {"domain": "nowhere.invalid"}, token=token), 201, what="add unreachable")
    c.expect(hd.api("POST", f"/workspaces/{wid}/domains/nowhere.invalid/verify", token=token), 409, "verification_failed", "unreachable domain")
    c.expect(hd.api("POST", f"/workspaces/{wid}/domains/other.test/verify", token=token), 404, "not_found", "unknown domain")
    other = hd.account("other@example.com")
    c.expect(hd.api("POST", f"/workspaces/{wid}/domains/www.shop.test/verify", token=other), 404, "not_found", "intruder verify")
    c.expect(hd.api("DELETE", f"/workspaces/{wid}/domains/www.shop.test", token=other), 404, "not_found", "intruder remove")
    c.expect(hd.api("DELETE", f"/workspaces/{wid}/domains/www.shop.test", token=token), 204, what="remove")
    c.check(hd.request("GET", "/", host="www.shop.test").status == 404, "removed domain serves nothing")
finally:
    hd.stop()
c.finish()
