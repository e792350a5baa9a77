"""TextBlob's pattern-lexicon sentiment and word list, without importing the textblob package.

`import textblob` (or any `textblob.*`) first runs the package's __init__, which
imports its NLTK-based classes, and NLTK imports SciPy and scikit-learn: about
130 MB and 2 s in every web worker, for nothing Heard uses. The scorer needs only
textblob's pure-Python `_text` module and the lexicon files beside it, so this
finds the installed package without running it, loads `_text` under a name of its
own and builds the scorer exactly as `textblob.en` does (tests/text/
test_textblob_lexicon.py checks it against TextBlob's own on the sentiment corpus).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any


def _package_folder() -> Path:
    spec = importlib.util.find_spec("textblob")  # finds it; a top-level package is not run
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("textblob is not installed")
    return Path(spec.origin).parent


PACKAGE = _package_folder()
ENGLISH = PACKAGE / "en"


@cache
def _text_module() -> ModuleType:
    """textblob/_text.py (standard library imports only), loaded without its package."""
    spec = importlib.util.spec_from_file_location("heard_textblob_text", PACKAGE / "_text.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def pattern_sentiment() -> Any:
    """The callable `textblob.en.sentiment`: text -> (polarity, subjectivity)."""
    text = _text_module()

    class Sentiment(text.Sentiment):  # type: ignore[name-defined]
        """textblob.en.Sentiment: adjectives' "-ly" adverbs scored as the adjective."""

        def load(self, path: str | None = None) -> None:
            text.Sentiment.load(self, path)
            if not path:
                word: str
                pos: dict[str, tuple[float, float, float]]
                for word, pos in list(dict.items(self)):
                    if "JJ" in pos:
                        if word.endswith("y"):
                            word = word[:-1] + "i"
                        if word.endswith("le"):
                            word = word[:-2]
                        p, s, i = pos["JJ"]
                        self.annotate(word + "ly", "RB", p, s, i)

    lexicon = text.Lexicon(
        path=str(ENGLISH / "en-lexicon.txt"),
        morphology=str(ENGLISH / "en-morphology.txt"),
        context=str(ENGLISH / "en-context.txt"),
        entities=str(ENGLISH / "en-entities.txt"),
        language="en",
    )
    parser = text.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")
    return Sentiment(
        path=str(ENGLISH / "en-sentiment.xml"),
        synset="wordnet_id",
        negations=("no", "not", "n't", "never"),
        modifiers=("RB",),
        modifier=lambda w: w.endswith("ly"),
        tokenizer=parser.find_tokens,
        language="en",
    )
