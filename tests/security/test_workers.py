"""Several workers, same behaviour: Slack's redeliveries across processes, the widget across workers.

Coach A runs two Sanic workers, coach B one; both share PostgreSQL and Redis (as in tests/e2e/test_scale.py),
both have the Slack channel (with a stand-in Web API) and a public door of their own.
"""
import asyncio
import json
import os
import time
import uuid

import pytest
import sqlalchemy as sa

from channels.seen import SeenInRedis
from scripts.door import nginx
from scripts.running import started_coach
from tests.e2e.test_scale import HOW, _redis_answers
from tests.e2e.test_slack import (BOT_TOKEN, SIGNING_SECRET, message_event, post, settled, tracker,  # noqa: F401
                                  slack_api, user_events)
from tests.security.client import Widget, request
from tests.security.conftest import NGINX_HOW, coach_env, needs_model
from tests.services import postgres_available, require

pytestmark = pytest.mark.e2e

WIDGETS = 8  # long-polling failed 8 times in 8 with two workers


@pytest.fixture(scope="module")
def two_coaches(slack_api, tmp_path_factory):
    pg, redis_url = os.environ.get("COACH_TEST_PG_URL"), os.environ.get("COACH_TEST_REDIS_URL")
    require("PostgreSQL", postgres_available(pg), HOW)
    require("Redis", bool(redis_url) and _redis_answers(redis_url), HOW)
    require("nginx", nginx() is not None, NGINX_HOW)
    needs_model()
    name = f"coach_workers_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    db_url = pg.rsplit("/", 1)[0] + "/" + name
    logs = tmp_path_factory.mktemp("workers")
    envs = [coach_env(db_url, COACH_REDIS_URL=redis_url, SANIC_WORKERS=workers, SLACK_BOT_TOKEN=BOT_TOKEN,
                      SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=slack_api.url) for workers in ("2", "1")]
    try:
        with started_coach(envs[0], log=logs / "a.log"), started_coach(envs[1], log=logs / "b.log"):
            yield envs
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_redelivery_to_another_coach_is_not_answered_again(two_coaches, slack_api):
    user, channel = f"U{uuid.uuid4().hex[:10].upper()}", f"D{uuid.uuid4().hex[:10].upper()}"
    event = json.dumps(message_event(user, channel, "hello there")).encode()
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"}
    # The first delivery to one coach, its redeliveries to the other and back: one message, one answer.
    statuses = [post(two_coaches[0], event)[0], post(two_coaches[1], event, headers=retry)[0]]
    settled(two_coaches[0], user, 1)
    replies = slack_api.posts(channel)
    statuses += [post(env, event, headers={**retry, "X-Slack-Retry-Num": "2"})[0] for env in two_coaches * 2]
    time.sleep(3)
    assert statuses == [200] * 6
    assert len(user_events(tracker(two_coaches[1], user))) == 1, "handled once"
    assert replies and slack_api.posts(channel) == replies, "answered once"


def test_the_event_ids_are_shared_through_redis():
    url = os.environ.get("COACH_TEST_REDIS_URL")
    require("Redis", bool(url) and _redis_answers(url), HOW)

    async def scenario():
        event_id = f"Ev{uuid.uuid4().hex}"
        one, other = SeenInRedis(url), SeenInRedis(url)  # two processes' views
        return [await one.first_delivery(event_id), await other.first_delivery(event_id),
                await one.first_delivery(event_id)]

    assert asyncio.run(scenario()) == [True, False, False]


def test_the_widget_works_across_two_workers_on_websocket_and_polling_is_refused(two_coaches):
    env = two_coaches[0]  # two workers behind its door
    origin = f"http://127.0.0.1:{env['PUBLIC_PORT']}"

    async def one_widget(index):
        async with Widget(origin, origin) as tab:
            token = await tab.start()
            greeting = await tab.say("/greet", replies=2)
            role = await tab.say(f"Account executive {index}")
        async with Widget(origin, origin) as tab:  # a reload: a new connection, perhaps to the other worker
            assert await tab.start(token) == token
            company = await tab.say("Globex")
        return greeting, role, company

    async def all_widgets():
        return await asyncio.gather(*(one_widget(index) for index in range(WIDGETS)))

    for greeting, role, company in asyncio.run(all_widgets()):
        assert "offer coach" in greeting[0] and role and company
    assert request("GET", f"{origin}/socket.io/?EIO=4&transport=polling")[0] == 400
