"""sitehostd: assets (manifest, digest-checked uploads, quota, serving), automation rule storage,
and kill -9 of the server in the middle of publishes (restart -> exactly one active)."""
import hashlib
import json
import random
import signal
import threading
import time

from hostd import Hostd, Checks

c = Checks()
hd = Hostd()
try:
    token = hd.account("assets@example.com")
    other = hd.account("other@example.com")
    ws = hd.api("POST", "/workspaces", {"name": "Gallery"}, token=token).json
    theirs = hd.api("POST", "/workspaces", {"name": "Theirs"}, token=other).json
    wid = ws["id"]

    # ---- assets ----------------------------------------------------------------------------
    png = b"\x89PNG\r\n\x1a\n" + bytes(random.Random(1).randrange(256) for _ in range(3000))
    sha = hashlib.sha256(png).hexdigest()
    r = hd.api("POST", f"/workspaces/{wid}/assets/manifest", {"assets": [{"sha256": "ABC", "size": 1}]}, token=token)
    c.expect(r, 400, "invalid_value", "bad digest")
    for bad in ["../../etc/passwd", "/etc/passwd", "a/../../b", "ok/\x01name.png", "dir\\file.png", ""]:
        r = hd.api("POST", f"/workspaces/{wid}/assets/manifest", {"assets": [{"sha256": sha, "size": len(png), "path": bad}]}, token=token)
        c.expect(r, 400, "invalid_path", f"asset path {bad!r}")
    r = hd.api("POST", f"/workspaces/{wid}/assets/manifest", {"assets": [{"sha256": sha, "size": len(png), "path": "images/logo.png"}]}, token=token)
    c.check(r.status == 200 and r.json["missing"] == [sha], f"the server lacks it {r!r}")
    r = hd.request("PUT", f"/api/v1/assets/{sha}?workspace={wid}", raw=png[:-1] + b"x", token=token, headers={"Content-Type": "image/png"})
    c.expect(r, 422, "digest_mismatch", "corrupted upload")
    r = hd.request("PUT", f"/api/v1/assets/{sha}?workspace={theirs['id']}", raw=png, token=token, headers={"Content-Type": "image/png"})
    c.expect(r, 404, "not_found", "upload into another account's site")
    r = hd.request("PUT", f"/api/v1/assets/{sha}?workspace={wid}", raw=png, token=token, headers={"Content-Type": "image/png"})
    c.expect(r, 201, what="upload")
    r = hd.api("POST", f"/workspaces/{wid}/assets/manifest", {"assets": [{"sha256": sha, "size": len(png)}]}, token=token)
    c.check(r.json["missing"] == [], "nothing to upload the second time")
    r = hd.api("POST", f"/workspaces/{wid}/assets/manifest", {"assets": [{"sha256": "0" * 64, "size": 200 * 1024 * 1024}]}, token=token)
    c.expect(r, 403, "plan_limit", "storage quota")
    c.check(r.error().get("limit") == "storage_bytes", "quota is named")
    c.check(hd.api("GET", "/account", token=token).json["usage"]["storage_bytes"] == len(png), "usage counts the asset")
    # Served on the site that references it, not on another site.
    cust = hd.api("POST", f"/workspaces/{wid}/customizations", {"template_id": "studio"}, token=token).json
    doc = cust["document"]
    doc["pages"][0]["data"]["content"].insert(0, {"type": "Image", "props": {"id": "img-1", "src": f"assets/{sha}.png", "alt": "Logo"}})
    c.expect(hd.api("PUT", f"/customizations/{cust['id']}", {"document": doc}, token=token, headers={"If-Match": '"1"'}), 200, what="save")
    c.expect(hd.api("POST", f"/customizations/{cust['id']}/publish", token=token), 200, what="publish")
    page = hd.request("GET", "/", host="gallery.localhost")
    c.check(f"assets/{sha}.png".encode() in page.body, "the page references the asset")
    r = hd.request("GET", f"/assets/{sha}.png", host="gallery.localhost")
    c.check(r.status == 200 and r.body == png and r.headers["content-type"] == "image/png", f"asset served {r.status}")
    c.check("immutable" in r.headers.get("cache-control", ""), "assets are immutable")
    tcust = hd.api("POST", f"/workspaces/{theirs['id']}/customizations", {"template_id": "harbor"}, token=other).json
    hd.api("POST", f"/customizations/{tcust['id']}/publish", token=other)
    c.check(hd.request("GET", f"/assets/{sha}.png", host="theirs.localhost").status == 404, "another site does not serve it")
    c.check(hd.request("GET", "/assets/../../etc/passwd", host="gallery.localhost").status == 404, "no traversal")

    # ---- rules -------------------------------------------------------------------------------
    rule = {"name": "Publish Monday 09:00", "trigger": {"type": "schedule"}, "schedule": {"cron": "0 9 * * 1", "timezone": "Europe/Riga"},
            "conditions": {"all": []}, "actions": [{"type": "publish_theme"}], "max_executions_per_day": 1}
    r = hd.api("POST", f"/workspaces/{wid}/rules", rule, token=token)
    c.expect(r, 201, what="create rule")
    rid = r.json["id"]
    c.check(r.json["is_active"] is True and r.json["schedule"]["timezone"] == "Europe/Riga", f"rule stored {r.json}")
    for field, value, why in [("schedule", {"cron": "0 9 * *", "timezone": "Europe/Riga"}, "4-field cron"),
                              ("schedule", {"cron": "0 9 * * 1", "timezone": "Mars/Olympus"}, "unknown zone"),
                              ("schedule", {"cron": "0 9 * * 1", "timezone": "EST"}, "not an IANA zone"),
                              ("actions", [{"type": "format_disk"}], "unknown action"),
                              ("actions", [], "no actions"),
                              ("trigger", {"type": "whenever"}, "unknown trigger"),
                              ("max_executions_per_day", -1, "negative limit")]:
        bad = dict(rule, **{field: value})
        c.expect(hd.api("POST", f"/workspaces/{wid}/rules", bad, token=token), 400, None, f"rule: {why}")
    c.expect(hd.api("POST", f"/workspaces/{wid}/rules", dict(rule, surprise=1), token=token), 400, "unknown_field", "rule: unknown field")
    r = hd.api("PUT", f"/rules/{rid}", dict(rule, name="Renamed"), token=token, headers={"If-Match": '"1"'})
    c.check(r.status == 200 and r.json["name"] == "Renamed" and r.json["revision"] == 2, f"update rule {r!r}")
    c.expect(hd.api("PUT", f"/rules/{rid}", rule, token=token, headers={"If-Match": '"1"'}), 412, "revision_mismatch", "stale rule")
    for method, path, body in [("GET", f"/rules/{rid}", None), ("PUT", f"/rules/{rid}", rule), ("DELETE", f"/rules/{rid}", None),
                               ("GET", f"/workspaces/{wid}/rules", None), ("POST", f"/workspaces/{wid}/rules", rule),
                               ("POST", f"/workspaces/{wid}/assets/manifest", {"assets": []})]:
        c.expect(hd.api(method, path, body, token=other), 404, "not_found", f"intruder {method} {path}")
    for i in range(4):
        hd.api("POST", f"/workspaces/{wid}/rules", dict(rule, name=f"r{i}"), token=token)
    r = hd.api("POST", f"/workspaces/{wid}/rules", rule, token=token)
    c.expect(r, 403, "plan_limit", "basic plan: 5 rules")
    c.expect(hd.api("DELETE", f"/rules/{rid}", token=token, headers={"Idempotency-Key": "del-rule-1"}), 204, what="delete rule")
    r = hd.api("DELETE", f"/rules/{rid}", token=token, headers={"Idempotency-Key": "del-rule-1"})
    c.check(r.status == 204 and r.headers.get("idempotent-replayed") == "true", f"a retried DELETE replays its 204 {r!r}")
    c.expect(hd.api("GET", f"/rules/{rid}", token=token), 404, what="rule gone")
    feed = hd.api("GET", "/changes?limit=5000", token=token).json["changes"]
    c.check(any(x["entity_type"] == "rule" and x["action"] == "delete" for x in feed), "rule changes are in the feed")

    # ---- edits as operations: a one-field edit on a 5,000-block page is a small request ---------
    big = hd.api("GET", f"/customizations/{cust['id']}", token=token).json
    bdoc = big["document"]
    page0 = bdoc["pages"][0]
    items = [{"type": "Heading", "props": {"id": f"h-{i}", "text": f"Heading {i}", "level": "2"}} for i in range(4999)]
    page0["data"]["content"] = [{"type": "Grid", "props": {"id": "grid-big", "numColumns": 3, "items": items}}]
    r = hd.api("PUT", f"/customizations/{cust['id']}", {"document": bdoc}, token=token, headers={"If-Match": f'"{big["revision"]}"'})
    c.expect(r, 200, what="5,000-block page saved")
    rev = r.json["revision"]
    op = {"op": "set-prop", "page": page0["id"], "block": "h-2500", "path": "text", "old": "Heading 2500", "value": "Edited"}
    body = json.dumps({"ops": [op]}).encode()
    headers = {"If-Match": f'"{rev}"', "Idempotency-Key": "edit-1"}
    wire = len(body) + len(f"POST /api/v1/customizations/{cust['id']}/ops HTTP/1.1\r\n") + sum(len(k) + len(v) + 4 for k, v in headers.items()) + 200
    r = hd.request("POST", f"/api/v1/customizations/{cust['id']}/ops", raw=body, token=token, headers=headers)
    c.expect(r, 200, what="apply ops")
    c.check(r.json["revision"] == rev + 1, "ops make a revision")
    c.check(wire < 2048, f"one-field edit request is {wire} bytes (< 2 KB)")
    got = hd.api("GET", f"/customizations/{cust['id']}", token=token).json["document"]["pages"][0]["data"]["content"][0]["props"]["items"]
    c.check(got[2500]["props"]["text"] == "Edited" and got[2499]["props"]["text"] == "Heading 2499" and len(got) == 4999, "only that prop changed")
    r = hd.request("POST", f"/api/v1/customizations/{cust['id']}/ops", raw=body, token=token, headers=headers)
    c.check(r.status == 200 and r.headers.get("idempotent-replayed") == "true", "a retried op batch applies once")
    c.check(hd.api("GET", f"/customizations/{cust['id']}", token=token).json["revision"] == rev + 1, "no second revision")
    c.expect(hd.api("POST", f"/customizations/{cust['id']}/ops", {"ops": [op]}, token=token, headers={"If-Match": f'"{rev}"'}), 412,
             "revision_mismatch", "ops on a stale revision")
    # Reordered delivery cannot reorder effects: a later batch sent first is refused (412) until
    # the earlier one is in; then both apply, in order.
    first = {"op": "set-prop", "page": page0["id"], "block": "h-1", "path": "text", "old": "Heading 1", "value": "first"}
    second = {"op": "set-prop", "page": page0["id"], "block": "h-1", "path": "text", "old": "first", "value": "second"}
    c.expect(hd.api("POST", f"/customizations/{cust['id']}/ops", {"ops": [second]}, token=token, headers={"If-Match": f'"{rev + 2}"'}),
             412, "revision_mismatch", "a later batch delivered first")
    c.expect(hd.api("POST", f"/customizations/{cust['id']}/ops", {"ops": [first]}, token=token, headers={"If-Match": f'"{rev + 1}"'}), 200,
             what="the earlier batch")
    c.expect(hd.api("POST", f"/customizations/{cust['id']}/ops", {"ops": [second]}, token=token, headers={"If-Match": f'"{rev + 2}"'}), 200,
             what="then the later one")
    items = hd.api("GET", f"/customizations/{cust['id']}", token=token).json["document"]["pages"][0]["data"]["content"][0]["props"]["items"]
    c.check(items[1]["props"]["text"] == "second", "right order")
    rev += 2
    bad = [dict(op, value="ok", old="Edited"), {"op": "remove", "page": page0["id"], "area": {"zone": "grid-big:items"}, "index": 99999, "subtree": {}}]
    r = hd.api("POST", f"/customizations/{cust['id']}/ops", {"ops": bad}, token=token, headers={"If-Match": f'"{rev + 1}"'})
    c.expect(r, 422, "invalid_operation", "a bad op in a batch")
    c.check(r.error().get("field") == "ops[1]", f"the bad op is named {r!r}")
    c.check(hd.api("GET", f"/customizations/{cust['id']}", token=token).json["revision"] == rev + 1, "nothing of the batch was applied")
    c.expect(hd.api("POST", f"/customizations/{cust['id']}/ops", {"ops": [{"op": "frobnicate"}]}, token=token, headers={"If-Match": f'"{rev + 1}"'}),
             422, "invalid_operation", "unknown op")
    c.expect(hd.api("POST", f"/customizations/{cust['id']}/ops", {"ops": [op]}, token=other, headers={"If-Match": f'"{rev + 1}"'}),
             404, "not_found", "intruder ops")

    # ---- kill -9 in the middle of publishes ----------------------------------------------------
    a = hd.api("POST", f"/workspaces/{wid}/customizations", {"template_id": "studio", "name": "A"}, token=token).json["id"]
    b = hd.api("POST", f"/workspaces/{wid}/customizations", {"template_id": "harbor", "name": "B"}, token=token).json["id"]
    rng = random.Random(7)
    for round_ in range(8):
        stop = threading.Event()
        def hammer(x):
            while not stop.is_set():
                try:
                    hd.api("POST", f"/customizations/{x}/publish", token=token)
                except Exception:
                    return
        threads = [threading.Thread(target=hammer, args=(x,)) for x in (a, b, cust["id"])]
        [t.start() for t in threads]
        time.sleep(rng.uniform(0.05, 0.3))
        hd.proc.send_signal(signal.SIGKILL)
        hd.proc.wait()
        stop.set()
        [t.join() for t in threads]
        hd.start()
        active = [x for x in hd.api("GET", f"/workspaces/{wid}/customizations", token=token).json["customizations"] if x["is_active"]]
        c.check(len(active) == 1, f"round {round_}: {len(active)} active after kill -9")
        c.check(hd.request("GET", "/", host="gallery.localhost").status == 200, f"round {round_}: the site is served after restart")
finally:
    hd.stop()
c.finish()
