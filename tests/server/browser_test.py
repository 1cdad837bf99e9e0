"""Published pages in headless Chromium (Debian's chromium): sites in both built-in themes, with a
starter home page and Puck's demo page imported, are published to a real sitehostd; every page
must load with no console message (JavaScript errors, CSP violations, console.error) and every
stylesheet, script and image it references must load from the server."""
import html.parser
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse

from hostd import CliClient, Hostd, Checks

FIXTURES = os.environ["SS_FIXTURES_DIR"]
CHROMIUM = os.environ.get("SS_CHROMIUM", "/usr/bin/chromium")
c = Checks()


class Refs(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "") and a.get("href"):
            self.urls.append(a["href"])
        elif tag in ("script", "img", "source") and a.get("src"):
            self.urls.append(a["src"])


def chromium(url, profile):
    """The DOM after load and the console lines Chromium logged for the page."""
    p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                        "--virtual-time-budget=5000", "--dump-dom", url],
                       capture_output=True, text=True, timeout=120)
    console = [line for line in p.stderr.splitlines() if ":CONSOLE" in line]
    return p.returncode, p.stdout, console


def fix_feather_icons(client, site, page_json, slug):
    """Puck's demo uses the PascalCase icon "Feather" the themes do not list; fix like a user."""
    def walk(v):
        if isinstance(v, dict):
            props = v.get("props", {})
            if isinstance(props, dict) and props.get("icon") == "Feather":
                client.run("block", "set", "--site", site, "--page", slug, "--id", props["id"], "--prop", "icon",
                           "--value", json.dumps("feather"))
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    walk(page_json)


def main():
    if not os.path.exists(CHROMIUM):
        print(f"FAIL: {CHROMIUM} is missing (scripts/deps.sh installs chromium)")
        sys.exit(1)
    hostd = Hostd()
    base = f"http://127.0.0.1:{hostd.port}"
    client = CliClient("browser")
    client.login(base, "browser@example.com")
    demo = json.load(open(os.path.join(FIXTURES, "puck", "demo-home-slots.json")))
    sites = []
    for theme in ("studio", "harbor"):
        name = f"Chromium {theme.title()}"
        client.run("sites", "create", name, "--theme", theme, "--type", "restaurant")
        client.run("import-puck", os.path.join(FIXTURES, "puck", "demo-home-slots.json"), "--site", name, "--page",
                   "/puck-demo")
        fix_feather_icons(client, name, demo, "/puck-demo")
        client.run("validate", "--site", name)
        client.run("sync", "--yes")
        out = client.run("publish", "--site", name).stdout
        c.check("Published" in out, f"{theme}: published: {out}")
        m = re.search(r"Published .*?: (\S+)", out)
        sites.append((theme, name, m.group(1) if m else ""))

    with tempfile.TemporaryDirectory(prefix="ss-chromium-") as profile:
        for theme, name, live in sites:
            c.check(live == f"http://{name.lower().replace(' ', '-')}.localhost:{hostd.port}/",
                    f"{theme}: publish printed the live address {live}")
            for path in ("/", "/puck-demo/"):
                url = live.rstrip("/") + path
                code, dom, console = chromium(url, profile)
                c.check(code == 0 and "</html>" in dom, f"{theme} {path}: chromium loaded the page: exit {code}")
                c.check(name in dom, f"{theme} {path}: the page is the published one: {dom[:300]}")
                c.check(not console, f"{theme} {path}: console messages:\n" + "\n".join(console))
                refs = Refs()
                refs.feed(dom)
                c.check(any(u.endswith(".css") for u in refs.urls), f"{theme} {path}: references stylesheets: {refs.urls}")
                for ref in refs.urls:
                    target = urllib.parse.urlsplit(urllib.parse.urljoin(url, ref))
                    if target.scheme not in ("http", "") or target.hostname not in (urllib.parse.urlsplit(live).hostname, None):
                        continue  # external embeds (none expected) are not the server's
                    conn = http.client.HTTPConnection("127.0.0.1", hostd.port, timeout=30)
                    conn.request("GET", target.path or "/", headers={"Host": urllib.parse.urlsplit(live).netloc})
                    r = conn.getresponse()
                    r.read()
                    conn.close()
                    c.check(r.status == 200, f"{theme} {path}: {target.path} loads: HTTP {r.status}")
    hostd.stop()
    c.finish()


if __name__ == "__main__":
    main()
