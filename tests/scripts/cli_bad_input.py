"""Bad input through the real CLI: a clear error that names the place, a non-zero exit code, and
nothing written to the cache."""
import json
import os

from clitest import Cli, Checks, FIXTURES, cache_state

checks = Checks()
cli = Cli()
cli.run("sites", "create", "Target", "--theme", "studio")
good = os.path.join(FIXTURES, "puck", "demo-home-slots.json")
cli.run("import-puck", good, "--site", "Target", "--page", "/existing")
before = cache_state(cli)


def refused(name, args, *must_mention):
    proc = cli.run(*args, ok=False)
    checks.check(proc.returncode != 0, f"{name}: exit code is {proc.returncode}")
    checks.check(proc.stderr.startswith("sitestudio-cli: "), f"{name}: no error on stderr: {proc.stderr!r}")
    for m in must_mention:
        checks.check(m in proc.stderr, f"{name}: error does not mention {m!r}: {proc.stderr.strip()!r}")
    checks.check(cache_state(cli) == before, f"{name}: the cache changed")
    return proc


def import_bytes(name, data, *must_mention, page="/existing"):
    path = cli.write(name, data)
    return refused(name, ["import-puck", path, "--site", "Target", "--page", page], name, *must_mention)


# Malformed, truncated, invalid UTF-8: the file, the line and column, what is wrong.
import_bytes("malformed.json", '{"content": [\n  {"type": "A" "props": {}}\n]}', "line 2, column 16")
text = open(good, "rb").read()
import_bytes("truncated.json", text[: len(text) // 2], "truncated")
import_bytes("bad-utf8.json", b'{"content": [{"type": "A\xff\xfe", "props": {"id": "x"}}]}', "UTF-8", "line 1")
# Both into an existing page (replace) and a new one (add): neither is touched.
import_bytes("truncated-new.json", text[:100], "truncated", page="/new")

# 64 MiB: refused before it is parsed.
big = cli.path("big.json")
with open(big, "wb") as f:
    f.write(b'{"content": [], "pad": "')
    f.write(b"x" * (64 * 1024 * 1024))
    f.write(b'"}')
refused("big.json", ["import-puck", big, "--site", "Target", "--page", "/existing"], "big.json", "MiB", "limit")
os.remove(big)

# 10,000-deep nesting: as JSON arrays and as nested slots.
import_bytes("deep-json.json", '{"content": ' + "[" * 10000 + "]" * 10000 + "}", "nesting deeper than")
deep = '{"content": [' + '{"type": "G", "props": {"id": "b%d", "items": [' * 10000
deep = ''.join('{"type": "G", "props": {"id": "b%d", "items": [' % i for i in range(10000))
doc = '{"content": [' + deep + '{"type": "T", "props": {"id": "leaf"}}' + "]}}" * 10000 + "]}"
import_bytes("deep-slots.json", doc, "nesting deeper than")

# Structure: duplicate ids, a slot that contains its own ancestor, non-object props.
import_bytes("dup.json", json.dumps({"content": [{"type": "A", "props": {"id": "x"}},
                                                 {"type": "B", "props": {"id": "x"}}]}),
             "content[1].props.id", "duplicate block id")
import_bytes("cycle.json", json.dumps({"content": [{"type": "G", "props": {"id": "A"}}],
                                       "zones": {"A:z": [{"type": "G", "props": {"id": "B"}}],
                                                 "B:z": [{"type": "G", "props": {"id": "A"}}]}}),
             'zones["B:z"][0]', "own ancestor")
import_bytes("slot-cycle.json", json.dumps({"content": [{"type": "G", "props": {"id": "A", "items": [
    {"type": "G", "props": {"id": "A"}}]}}]}), "content[0].props.items[0]", "own ancestor")
import_bytes("props-string.json", json.dumps({"content": [{"type": "A", "props": "oops"}]}),
             "content[0].props", "expected an object, found string")
import_bytes("props-array.json", json.dumps({"content": [{"type": "A", "props": [1, 2]}]}),
             "content[0].props", "found array")
import_bytes("not-object.json", "[1, 2, 3]", "expected a Puck Data object")

# Unknown theme id, unknown site, bad --value JSON.
proc = cli.run("sites", "create", "Nope", "--theme", "no-such-theme", ok=False)
checks.check(proc.returncode != 0 and 'unknown theme "no-such-theme"' in proc.stderr, f"unknown theme: {proc.stderr!r}")
checks.check(cache_state(cli) == before, "unknown theme: a site was created")
refused("unknown site", ["import-puck", good, "--site", "Nobody"], 'no site named "Nobody"')
refused("bad --value", ["block", "set", "--site", "Target", "--page", "/existing", "--id", "Hero-1687283596554",
                        "--prop", "title", "--value", "not json"], "--value", "line 1, column 1")
refused("set id", ["block", "set", "--site", "Target", "--page", "/existing", "--id", "Hero-1687283596554",
                   "--prop", "id", "--value", '"other"'], "id cannot be changed")
refused("set missing block", ["block", "set", "--site", "Target", "--page", "/existing", "--id", "nope",
                              "--prop", "title", "--value", '"x"'], 'no block "nope"')

# Path traversal in asset names: refused as an asset, and as an image reference it never renders.
passwd = cli.write("../../etc/passwd-copy", b"root:x:0:0")
refused("asset type", ["assets", "add", passwd, "--site", "Target"], "not an allowed asset type")

# <script> and javascript: in every kind of field: accepted as data (it is the user's text), named
# by validate, and inert in the rendered site.
hostile = {
    "root": {"props": {"title": "<script>alert(1)</script>"}},
    "content": [
        {"type": "Heading", "props": {"id": "h", "text": "<script>alert(1)</script>", "level": "2><script>x</script>"}},
        {"type": "Text", "props": {"id": "t", "text": "<script>alert(1)</script>", "maxWidth": "1px;background:url(javascript:alert(1))"}},
        {"type": "RichText", "props": {"id": "r", "body": "<script>alert(1)</script> [x](javascript:alert(1))"}},
        {"type": "Button", "props": {"id": "b", "label": "<b>x</b>", "href": "javascript:alert(1)", "variant": "primary\" onclick=\"x"}},
        {"type": "Image", "props": {"id": "i", "src": "javascript:alert(1)", "alt": "\"><script>", "href": " javascript:alert(1)"}},
        {"type": "Image", "props": {"id": "i2", "src": "assets/../../etc/passwd", "alt": "x"}},
        {"type": "Image", "props": {"id": "i3", "src": "theme:../../../etc/passwd", "alt": "x"}},
        {"type": "VideoEmbed", "props": {"id": "v", "url": "javascript:alert(1)", "title": "<script>"}},
        {"type": "Hero", "props": {"id": "hero", "title": "<script>", "description": "<img src=x onerror=alert(1)>",
                                    "buttons": [{"label": "<script>", "href": "JAVASCRIPT:alert(1)", "variant": "x"}],
                                    "image": {"url": "javascript:alert(1)", "alt": "<script>", "mode": "inline", "content": []}}},
        {"type": "FAQ", "props": {"id": "faq", "title": "t", "items": [{"question": "<script>", "answer": "<script>alert(1)</script>"}]}},
        {"type": "Contact", "props": {"id": "c", "title": "t", "email": "<script>", "phone": "javascript:alert(1)", "mapHref": "data:text/html,x"}},
    ],
}
path = cli.write("hostile.json", json.dumps(hostile))
cli.run("import-puck", path, "--site", "Target", "--page", "/hostile")
proc = cli.run("validate", "--site", "Target", ok=False)
checks.check(proc.returncode == 1, "validate: hostile site should have errors")
for where in ["content[3].props.href", "content[4].props.src", "content[4].props.href", "content[5].props.src",
              "content[6].props.src", "content[7].props.url", "content[8].props.buttons[0].href",
              "content[8].props.image.url", "content[1].props.maxWidth", "content[10].props.mapHref",
              "content[10].props.phone", "content[10].props.email"]:
    checks.check(where in proc.stderr, f"validate does not name {where}")
out = cli.path("hostile-site")
cli.run("render", "--site", "Target", "-o", out)
html = open(os.path.join(out, "hostile", "index.html"), encoding="utf-8").read().lower()
for bad in ["<script", "onerror=", "onclick=", "etc/passwd", "data:text", "url(javascript"]:
    checks.check(bad not in html, f"rendered hostile page contains {bad!r}")
# The words may appear as visible, escaped text; never inside a URL-bearing attribute.
import re
for m in re.finditer(r'(href|src|action|style|srcset)="([^"]*)"', html):
    checks.check("javascript:" not in m.group(2) and "data:" not in m.group(2), f"unsafe attribute {m.group(0)!r}")
checks.check('href="tel:' not in html, "an invalid phone number became a tel: link")
checks.finish()
