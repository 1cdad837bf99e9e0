"""The documented CLI workflow end to end against a real cache."""
import json
import os

from clitest import Cli, Checks, FIXTURES

checks = Checks()
cli = Cli()

help_text = cli.run("--help").stdout
for cmd in ["import-puck FILE --site NAME [--page SLUG]", "export-puck --site NAME --page SLUG [-o FILE]",
            "render --site NAME -o DIR", "validate --site NAME", "sites list", "sites create NAME --theme ID",
            "themes list", "block set", "--all-sites --type TYPE", "--prop PATH --value JSON", "--data-dir", "--json"]:
    checks.check(cmd in help_text, f"--help does not list {cmd!r}")
proc = cli.run("frobnicate", ok=False)
checks.check(proc.returncode == 2 and "unknown command" in proc.stderr, "unknown command is a usage error")

themes = json.loads(cli.run("--json", "themes", "list").stdout)
checks.check({t["id"] for t in themes} >= {"studio", "harbor"}, "both built-in themes are listed")
checks.check(all(t["components"] >= 18 for t in themes), "themes have at least 18 components")

# Lossless round trip of every fixture through the cache (key order included).
cli.run("sites", "create", "Round Trip", "--theme", "studio", "--empty")
for fixture in sorted(os.listdir(os.path.join(FIXTURES, "puck"))):
    if not fixture.endswith(".json"):
        continue
    src = os.path.join(FIXTURES, "puck", fixture)
    slug = "/" + fixture.split(".")[0].lower()
    cli.run("import-puck", src, "--site", "Round Trip", "--page", slug)
    out = cli.path(fixture)
    cli.run("export-puck", "--site", "Round Trip", "--page", slug, "-o", out)
    a = json.load(open(src), object_pairs_hook=list)
    b = json.load(open(out), object_pairs_hook=list)
    checks.check(a == b, f"{fixture}: export differs from import")

# Explicit zones -> slots.
proc = cli.run("convert-zones", "--site", "Round Trip", "--page", "/demo-home-zones-v0", ok=False)
checks.check(proc.returncode == 1 and "has no slot" in proc.stderr, "convert-zones without a mapping is refused")
cli.run("convert-zones", "--site", "Round Trip", "--page", "/demo-home-zones-v0", "--map", "Grid:grid=items", "--map", "Flex:flex=items")
converted = json.loads(cli.run("export-puck", "--site", "Round Trip", "--page", "/demo-home-zones-v0").stdout)
checks.check(converted.get("zones") == {}, "zones are gone after the conversion")
checks.check(any(isinstance(i["props"].get("items"), list) and i["props"]["items"] for i in converted["content"] if i["type"] == "Grid"),
             "grid children moved into the items slot")

# An agency changes the phone number in every site's contact block at once.
for i in range(3):
    cli.run("sites", "create", f"Client {i}", "--theme", "harbor" if i % 2 else "studio")
    path = cli.write(f"contact{i}.json", json.dumps({"root": {"props": {"title": "Contact"}}, "content": [
        {"type": "Contact", "props": {"id": f"contact-{i}", "title": "Call us", "phone": "+1 555 0100"}},
        {"type": "Heading", "props": {"id": f"h-{i}", "text": "Hi"}}]}))
    cli.run("import-puck", path, "--site", f"Client {i}", "--page", "/contact")
proc = cli.run("block", "set", "--all-sites", "--type", "Contact", "--prop", "phone", "--value", '"+1 555 0199"')
checks.check("3 blocks changed, 0 failed" in proc.stdout or "blocks changed, 0 failed" in proc.stdout, proc.stdout)
for i in range(3):
    page = json.loads(cli.run("export-puck", "--site", f"Client {i}", "--page", "/contact").stdout)
    checks.check(page["content"][0]["props"]["phone"] == "+1 555 0199", f"Client {i}: phone not changed")
    checks.check(page["content"][1]["props"]["text"] == "Hi", f"Client {i}: other blocks changed")
sites = {s["name"]: s for s in json.loads(cli.run("--json", "sites", "list").stdout)}
checks.check(sites["Client 0"]["pendingOps"] >= 3, "edits are queued in the outbox")

# Single block, nested path, JSON output.
cli.run("block", "set", "--site", "Client 0", "--page", "/contact", "--id", "h-0", "--prop", "layout.padding", "--value", '"32px"')
page = json.loads(cli.run("export-puck", "--site", "Client 0", "--page", "/contact").stdout)
checks.check(page["content"][1]["props"]["layout"] == {"padding": "32px"}, "nested set-prop")

# Validate + render.
checks.check(cli.run("validate", "--site", "Client 0").returncode == 0, "a clean site validates")
out = cli.path("render")
report = json.loads(cli.run("--json", "render", "--site", "Client 1", "-o", out).stdout)
checks.check(report["pages"] == 2 and os.path.exists(os.path.join(out, "contact", "index.html")), "render writes every page")
checks.check(os.path.exists(os.path.join(out, "theme", "css", "theme.css")), "render copies the theme")

# Assets: content-addressed, referenced from an image prop, exported with the site.
png = cli.write("logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
ref = json.loads(cli.run("--json", "assets", "add", png, "--site", "Client 1").stdout)["reference"]
cli.run("block", "set", "--site", "Client 1", "--page", "/", "--id", page_id if False else
        json.loads(cli.run("export-puck", "--site", "Client 1", "--page", "/").stdout)["content"][0]["props"]["id"],
        "--prop", "logo", "--value", json.dumps(ref))
cli.run("render", "--site", "Client 1", "-o", out)
checks.check(os.path.exists(os.path.join(out, ref)), "the asset is exported")
checks.check(ref in open(os.path.join(out, "index.html")).read(), "the page references the asset")
checks.finish()
