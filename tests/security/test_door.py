"""The public door's own settings: HTTPS as deploy/nginx/tls.conf says, the laptop without nginx told what is
missing, and the systemd unit in the repository accepted by systemd."""
import shutil
import ssl
import subprocess
import threading
import time
import urllib.error
import urllib.request
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from scripts import door, serve
from tests.e2e.conftest import ROOT, free_port
from tests.e2e.test_shell import listening
from tests.security.conftest import NGINX_HOW
from tests.services import require


class Page(SimpleHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = b"the chat page"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def tls_door(tmp_path):
    """The door alone, with a self-signed certificate, in front of a stand-in chat page."""
    require("nginx", door.nginx() is not None, NGINX_HOW)
    require("openssl", shutil.which("openssl") is not None, "apt-get install openssl")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    page = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=page.serve_forever, daemon=True).start()
    env = {"PUBLIC_PORT": str(free_port()), "PUBLIC_HOST": "127.0.0.1", "RASA_PORT": str(free_port()),
           "WEB_PORT": str(page.server_address[1]), "PUBLIC_TLS_CERT": str(cert), "PUBLIC_TLS_KEY": str(key)}
    door.write(env)
    nginx = subprocess.Popen(door.command(env), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        yield env, cert
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
        door.remove(env)
        page.shutdown()
        page.server_close()


def https_get(env, cert, **context_settings):
    context = ssl.create_default_context(cafile=str(cert))
    context.set_ciphers("DEFAULT:@SECLEVEL=0")  # this client would speak old TLS: the door must refuse it
    for name, value in context_settings.items():
        setattr(context, name, value)
    return urllib.request.urlopen(f"https://127.0.0.1:{env['PUBLIC_PORT']}/", context=context, timeout=10)


def test_the_door_speaks_https_with_the_documented_settings(tls_door):
    env, cert = tls_door
    deadline = time.monotonic() + 10
    while not listening(int(env["PUBLIC_PORT"])) and time.monotonic() < deadline:
        time.sleep(0.1)  # nginx takes a moment to listen
    response = https_get(env, cert)
    assert response.status == 200 and response.read() == b"the chat page"
    assert response.headers["Strict-Transport-Security"] == "max-age=63072000"
    assert "nginx/" not in (response.headers.get("Server") or ""), "no version given away"
    assert https_get(env, cert, maximum_version=ssl.TLSVersion.TLSv1_2).status == 200
    with pytest.raises(urllib.error.URLError, match="PROTOCOL_VERSION"):  # the door's refusal, not ours
        https_get(env, cert, maximum_version=ssl.TLSVersion.TLSv1_1, minimum_version=ssl.TLSVersion.TLSv1)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{env['PUBLIC_PORT']}/", timeout=10)  # no plain HTTP on it


def test_half_a_certificate_pair_is_refused(tmp_path):
    with pytest.raises(ValueError, match="go together"):
        door.tls({"PUBLIC_TLS_CERT": str(tmp_path / "cert.pem")})


def test_without_nginx_the_coach_runs_on_loopback_and_says_what_is_missing(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(door, "nginx", lambda: None)
    env = {"RASA_PORT": "5005", "ACTIONS_PORT": "5055", "WEB_PORT": "8080",
           "COACH_DB_URL": f"sqlite:///{tmp_path / 'c.db'}"}
    serve.announce("run", env)
    said = capsys.readouterr().out
    assert "http://127.0.0.1:8080/" in said
    assert "public door    off: everything is on 127.0.0.1 only" in said and door.NGINX_HOW in said
    assert serve.prepare("run", dict(env, PUBLIC_PORT="8000")) == 2, "asked for the door: refused, not half-served"
    assert "the public door needs nginx" in capsys.readouterr().err


def test_the_systemd_unit_is_one_systemd_accepts(tmp_path):
    analyze = shutil.which("systemd-analyze")
    require("systemd-analyze", analyze is not None, "systemd's tools (Debian: apt-get install systemd)")
    unit = tmp_path / "offer-coach.service"
    unit.write_text((ROOT / "deploy" / "systemd" / "offer-coach.service").read_text().replace("/opt/offer-coach",
                                                                                             str(ROOT)))
    (ROOT / ".rasa").mkdir(exist_ok=True)
    result = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout + result.stderr
    assert "ExecStart=" + str(ROOT / ".venv" / "bin" / "python") + " scripts/serve.py run" in unit.read_text()
