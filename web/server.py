"""The chat page: a tiny static server for the website widget, nothing from a CDN.

    python web/server.py [--host 127.0.0.1] [--port $WEB_PORT]

Serves exactly five files: the page, its script and style, and rasa-webchat's standalone bundle from
web/node_modules (installed from web/package-lock.json by `make web`). The widget talks socket.io to the
Rasa server: through the public door (deploy/nginx/coach.conf, which marks what it passes with
X-Forwarded-Proto) at the page's own address; on loopback at the page's host name on RASA_PORT; or at
COACH_SOCKET_URL when that is set. It listens on 127.0.0.1 only: the door is the way in from outside.

The bundle is served with two edits, each checked (a widget version they don't fit is refused with 503,
not served half-working): its stylesheets' Google font import is dropped, and the widget is told to use
WebSocket from the start instead of long-polling first (the Rasa server accepts only WebSocket, see
channels/socketio.py).

Every response carries a Content-Security-Policy: scripts only from this server (so no inline script and
no `javascript:` link can run, whatever ends up in a message), connections only to this server and the
Rasa server, images only from here. The bundle's stylesheets import a Google font; the server drops those imports
(the policy would refuse them anyway) and the page uses the system's sans-serif, so it works offline.
"""
import argparse
import html
import os
import re
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, Optional, Tuple
from urllib.parse import urlsplit

WEB = Path(__file__).resolve().parent
BUNDLE = WEB / "node_modules" / "rasa-webchat" / "lib" / "index.js"
FILES: Dict[str, Tuple[Path, str]] = {
    "/": (WEB / "public" / "index.html", "text/html; charset=utf-8"),
    "/index.html": (WEB / "public" / "index.html", "text/html; charset=utf-8"),
    "/coach.js": (WEB / "public" / "coach.js", "text/javascript; charset=utf-8"),
    "/coach.css": (WEB / "public" / "coach.css", "text/css; charset=utf-8"),
    "/webchat.js": (BUNDLE, "text/javascript; charset=utf-8"),
}
# The bundle's stylesheets each @import a Google font: dropped when served (the page must work offline, and
# the policy below would refuse it anyway); coach.css gives the widget the system's sans-serif instead.
GOOGLE_FONT = b"@import url(https://fonts.googleapis.com/css?family=Inter:400,500,700&display=swap);"
# rasa-webchat 1.0.1 opens its socket with only a path; socket.io-client then polls before upgrading.
SOCKET_OPTIONS = b"r=n?{path:n}:{},o=zo()(e,r)"
WEBSOCKET_ONLY = b'r=Object.assign(n?{path:n}:{},{transports:["websocket"]}),o=zo()(e,r)'
_HOST_NAME = re.compile(r"^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)$")


def socket_origin(host_header: Optional[str], rasa_port: str, configured: Optional[str],
                  door_scheme: Optional[str] = None) -> str:
    """Where the widget connects: COACH_SOCKET_URL; else, through the public door, the page's own origin;
    else this page's host name on the Rasa port."""
    if configured:
        parts = urlsplit(configured)
        return f"{parts.scheme}://{parts.netloc}"
    host = (host_header or "127.0.0.1").strip()
    name, _, port = host.rpartition(":") if not host.endswith("]") and host.count(":") == 1 else (host, "", "")
    if not _HOST_NAME.match(name) or (port and not port.isdigit()):
        name, port = "127.0.0.1", ""
    if door_scheme in ("http", "https"):
        return f"{door_scheme}://{name}{':' + port if port else ''}"
    return f"http://{name}:{rasa_port}"


def widget_bundle() -> Optional[bytes]:
    """The bundle as served, or None when it isn't the version these edits were written for."""
    body = BUNDLE.read_bytes()
    if GOOGLE_FONT not in body or body.count(SOCKET_OPTIONS) != 1:
        return None
    return body.replace(GOOGLE_FONT, b"").replace(SOCKET_OPTIONS, WEBSOCKET_ONLY)


def content_security_policy(origin: str) -> str:
    socket = re.sub(r"^http", "ws", origin)
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        # The widget sets inline styles and injects its stylesheet as <style> elements.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        # The widget's icons are fonts in data: URLs.
        "font-src 'self' data:",
        f"connect-src 'self' {origin} {socket}",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
    ])


class Handler(BaseHTTPRequestHandler):
    rasa_port = "5005"
    socket_url: Optional[str] = None

    def version_string(self) -> str:
        return "coach-web"

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self._respond(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._respond(head=False)

    def _respond(self, head: bool) -> None:
        path = urlsplit(self.path).path
        entry = FILES.get(path)
        origin = socket_origin(self.headers.get("Host"), self.rasa_port, self.socket_url,
                               self.headers.get("X-Forwarded-Proto"))
        if entry is None or not entry[0].is_file():
            missing = entry is not None
            body = (b"the widget is not installed: run `make web`\n" if missing else b"not found\n")
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE if missing else HTTPStatus.NOT_FOUND,
                              body, "text/plain; charset=utf-8", origin, head)
        file, content_type = entry
        body = widget_bundle() if file == BUNDLE else file.read_bytes()
        if body is None:
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE, b"this version of the widget is not supported: run "
                              b"`make web`\n", "text/plain; charset=utf-8", origin, head)
        if content_type.startswith("text/html"):
            socket_url = self.socket_url or origin
            body = body.replace(b"{{SOCKET_URL}}", html.escape(socket_url, quote=True).encode())
        self._send(HTTPStatus.OK, body, content_type, origin, head)

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, origin: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", content_security_policy(origin))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        if os.environ.get("COACH_WEB_LOG"):
            super().log_message(format, *args)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("WEB_PORT", "8080")))
    parser.add_argument("--rasa-port", default=os.environ.get("RASA_PORT", "5005"))
    args = parser.parse_args()
    if not BUNDLE.is_file():
        print(f"warning: {BUNDLE.relative_to(WEB.parent)} is missing: run `make web`; the page will say so",
              file=sys.stderr)
    Handler.rasa_port = str(args.rasa_port)
    Handler.socket_url = os.environ.get("COACH_SOCKET_URL") or None
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    print(f"Chat page on http://{args.host}:{args.port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
