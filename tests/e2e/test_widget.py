"""The website widget in a real headless Chromium, against the real coach and its chat page.

The browser part is web/test/widget.mjs (playwright-core driving Debian's /usr/bin/chromium): open the
page through the public door (nginx) and the widget, answer the questions (clicking the Yes/No buttons
where they are offered) to a verdict and a draft, check the summary table, the draft's lines and that
nothing typed became markup, take the README's screenshot, reload, and carry on in the same conversation. Needs Node.js, the widget
installed (`make web`), Chromium and nginx; without them it skips, or fails when COACH_REQUIRE_SERVICES=1.

The screenshot goes to var/widget.png; COACH_SCREENSHOT=docs/widget.png refreshes the README's.
"""
import http.client
import importlib.util
import json
import os
import shutil
import subprocess
import threading
import time
import urllib.request
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from scripts.door import nginx
from scripts.running import api, api_token
from tests.services import require

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "web" / "test" / "widget.mjs"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

_spec = importlib.util.spec_from_file_location("coach_web_server", ROOT / "web" / "server.py")
page_server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(page_server)


@pytest.fixture
def page(monkeypatch):
    """web/server.py in this process, on a free port, for the Rasa server on port 5999."""
    monkeypatch.setattr(page_server.Handler, "rasa_port", "5999")
    monkeypatch.setattr(page_server.Handler, "socket_url", None)
    server = ThreadingHTTPServer(("127.0.0.1", 0), page_server.Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def get(path, host=None):
        connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
        connection.request("GET", path, headers={"Host": host} if host else {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()

    get.port = server.server_address[1]
    yield get
    server.shutdown()
    server.server_close()


def test_through_the_door_the_widget_connects_to_the_page_s_own_origin(page):
    connection = http.client.HTTPConnection("127.0.0.1", int(page.port), timeout=10)
    connection.request("GET", "/", headers={"Host": "coach.example.com", "X-Forwarded-Proto": "https"})
    response = connection.getresponse()
    body, policy = response.read(), response.getheader("Content-Security-Policy")
    assert b'<meta name="coach-socket-url" content="https://coach.example.com">' in body
    assert "connect-src 'self' https://coach.example.com wss://coach.example.com" in policy


def test_the_page_points_the_widget_at_the_rasa_port(page):
    status, headers, body = page("/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'<meta name="coach-socket-url" content="http://127.0.0.1:5999">' in body
    policy = headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "'unsafe-eval'" not in policy
    assert "connect-src 'self' http://127.0.0.1:5999 ws://127.0.0.1:5999" in policy
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_a_strange_host_header_cannot_inject_into_the_page(page):
    status, headers, body = page("/", host='evil"><script>alert(1)</script>:80')
    assert b"<script>alert" not in body and b'content="http://127.0.0.1:5999"' in body
    assert "evil" not in headers["Content-Security-Policy"]
    assert page("/", host="localhost:8080")[2].count(b'content="http://localhost:5999"') == 1


def test_only_the_page_files_are_served(page):
    for path in ("/server.py", "/../server.py", "/package.json", "/node_modules/rasa-webchat/lib/index.js",
                 "/public/index.html", "/%2e%2e/scripts/serve.py"):
        assert page(path)[0] == 404, path


def test_the_widget_is_served_locally_without_its_web_font_and_on_websocket_only(page):
    status, headers, body = page("/webchat.js")
    if not page_server.BUNDLE.is_file():
        assert status == 503 and b"make web" in body
        require("the widget's packages", False, "run `make web` (npm ci in web/)")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert b"WebChat" in body and b"fonts.googleapis.com" not in body
    assert body.count(page_server.WEBSOCKET_ONLY) == 1 and page_server.SOCKET_OPTIONS not in body




def page_answers(url: str, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.5)
    return False


@pytest.fixture(scope="session")
def browser_tools():
    """Node.js, the widget's packages and Chromium; checked before any coach is started for nothing."""
    node = shutil.which("node")
    require("Node.js", node is not None, "install Node.js 18+ (Debian: apt-get install nodejs npm)")
    require("the widget's packages", (ROOT / "web" / "node_modules" / "playwright-core").is_dir()
            and (ROOT / "web" / "node_modules" / "rasa-webchat" / "lib" / "index.js").is_file(),
            "run `make web` (npm ci in web/)")
    require("Chromium", os.access(CHROMIUM, os.X_OK), f"no browser at {CHROMIUM}: apt-get install chromium "
            "(or set CHROMIUM to a Chromium binary)")
    require("nginx", nginx() is not None, "the browser comes in through the public door: apt-get install nginx")
    return node


@pytest.mark.e2e
def test_a_conversation_in_the_widget_survives_a_reload_and_goes_on_to_the_second_round(browser_tools, coach,
                                                                                        tmp_path):
    assert page_answers(f"http://127.0.0.1:{coach['WEB_PORT']}/"), "the chat page answers on loopback"
    web_url = f"http://127.0.0.1:{coach['PUBLIC_PORT']}/"  # the public door
    assert page_answers(web_url), f"the chat page does not answer at {web_url}"
    screenshot = Path(os.environ.get("COACH_SCREENSHOT") or ROOT / "var" / "widget.png")
    env = dict(os.environ, WEB_URL=web_url, RASA_URL=f"http://127.0.0.1:{coach['RASA_PORT']}",
               RASA_TOKEN=api_token(coach),
               CHROMIUM=CHROMIUM, SCREENSHOT=str(screenshot.resolve()), HOME=str(tmp_path))
    result = subprocess.run([browser_tools, str(DRIVER)], cwd=ROOT / "web", env=env, capture_output=True,
                            text=True, timeout=300)
    report = json.loads(result.stdout.strip().splitlines()[-1]) if result.stdout.strip() else {}
    assert result.returncode == 0, f"the browser test failed:\n{result.stderr[-3000:]}\nreport: {report}"
    assert report.get("ok"), report

    # What the browser saw, checked once more from the server's side: one conversation, carried on.
    tracker = api(coach, f"/conversations/{report['conversationId']}/tracker", timeout=30)
    assert tracker["slots"]["verdict"] == "negotiate"
    assert (tracker["slots"]["employer_reply"], tracker["slots"]["round"]) == ("partial", 2)
    assert "Can you make it an email?" in [event["text"] for event in tracker["events"] if event["event"] == "user"]
    assert {event.get("input_channel") for event in tracker["events"] if event["event"] == "user"} == {"socketio"}
    assert report["buttonsClicked"], "a yes/no question was answered with its button"
    assert screenshot.stat().st_size > 10_000
