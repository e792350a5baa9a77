"""A web worker reads its text models when it is built, before its first request: no resident waits."""

from __future__ import annotations

import os

from tests.fresh_python import run_python
from tests.web.test_worker_imports import NOT_IN_A_WEB_WORKER

# What a turn reads on first use, each behind a cache that `warm` must fill.
LOADERS = (
    "bot.safeguarding.classifier.classifier",  # the screen's classifier
    "bot.text.linear._load_cached",  # the reply fallback's and the sentiment model's files
    "bot.insights.sentiment._vader",
    "bot.text.textblob_lexicon.pattern_sentiment",
)


def test_the_wsgi_module_reads_the_models_an_app_alone_leaves_for_first_use(tmp_path):
    code = (
        "import importlib, sys\n"
        f"names = {LOADERS!r}\n"
        "def sizes():\n"
        "    out = []\n"
        "    for name in names:\n"
        "        module, _, attr = name.rpartition('.')\n"
        "        out.append(getattr(importlib.import_module(module), attr).cache_info().currsize)\n"
        "    return out\n"
        "from web import create_app\n"
        "create_app()\n"
        "print(sizes())\n"
        "import web.wsgi\n"
        "print(sizes())\n"
        f"print(sorted(m for m in {NOT_IN_A_WEB_WORKER!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, SECRET_KEY="test", DATABASE_URL=f"sqlite:///{tmp_path}/heard.sqlite3")
    built, warmed, unused = run_python(code, env).strip().splitlines()[-3:]
    assert built == "[0, 0, 0, 0]", "building the app alone loads no model"
    assert warmed == "[1, 2, 1, 1]", "the reply and sentiment models, the classifier and both lexicons"
    assert unused == "[]", "warming imports nothing a worker does not need"


def test_the_wsgi_module_reads_the_models_before_it_builds_the_app(tmp_path):
    # Their parse frees tens of MB: read first, the app's views are imported into that memory
    # (bot/conversation/warm.py read_models).
    code = (
        "import sys\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'web.admin' and name not in sys.modules:\n"
        "            from bot.text.linear import _load_cached\n"
        "            from bot.safeguarding.classifier import classifier\n"
        "            print([_load_cached.cache_info().currsize, classifier.cache_info().currsize])\n"
        "        return None\n"
        "sys.meta_path.insert(0, Watch())\n"
        "import web.wsgi\n"
    )
    env = dict(os.environ, SECRET_KEY="test", DATABASE_URL=f"sqlite:///{tmp_path}/heard.sqlite3")
    assert run_python(code, env).strip().splitlines()[-1] == "[2, 1]"
