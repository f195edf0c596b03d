"""The action server: rasa-sdk's, on loopback, answering only the Rasa server.

    python scripts/action_server.py --actions actions --port 5055     # rasa-sdk's own arguments

What it changes from `python -m rasa_sdk`:

- it listens on 127.0.0.1 (ACTIONS_HOST to change it), where rasa-sdk listens on every interface;
- every call but /health must carry `Authorization: Bearer <COACH_ACTIONS_SECRET>` (serving/keys.py: from
  the environment, else kept in var/actions-secret; the Rasa server sends it, endpoints.yml), else 401:
  nobody else on the machine can run `action_delete_data` for a candidate of their choosing;
- an action that raises is answered with 500 and the error's class only. rasa-sdk answers with the whole
  request (the tracker: everything the candidate said), which the Rasa server then logs; here the log gets
  the action, the conversation id, the error class and where it was raised, never the message;
- no CORS: only the Rasa server calls it.
"""
import hmac
import logging
import os
import sys
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if sys.path and Path(sys.path[0] or ".").resolve() == ROOT / "scripts":
    sys.path[0] = str(ROOT)  # run as a script: nothing in scripts/ may shadow a module rasa-sdk imports
elif str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SECRET_VARIABLE = "COACH_ACTIONS_SECRET"
OPEN_PATHS = ("/health",)

logger = logging.getLogger("coach.action_server")


def secured(app, secret: str) -> None:
    from sanic import response

    async def require_secret(request):
        if request.path in OPEN_PATHS:
            return None
        kind, _, given = (request.headers.get("authorization") or "").partition(" ")
        if kind.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), secret.encode()):
            return response.json({"error": "not the Rasa server: this call needs the actions secret"}, status=401)
        return None

    async def quiet_failure(request, exception: Exception):
        body = request.json if request.path == "/webhook" else None
        action = body.get("next_action") if isinstance(body, dict) else None
        sender = body.get("sender_id") if isinstance(body, dict) else None
        where = "".join(traceback.format_tb(exception.__traceback__)[-3:]).rstrip()
        logger.error("Action %s for %s raised %s at:\n%s", action, sender, type(exception).__name__, where)
        return response.json({"error": type(exception).__name__}, status=500)

    app.register_middleware(require_secret, "request")
    app.error_handler.add(Exception, quiet_failure)  # in place of rasa-sdk's, which echoes the request


def main() -> None:
    from rasa_sdk import utils
    from rasa_sdk.constants import APPLICATION_ROOT_LOGGER_NAME
    from rasa_sdk.endpoint import create_app, create_argument_parser

    from serving import keys
    from serving.lifeline import die_with_parent

    args = create_argument_parser().parse_args()
    keys.resolve(os.environ, ROOT / "var")  # serve.py passes it; started alone, the one kept in var/
    secret = os.environ[SECRET_VARIABLE]
    logging.getLogger("matplotlib").setLevel(logging.WARN)
    utils.configure_colored_logging(args.loglevel)
    utils.configure_file_logging(logging.getLogger(APPLICATION_ROOT_LOGGER_NAME), args.log_file, args.loglevel,
                                 args.logging_config_file)
    utils.update_sanic_log_level()

    app = create_app(args.actions, cors_origins=None)
    secured(app, secret)
    # With several workers (ACTION_SERVER_SANIC_WORKERS), each must die with this process too.
    app.register_listener(lambda _app, _loop: die_with_parent(), "before_server_start")
    host = os.environ.get("ACTIONS_HOST", "127.0.0.1")
    logger.info("Action server on http://%s:%s", host, args.port)
    app.run(host, args.port, workers=utils.number_of_sanic_workers())


if __name__ == "__main__":
    main()
