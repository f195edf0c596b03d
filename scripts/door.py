"""The public door: nginx, configured from deploy/nginx/coach.conf, as one of serve.py's children.

serve.py opens it when PUBLIC_PORT is set (`make public`):

    PUBLIC_PORT       the port it listens on (`make public`: 8000)
    PUBLIC_HOST       the address it listens on (default 0.0.0.0: every interface)
    PUBLIC_TLS_CERT   with PUBLIC_TLS_KEY, a certificate (chain) and its key in PEM: the door speaks HTTPS,
    PUBLIC_TLS_KEY    with deploy/nginx/tls.conf's settings

Its configuration is written to var/door-<port>/ (with nginx's temporary files) and removed when it stops.
nginx runs in the foreground as the user who started the coach, so the port must be above 1023 unless
that user may bind lower ones (the systemd unit in deploy/systemd/ grants exactly that).
"""
import os
import shutil
from pathlib import Path
from typing import List, Mapping, Optional

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "coach.conf"
TLS_SETTINGS = ROOT / "deploy" / "nginx" / "tls.conf"
NGINX_HOW = "install nginx (Debian/Ubuntu: sudo apt-get install nginx; macOS: brew install nginx)"


def nginx() -> Optional[str]:
    """nginx's path, or None. Debian puts it in /usr/sbin, which a user's PATH may not have."""
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin:/opt/homebrew/bin")


def directory(env: Mapping[str, str]) -> Path:
    return ROOT / "var" / f"door-{env['PUBLIC_PORT']}"


def tls(env: Mapping[str, str]) -> Optional[Mapping[str, str]]:
    cert, key = env.get("PUBLIC_TLS_CERT"), env.get("PUBLIC_TLS_KEY")
    if not cert and not key:
        return None
    if not (cert and key):
        raise ValueError("PUBLIC_TLS_CERT and PUBLIC_TLS_KEY go together: set both for HTTPS, or neither")
    return {"cert": str(Path(cert).resolve()), "key": str(Path(key).resolve())}


def scheme(env: Mapping[str, str]) -> str:
    return "https" if tls(env) else "http"


def configuration(env: Mapping[str, str]) -> str:
    certificate = tls(env)
    values = {
        "DOOR_DIR": str(directory(env)),
        "PUBLIC_HOST": env.get("PUBLIC_HOST") or "0.0.0.0",
        "PUBLIC_PORT": env["PUBLIC_PORT"],
        "RASA_PORT": env["RASA_PORT"],
        "WEB_PORT": env["WEB_PORT"],
        "TLS_LISTEN": " ssl http2" if certificate else "",
        "TLS_SETTINGS": (f"ssl_certificate {certificate['cert']};\n        ssl_certificate_key {certificate['key']};\n"
                         f"        include {TLS_SETTINGS};") if certificate else "",
    }
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    if "{{" in text:
        raise ValueError(f"{TEMPLATE} names a value scripts/door.py doesn't fill in")
    return text


def command(env: Mapping[str, str]) -> List[str]:
    """The command that runs nginx with this door's configuration (see `write`), in the foreground."""
    binary = nginx()
    if binary is None:
        raise FileNotFoundError(f"the public door needs nginx: {NGINX_HOW}")
    door = directory(env)
    return [binary, "-p", str(door), "-c", str(door / "nginx.conf"), "-e", "stderr", "-g", "daemon off;"]


def write(env: Mapping[str, str]) -> None:
    door = directory(env)
    door.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        door.chmod(0o755)  # nginx's workers run as nobody when it is started as root
    (door / "nginx.conf").write_text(configuration(env))


def remove(env: Mapping[str, str]) -> None:
    shutil.rmtree(directory(env), ignore_errors=True)
