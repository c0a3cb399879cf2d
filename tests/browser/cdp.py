#!/usr/bin/env python3
"""Open a page in headless Chromium through the DevTools protocol over a pipe (standard
library only) at each given width, and print what the tests check, as JSON: the document's
scroll width against the viewport's, the SVG titles and descriptions, every request the page
made besides itself, and every console or security (CSP) error. A screenshot per width is
written to OUT_DIR/shot-WIDTH.png.

  cdp.py PAGE.html OUT_DIR WIDTH [WIDTH ...]
"""
import base64
import json
import os
import subprocess
import sys
import tempfile

PROBE = """JSON.stringify({
  scrollWidth: document.documentElement.scrollWidth,
  clientWidth: document.documentElement.clientWidth,
  titles: [...document.querySelectorAll('svg > title')].map(t => t.textContent),
  descs: [...document.querySelectorAll('svg > desc')].map(t => t.textContent),
  text: document.body.innerText,
})"""


class Browser:
    def __init__(self):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        self.profile = tempfile.TemporaryDirectory()

        def wire():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-extensions", "--disable-default-apps",
             f"--user-data-dir={self.profile.name}", "--remote-debugging-pipe", "about:blank"],
            preexec_fn=wire, pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def read(self):
        while b"\0" not in self.buf:
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                sys.exit("chromium closed the pipe")
            self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, params=None, session=None):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_chrome, json.dumps(msg).encode() + b"\0")
        while True:
            m = self.read()
            if m.get("id") == self.next_id:
                if "error" in m:
                    sys.exit(f"{method}: {m['error']}")
                return m["result"]
            self.events.append(m)

    def wait_for(self, method):
        for i, m in enumerate(self.events):
            if m.get("method") == method:
                del self.events[i]
                return m
        while True:
            m = self.read()
            if m.get("method") == method:
                return m
            self.events.append(m)


def main():
    page, out_dir, widths = sys.argv[1], sys.argv[2], [int(w) for w in sys.argv[3:]]
    url = "file://" + os.path.abspath(page)
    b = Browser()
    target = b.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    s = b.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ["Page", "Network", "Log", "Runtime"]:
        b.call(f"{domain}.enable", session=s)
    result = {"widths": {}, "requests": [], "errors": []}
    for w in widths:
        b.call("Emulation.setDeviceMetricsOverride",
               {"width": w, "height": 900, "deviceScaleFactor": 1, "mobile": w < 600}, session=s)
        b.call("Page.navigate", {"url": url}, session=s)
        b.wait_for("Page.loadEventFired")
        probe = b.call("Runtime.evaluate", {"expression": PROBE, "returnByValue": True}, session=s)
        result["widths"][str(w)] = json.loads(probe["result"]["value"])
        shot = b.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session=s)
        with open(os.path.join(out_dir, f"shot-{w}.png"), "wb") as f:
            f.write(base64.b64decode(shot["data"]))
    for m in b.events:
        p = m.get("params", {})
        if m.get("method") == "Network.requestWillBeSent":
            u = p["request"]["url"]
            if u != url and not u.startswith("data:"):
                result["requests"].append(u)
        elif m.get("method") == "Log.entryAdded" and p["entry"]["level"] in ("error", "warning"):
            result["errors"].append(p["entry"]["text"])
        elif m.get("method") == "Runtime.consoleAPICalled" and p["type"] in ("error", "warning"):
            result["errors"].append(str(p["args"]))
    b.call("Browser.close")
    b.proc.wait(timeout=30)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
