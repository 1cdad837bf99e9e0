"""sitehostd's API against the real process: accounts, workspaces, hosting, themes, publish,
public sites, idempotency, change feed, bad input and tenant isolation."""
import json
import socket
import threading
import time

from hostd import Hostd, Checks

c = Checks()
hd = Hostd("--login-failures", "5")
import os
c.check(("database postgresql" in hd.banner) == bool(os.environ.get("SS_TEST_DATABASE")), f"database in use: {hd.banner}")
try:
    # ---- accounts -------------------------------------------------------------------------
    r = hd.api("POST", "/auth/register", {"email": "Owner@Example.com", "password": "correct horse battery staple"})
    c.expect(r, 201, what="register")
    c.check(r.json and r.json["email"] == "owner@example.com" and r.json["tier"] == "basic", f"register body {r!r}")
    c.expect(hd.api("POST", "/auth/register", {"email": "owner@example.com", "password": "another long password"}), 409, "email_taken", "duplicate e-mail")
    c.expect(hd.api("POST", "/auth/register", {"email": "x@example.com", "password": "short"}), 400, "weak_password", "weak password")
    c.expect(hd.api("POST", "/auth/register", {"email": "not-an-email", "password": "long enough password"}), 400, "invalid_value", "bad e-mail")
    r = hd.api("POST", "/auth/register", {"email": "y@example.com", "password": "long enough password", "admin": True})
    c.expect(r, 400, "unknown_field", "unknown field")
    c.check(r.error().get("field") == "admin", "unknown field is named")
    r = hd.api("POST", "/auth/register", {"email": 5, "password": "long enough password"})
    c.expect(r, 400, "wrong_type", "wrong type")
    r = hd.request("POST", "/api/v1/auth/register", raw=b'{"email": "a@b.c", "password": ', headers={})
    c.expect(r, 400, "malformed_json", "malformed JSON")
    c.check("line 1" in r.error().get("message", ""), "malformed JSON error says where")
    r = hd.api("POST", "/auth/login", {"email": "owner@example.com", "password": "correct horse battery staple"})
    c.expect(r, 200, what="login")
    token = r.json["token"]
    c.check(token.startswith("ss_") and len(token) > 40, "opaque token")
    c.expect(hd.api("POST", "/auth/login", {"email": "owner@example.com", "password": "wrong password!!"}), 401, "invalid_credentials", "wrong password")
    c.expect(hd.api("GET", "/account"), 401, "unauthorized", "no token")
    c.expect(hd.api("GET", "/account", token="ss_forged-token-value"), 401, "unauthorized", "forged token")
    c.expect(hd.api("GET", "/account", headers={"Authorization": "Basic abc"}), 401, "unauthorized", "wrong scheme")
    r = hd.api("GET", "/account", token=token)
    c.expect(r, 200, what="account")
    c.check(r.json["limits"]["max_sites"] == 3 and r.json["usage"]["sites"] == 0 and r.json["environment"] == "pool", f"account {r!r}")
    # Logout revokes the token.
    t2 = hd.api("POST", "/auth/login", {"email": "owner@example.com", "password": "correct horse battery staple"}).json["token"]
    c.expect(hd.api("POST", "/auth/logout", token=t2), 204, what="logout")
    c.expect(hd.api("GET", "/account", token=t2), 401, "token_revoked", "revoked token")
    # Throttling: 5 failures (as configured) per account, then 429 with Retry-After, even with the right password.
    hd.account("victim@example.com")
    for _ in range(5):
        hd.api("POST", "/auth/login", {"email": "victim@example.com", "password": "bad bad bad bad"})
    r = hd.api("POST", "/auth/login", {"email": "victim@example.com", "password": "correct horse battery staple"})
    c.expect(r, 429, "too_many_attempts", "login throttled")
    c.check(int(r.headers.get("retry-after", "0")) > 0, f"Retry-After header {r.headers}")

    # ---- workspaces + hosting ---------------------------------------------------------------
    r = hd.api("GET", "/slugs?name=Caf%C3%A9%20Bella", token=token)
    c.expect(r, 200, what="slug check")
    c.check(r.json == {"slug": "cafe-bella", "available": True, "domain": "cafe-bella.localhost"}, f"free slug {r.json}")
    c.expect(hd.api("GET", "/slugs", token=token), 400, "invalid_value", "slug check without a name")
    c.check(hd.api("GET", "/slugs?name=www", token=token).json["available"] is False, "reserved slug")
    r = hd.api("POST", "/workspaces", {"name": "Café Bella"}, token=token)
    c.expect(r, 201, what="create workspace")
    c.check(hd.api("GET", "/slugs?name=cafe%20bella", token=token).json["available"] is False, "taken slug")
    ws = r.json
    c.check(ws["slug"] == "cafe-bella" and ws["domain"] == "cafe-bella.localhost" and ws["url"].startswith("http://cafe-bella.localhost:"), f"slug/domain {ws}")
    c.check(ws["environment"] == "pool" and ws["hosting_status"] == "active", "provisioned for the tier")
    r = hd.api("POST", "/workspaces", {"name": "Cafe  BELLA!", "id": "0b7c8e36-5a0e-4a4e-9d3e-1f1f1f1f1f1f"}, token=token)
    c.expect(r, 201, what="client-supplied id")
    c.check(r.json["id"] == "0b7c8e36-5a0e-4a4e-9d3e-1f1f1f1f1f1f", "client id kept")
    c.check(r.json["slug"].startswith("cafe-bella-") and r.json["slug"] != "cafe-bella", f"suffix on collision {r.json['slug']}")
    c.expect(hd.api("POST", "/workspaces", {"name": "x", "id": "not-a-uuid"}, token=token), 400, "invalid_value", "bad uuid")
    c.expect(hd.api("POST", "/workspaces", {"name": "x", "id": "0b7c8e36-5a0e-4a4e-9d3e-1f1f1f1f1f1f"}, token=token), 409, "id_taken", "uuid taken")
    sql = "Robert'); DROP TABLE workspaces;-- \" OR 1=1 %_\\"
    r = hd.api("POST", "/workspaces", {"name": sql}, token=token)
    c.expect(r, 201, what="SQL metacharacters")
    c.check(r.json["name"] == sql and r.json["slug"] == "robert-drop-table-workspaces-or-1-1", f"stored literally: {r.json}")
    third = r.json
    r = hd.api("POST", "/workspaces", {"name": "Fourth"}, token=token)
    c.expect(r, 403, "plan_limit", "basic plan: 3 sites")
    c.check(r.json["error"].get("limit") == "max_sites", "limit is named")
    r = hd.api("GET", "/workspaces", token=token)
    c.check(r.status == 200 and len(r.json["workspaces"]) == 3, "list")
    r = hd.api("PATCH", "/workspaces/" + ws["id"], {"name": "Café Bella & Bar"}, token=token)
    c.expect(r, 200, what="rename")
    c.check(r.json["slug"] == "cafe-bella" and r.json["revision"] == 2, "rename keeps the slug")
    r = hd.api("GET", "/workspaces/" + ws["id"] + "/hosting", token=token)
    c.check(r.status == 200 and r.json["subdomain"] == "cafe-bella" and r.json["live"] is None, f"hosting {r!r}")
    r = hd.api("POST", "/workspaces/" + ws["id"] + "/domains", {"domain": "www.cafe-bella.example"}, token=token)
    c.expect(r, 403, "plan_limit", "custom domains need pro")
    # Upgrade: every site migrates; each migration is a deployment; themes untouched.
    r = hd.api("PUT", "/account/plan", {"tier": "pro"}, token=token)
    c.expect(r, 200, what="upgrade")
    c.check(r.json["tier"] == "pro" and r.json["environment"] == "bridge", "tier changed")
    r = hd.api("GET", "/workspaces/" + ws["id"] + "/deployments", token=token)
    kinds = [d["kind"] for d in r.json["deployments"]]
    c.check("tier_migration" in kinds and "provision" in kinds, f"deployments {kinds}")
    mig = [d for d in r.json["deployments"] if d["kind"] == "tier_migration"][0]
    c.check(mig["details"]["from"] == "pool" and mig["details"]["to"] == "bridge", f"migration details {mig}")
    c.check(hd.api("GET", "/workspaces/" + ws["id"], token=token).json["environment"] == "bridge", "environment moved")
    for bad in ["аpple.com", "xn--pple-43d.com", "exa mple.com", "-bad.com", "a..b.com", "localhost", "x.cafe-bella.localhost"]:
        r = hd.api("POST", "/workspaces/" + ws["id"] + "/domains", {"domain": bad}, token=token)
        c.expect(r, 400, "invalid_domain", f"bad domain {bad!r}")
    r = hd.api("POST", "/workspaces/" + ws["id"] + "/domains", {"domain": "www.cafe-bella.example"}, token=token)
    c.expect(r, 201, what="add domain")
    c.check(r.json["verified"] is False and len(r.json["verification_token"]) == 32, "verification token")
    vtoken = r.json["verification_token"]
    r = hd.request("GET", "/.well-known/sitestudio-verify/" + vtoken, host="www.cafe-bella.example")
    c.check(r.status == 200 and r.body.decode() == vtoken, "verification token is served on the domain")
    r = hd.api("PUT", "/account/plan", {"tier": "basic"}, token=token)
    c.expect(r, 409, "plan_limit", "downgrade refused while a custom domain is attached")

    # ---- themes, drafts, publish ------------------------------------------------------------
    r = hd.api("GET", "/templates")
    c.check(r.status == 200 and {t["id"] for t in r.json["templates"]} >= {"studio", "harbor"}, "templates")
    r = hd.api("POST", "/workspaces/" + ws["id"] + "/customizations", {"template_id": "studio", "name": sql}, token=token)
    c.check(r.status == 201 and r.json["name"] == sql, "SQL metacharacters in a customization name are stored literally")
    r = hd.api("POST", "/workspaces/" + ws["id"] + "/customizations", {"template_id": "studio", "name": "Main"}, token=token)
    c.expect(r, 201, what="clone template")
    cust = r.json
    c.check(cust["revision"] == 1 and cust["is_active"] is False and cust["document"]["format"] == "sitestudio.site", "draft at revision 1")
    c.expect(hd.api("POST", "/workspaces/" + ws["id"] + "/customizations", {"template_id": "nope"}, token=token), 404, "unknown_template", "unknown template")
    doc = cust["document"]
    doc["pages"][0]["data"]["content"][1]["props"]["title"] = "Fresh pasta, every day"
    cid = cust["id"]
    c.expect(hd.api("PUT", "/customizations/" + cid, {"document": doc}, token=token), 428, "if_match_required", "save without If-Match")
    r = hd.api("PUT", "/customizations/" + cid, {"document": doc}, token=token, headers={"If-Match": '"7"'})
    c.expect(r, 412, "revision_mismatch", "stale If-Match")
    c.check(r.error().get("current_revision") == 1, "412 says the current revision")
    r = hd.api("PUT", "/customizations/" + cid, {"document": {"format": "nope"}}, token=token, headers={"If-Match": '"1"'})
    c.expect(r, 422, "invalid_document", "invalid document")
    import copy
    bad_slug = copy.deepcopy(doc)
    bad_slug["pages"][0]["slug"] = "/../etc"
    r = hd.api("PUT", "/customizations/" + cid, {"document": bad_slug}, token=token, headers={"If-Match": '"1"'})
    c.expect(r, 422, "invalid_document", "invalid page slug")
    c.check("pages[0].slug" in r.error().get("path", ""), f"the slug is named: {r!r}")
    dup = copy.deepcopy(doc)
    dup["pages"][0]["data"]["content"].append(copy.deepcopy(dup["pages"][0]["data"]["content"][0]))
    r = hd.api("PUT", "/customizations/" + cid, {"document": dup}, token=token, headers={"If-Match": '"1"'})
    c.expect(r, 422, "invalid_document", "duplicate block ids")
    r = hd.api("PUT", "/customizations/" + cid, {"document": doc}, token=token, headers={"If-Match": '"1"'})
    c.expect(r, 200, what="save draft")
    c.check(r.json["revision"] == 2 and r.headers.get("etag") == '"2"', "new revision + ETag")
    r = hd.api("GET", "/customizations/" + cid + "/revisions", token=token)
    c.check([x["revision"] for x in r.json["revisions"]] == [2, 1], "revision history")
    # One old revision's document, for history browsing and restore.
    r = hd.api("GET", "/customizations/" + cid + "/revisions/1", token=token)
    c.expect(r, 200, what="get revision 1")
    c.check(r.json["revision"] == 1 and r.json["published"] is False and r.json["created_at"]
            and r.json["document"]["format"] == "sitestudio.site", f"revision 1 body {r!r}")
    c.check(r.json["document"]["pages"][0]["data"]["content"][1]["props"]["title"] != "Fresh pasta, every day", "revision 1 is the old document")
    c.check(r.headers.get("etag") == '"1"', "a revision's ETag is its number")
    r = hd.api("GET", "/customizations/" + cid + "/revisions/2", token=token)
    c.check(r.status == 200 and r.json["document"] == hd.api("GET", "/customizations/" + cid, token=token).json["document"], "revision 2 is the current document")
    c.expect(hd.api("GET", "/customizations/" + cid + "/revisions/3", token=token), 404, "not_found", "unknown revision number")
    c.expect(hd.api("GET", "/customizations/" + cid + "/revisions/0", token=token), 404, "not_found", "revision 0")
    c.expect(hd.api("GET", "/customizations/" + cid + "/revisions/two", token=token), 400, "invalid_value", "non-numeric revision")
    c.expect(hd.api("GET", "/customizations/00000000-0000-4000-8000-000000000000/revisions/1", token=token), 404, "not_found", "unknown customization")
    # Nothing is public before publishing.
    r = hd.request("GET", "/", host="cafe-bella.localhost")
    c.check(r.status == 404 and b"not been published" in r.body, "unpublished site is a 404 page")
    c.expect(hd.api("GET", "/public/puck-data?page=/", headers={"X-Store-Hostname": "cafe-bella.localhost"}), 404, what="no public data before publish")
    r = hd.api("POST", "/customizations/" + cid + "/publish", token=token)
    c.expect(r, 200, what="publish")
    c.check(r.json["is_active"] and r.json["published_revision"] == 2, "published revision 2")
    r = hd.request("GET", "/", host="cafe-bella.localhost")
    c.check(r.status == 200 and b"Fresh pasta, every day" in r.body and r.headers["content-type"].startswith("text/html"), "live site")
    etag = r.headers.get("etag")
    r2 = hd.request("GET", "/", host="cafe-bella.localhost", headers={"If-None-Match": etag})
    c.check(r2.status == 304 and not r2.body, f"304 with If-None-Match {r2!r}")
    c.check("must-revalidate" in r.headers.get("cache-control", ""), "Cache-Control")
    css = hd.request("GET", "/theme/css/theme.css", host="cafe-bella.localhost")
    c.check(css.status == 200 and css.headers["content-type"].startswith("text/css"), "theme CSS is served")
    c.check(hd.request("GET", "/theme/../../etc/passwd", host="cafe-bella.localhost").status == 404, "no traversal in theme paths")
    c.check(hd.request("GET", "/nope/", host="cafe-bella.localhost").status == 404, "404 page")
    r = hd.api("GET", "/public/puck-data?page=/", headers={"X-Store-Hostname": "cafe-bella.localhost"})
    c.check(r.status == 200 and r.json["revision"] == 2 and "content" in r.json["data"], f"public puck data {r!r}")
    # A later draft is not visible until it is published; rollback = publish an earlier revision.
    doc["pages"][0]["data"]["content"][1]["props"]["title"] = "Secret draft"
    c.expect(hd.api("PUT", "/customizations/" + cid, {"document": doc}, token=token, headers={"If-Match": '"2"'}), 200, what="draft 3")
    r = hd.request("GET", "/", host="cafe-bella.localhost")
    c.check(b"Secret draft" not in r.body and b"Fresh pasta" in r.body, "drafts never leak")
    c.check(b"Secret draft" not in hd.api("GET", "/public/puck-data?page=/", headers={"X-Store-Hostname": "cafe-bella.localhost"}).body, "public data shows the published revision")
    c.expect(hd.api("POST", "/customizations/" + cid + "/publish", {"revision": 3}, token=token), 200, what="publish 3")
    c.check(b"Secret draft" in hd.request("GET", "/", host="cafe-bella.localhost").body, "publish is live at once")
    c.expect(hd.api("POST", "/customizations/" + cid + "/publish", {"revision": 2}, token=token), 200, what="rollback to 2")
    c.check(b"Fresh pasta" in hd.request("GET", "/", host="cafe-bella.localhost").body, "rollback is live")
    c.expect(hd.api("POST", "/customizations/" + cid + "/publish", {"revision": 99}, token=token), 404, what="unknown revision")
    # Publishing never touches hosting; hosting only reads what is live.
    r = hd.api("GET", "/workspaces/" + ws["id"] + "/hosting", token=token)
    c.check(r.json["live"] == {"customization_id": cid, "revision": 2} and r.json["environment"] == "bridge", f"hosting reads live {r.json}")
    # The publish history says which revision went live, when and who published it; the newest is live.
    deps = hd.api("GET", "/workspaces/" + ws["id"] + "/deployments", token=token).json["deployments"]
    pubs = [d for d in deps if d["kind"] == "publish_log"]
    c.check([p["details"]["revision"] for p in pubs] == [2, 3, 2], f"publish history, newest first {pubs}")
    c.check(all(p["details"]["account_email"] == "owner@example.com" and p["id"] and p["created_at"] for p in pubs), f"who published {pubs}")
    c.check([p["details"]["live"] for p in pubs] == [True, False, False], f"live marker {pubs}")
    c.check(deps.index(pubs[0]) == 0 and deps[-1]["kind"] == "provision", f"one log, newest first {[d['kind'] for d in deps]}")
    r = hd.api("GET", "/workspaces/" + ws["id"] + "/hosting", token=token)
    pending = [d for d in r.json["custom_domains"] if d["domain"] == "www.cafe-bella.example"]
    c.check(pending and pending[0]["verification_token"] == vtoken and pending[0]["verification_url"].endswith("/" + vtoken), f"unverified domain keeps its instructions {r.json}")

    # 20 concurrent publishes of different customizations: exactly one active.
    cids = [hd.api("POST", "/workspaces/" + third["id"] + "/customizations", {"template_id": "harbor" if i % 2 else "studio"}, token=token).json["id"]
            for i in range(20)]
    results = []
    def pub(x):
        results.append(hd.api("POST", "/customizations/" + x + "/publish", token=token).status)
    threads = [threading.Thread(target=pub, args=(x,)) for x in cids]
    [t.start() for t in threads]
    [t.join() for t in threads]
    active = [x for x in hd.api("GET", "/workspaces/" + third["id"] + "/customizations", token=token).json["customizations"] if x["is_active"]]
    c.check(len(active) == 1, f"exactly one active after 20 concurrent publishes: {len(active)} ({results})")
    c.expect(hd.api("POST", "/customizations/" + active[0]["id"] + "/unpublish", token=token), 200, what="unpublish")
    logs = [d for d in hd.api("GET", "/workspaces/" + third["id"] + "/deployments", token=token).json["deployments"] if d["kind"] == "publish_log"]
    c.check(logs[0]["details"]["action"] == "unpublish" and not any(d["details"]["live"] for d in logs), f"unpublish is in the history, nothing live {logs[:2]}")
    c.check(not any(x["is_active"] for x in hd.api("GET", "/workspaces/" + third["id"] + "/customizations", token=token).json["customizations"]), "none active after unpublish")

    # ---- idempotency ------------------------------------------------------------------------
    key = {"Idempotency-Key": "op-123"}
    r1 = hd.api("POST", "/workspaces/" + third["id"] + "/customizations", {"template_id": "studio", "name": "Once"}, token=token, headers=key)
    r2 = hd.api("POST", "/workspaces/" + third["id"] + "/customizations", {"template_id": "studio", "name": "Once"}, token=token, headers=key)
    c.check(r1.status == 201 and r2.status == 201 and r1.json["id"] == r2.json["id"], "a retry gets the stored response")
    c.check(r2.headers.get("idempotent-replayed") == "true", "replay is marked")
    names = [x["name"] for x in hd.api("GET", "/workspaces/" + third["id"] + "/customizations", token=token).json["customizations"]]
    c.check(names.count("Once") == 1, "one effect")
    r3 = hd.api("POST", "/workspaces/" + third["id"] + "/customizations", {"template_id": "studio", "name": "Other"}, token=token, headers=key)
    c.expect(r3, 422, "idempotency_key_reused", "same key, different body")

    # ---- change feed -------------------------------------------------------------------------
    r = hd.api("GET", "/changes?limit=3", token=token)
    c.check(r.status == 200 and len(r.json["changes"]) == 3 and r.json["has_more"], "first page")
    seen = list(r.json["changes"])
    cursor = r.json["next_cursor"]
    while True:
        r = hd.api("GET", "/changes?limit=50&since=" + cursor, token=token)
        seen += r.json["changes"]
        cursor = r.json["next_cursor"]
        if not r.json["has_more"]:
            break
    c.check(len(seen) > 30 and all(x["entity_type"] in ("workspace", "customization", "account") for x in seen), f"{len(seen)} changes")
    c.check(hd.api("GET", "/changes?since=" + cursor, token=token).json["changes"] == [], "caught up")
    c.expect(hd.api("GET", "/changes?since=!!!", token=token), 400, "invalid_cursor", "bad cursor")
    import base64
    other = base64.urlsafe_b64encode(b"another-epoch:5").decode().rstrip("=")
    c.expect(hd.api("GET", "/changes?since=" + other, token=token), 410, "cursor_expired", "cursor of another epoch")

    # ---- tenant isolation: another account sees none of it ------------------------------------
    intruder = hd.account("intruder@example.com")
    wid = ws["id"]
    for method, path, body in [
        ("GET", f"/workspaces/{wid}", None), ("PATCH", f"/workspaces/{wid}", {"name": "x"}), ("DELETE", f"/workspaces/{wid}", None),
        ("GET", f"/workspaces/{wid}/hosting", None), ("GET", f"/workspaces/{wid}/deployments", None),
        ("POST", f"/workspaces/{wid}/domains", {"domain": "evil.example"}), ("GET", f"/workspaces/{wid}/customizations", None),
        ("POST", f"/workspaces/{wid}/customizations", {"template_id": "studio"}), ("GET", f"/customizations/{cid}", None),
        ("PUT", f"/customizations/{cid}", {"document": doc}), ("GET", f"/customizations/{cid}/revisions", None),
        ("GET", f"/customizations/{cid}/revisions/1", None),
        ("POST", f"/customizations/{cid}/publish", None), ("POST", f"/customizations/{cid}/unpublish", None),
    ]:
        r = hd.api(method, path, body, token=intruder, headers={"If-Match": '"2"'})
        c.expect(r, 404, "not_found", f"intruder {method} {path}")
    c.check(hd.api("GET", "/workspaces", token=intruder).json["workspaces"] == [], "intruder lists nothing")
    c.check(hd.api("GET", "/changes", token=intruder).json["changes"] == [], "intruder's feed is empty")
    c.check(hd.api("GET", f"/workspaces/{wid}", token=token).status == 200, "the owner still has it")

    # ---- protocol limits ------------------------------------------------------------------------
    s = socket.create_connection(("127.0.0.1", hd.port))
    s.sendall(b"PUT /api/v1/customizations/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              b"Content-Length: 104857600\r\n\r\n" + b"{" * 65536)
    s.settimeout(10)
    reply = s.recv(4096).decode(errors="replace")
    s.close()
    c.check(reply.startswith("HTTP/1.1 413") and "body_too_large" in reply, f"100 MB body refused before it is read: {reply[:120]!r}")
    r = hd.request("GET", "/api/v1/nope")
    c.expect(r, 404, "not_found", "unknown endpoint")
    c.expect(hd.api("DELETE", "/templates"), 405, "method_not_allowed", "wrong method")
    r = hd.request("POST", "/api/v1/workspaces", raw=b"x" * 10, token=token, headers={"Content-Type": "text/plain"})
    c.expect(r, 415, "unsupported_media_type", "content type")

    # ---- deletion ----------------------------------------------------------------------------
    c.expect(hd.api("DELETE", f"/workspaces/{wid}", token=token), 204, what="delete")
    c.expect(hd.api("GET", f"/workspaces/{wid}", token=token), 404, what="deleted")
    c.check(hd.request("GET", "/", host="cafe-bella.localhost").status != 200, "deleted site is not served")
    c.expect(hd.api("GET", f"/customizations/{cid}", token=token), 404, "not_found", "its customizations went with it")
    c.check(all(x["entity_id"] != wid or x["action"] == "delete" for x in hd.api("GET", "/changes?limit=5000", token=token).json["changes"][-1:]),
            "the deletion is in the feed")

    # ---- expired tokens ------------------------------------------------------------------------
    short = Hostd("--token-lifetime", "1")
    try:
        t = short.account("short@example.com")
        c.expect(short.api("GET", "/account", token=t), 200, what="fresh token")
        time.sleep(1.3)
        c.expect(short.api("GET", "/account", token=t), 401, "token_expired", "expired token")
    finally:
        short.stop()

    # ---- access log and graceful stop --------------------------------------------------------
    lines = open(hd.log).read().splitlines()
    entry = json.loads(lines[-1])
    c.check({"method", "path", "status", "ms", "request_id", "remote"} <= set(entry), f"structured access log {entry}")
finally:
    code = hd.stop()
c.check(code == 0, f"SIGTERM exits cleanly ({code})")
c.finish()
