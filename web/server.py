"""The chat page: a tiny static server for the website widget, nothing from a CDN.

    python web/server.py [--host 127.0.0.1] [--port $WEB_PORT]

Serves exactly five files: the page, its script and style, and rasa-webchat's standalone bundle from
web/node_modules (installed from web/package-lock.json by `make web`). The widget talks socket.io to the
Rasa server directly: by default at the page's own host name on RASA_PORT, or at COACH_SOCKET_URL when the
Rasa server is reached some other way (a reverse proxy, another host).

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
_HOST_NAME = re.compile(r"^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)$")


def socket_origin(host_header: Optional[str], rasa_port: str, configured: Optional[str]) -> str:
    """Where the widget connects: COACH_SOCKET_URL, else this page's host name on the Rasa port."""
    if configured:
        parts = urlsplit(configured)
        return f"{parts.scheme}://{parts.netloc}"
    host = (host_header or "127.0.0.1").strip()
    name = host.rsplit(":", 1)[0] if not host.endswith("]") and host.count(":") == 1 else host
    if not _HOST_NAME.match(name):
        name = "127.0.0.1"
    return f"http://{name}:{rasa_port}"


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
        origin = socket_origin(self.headers.get("Host"), self.rasa_port, self.socket_url)
        if entry is None or not entry[0].is_file():
            missing = entry is not None
            body = (b"the widget is not installed: run `make web`\n" if missing else b"not found\n")
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE if missing else HTTPStatus.NOT_FOUND,
                              body, "text/plain; charset=utf-8", origin, head)
        file, content_type = entry
        body = file.read_bytes()
        if file == BUNDLE:
            body = body.replace(GOOGLE_FONT, b"")
        elif content_type.startswith("text/html"):
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
