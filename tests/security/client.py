"""What an outsider (or a careless insider) sends: raw HTTP requests, and a widget's socket.io client."""
import asyncio
import json
import socket
import urllib.error
import urllib.request
from typing import Dict, List, Optional, Tuple
from urllib.parse import urlsplit

import socketio

Answer = Tuple[int, Dict[str, str], str]


def request(method: str, url: str, body: Optional[bytes] = None, headers: Optional[Dict[str, str]] = None,
            timeout: float = 60) -> Answer:
    """(status, headers, body text), whatever the status."""
    prepared = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(prepared, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8", "replace")


def status_before_the_body(url: str, size: int, timeout: float = 10) -> int:
    """Announces a POST body of `size` bytes, sends none of it, and returns the status the server answers
    with: a server that reads (or waits for) the body first answers nothing, and this times out."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall((f"POST {parts.path}{'?' + parts.query if parts.query else ''} HTTP/1.1\r\n"
                      f"Host: {parts.netloc}\r\nContent-Type: application/json\r\nContent-Length: {size}\r\n"
                      "\r\n").encode())
        status_line = sock.makefile("rb").readline().decode()
    return int(status_line.split()[1])


def door(env: dict, path: str) -> str:
    return f"http://127.0.0.1:{env['PUBLIC_PORT']}{path}"


def rasa(env: dict, path: str) -> str:
    return f"http://127.0.0.1:{env['RASA_PORT']}{path}"


def rest(env: dict, sender, message, url: Optional[str] = None) -> Answer:
    body = json.dumps({"sender": sender, "message": message}).encode()
    return request("POST", url or rasa(env, "/webhooks/rest/webhook"), body, {"Content-Type": "application/json"})


def texts(answer: Answer) -> List[str]:
    status, _, body = answer
    assert status == 200, answer
    return [message.get("text", "") for message in json.loads(body)]


class Widget:
    """A browser tab running the widget, as far as the server can tell: socket.io over WebSocket."""

    def __init__(self, url: str, origin: str, transports: Tuple[str, ...] = ("websocket",)) -> None:
        self.url, self.origin, self.transports = url, origin, list(transports)
        self.sio = socketio.AsyncClient(reconnection=False)
        self.received: "asyncio.Queue[Tuple[str, object]]" = asyncio.Queue()
        self.sio.on("session_confirm", self._confirmed)
        self.sio.on("bot_uttered", self._uttered)
        self.session: Optional[str] = None

    async def _confirmed(self, data) -> None:
        self.session = data
        await self.received.put(("session_confirm", data))

    async def _uttered(self, data) -> None:
        await self.received.put(("bot_uttered", data))

    async def __aenter__(self) -> "Widget":
        await self.sio.connect(self.url, transports=self.transports, socketio_path="/socket.io/",
                               headers={"Origin": self.origin}, wait_timeout=10)
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self.sio.disconnect()

    async def start(self, session: Optional[str] = None) -> str:
        await self.sio.emit("session_request", {"session_id": session})
        kind, data = await asyncio.wait_for(self.received.get(), 10)
        assert kind == "session_confirm", (kind, data)
        return data

    async def say(self, text, replies: int = 1, timeout: float = 60, **extra) -> List[str]:
        await self.sio.emit("user_uttered", {"message": text, **extra})
        return await self.heard(replies, timeout)

    async def heard(self, replies: int = 1, timeout: float = 60) -> List[str]:
        said = []
        while len(said) < replies:
            _kind, data = await asyncio.wait_for(self.received.get(), timeout)
            said.append(data.get("text", "") if isinstance(data, dict) else str(data))
        return said

    async def drain(self, quiet_seconds: float = 2) -> List[str]:
        """Everything said until nothing more comes for `quiet_seconds`."""
        said = []
        while True:
            try:
                _kind, data = await asyncio.wait_for(self.received.get(), quiet_seconds)
            except asyncio.TimeoutError:
                return said
            said.append(data.get("text", "") if isinstance(data, dict) else str(data))
