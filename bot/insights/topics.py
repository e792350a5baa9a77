"""Emerging topics: comments that match no configured theme, grouped into suggested new themes.

TF-IDF over the comments' word stems and NMF (scikit-learn, imported when a page asks)
give each suggestion its top words; each comment joins the topic it weighs most
on. Topics with fewer than MIN_COMMENTS comments are dropped (too few to be a
pattern, and too few to show without pointing at who said it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bot.insights.themes import stem, tokens

MIN_COMMENTS = 5
MAX_TOPICS = 8
TOP_WORDS = 6
EXAMPLES = 3
# Words that say how a resident felt, not what about: they would make every topic "good / bad".
FEELING_WORDS = frozenset(
    [
        "good",
        "great",
        "bad",
        "poor",
        "lovely",
        "nice",
        "terrible",
        "excellent",
        "brilliant",
        "awful",
        "thanks",
        "thank",
        "really",
        "very",
        "just",
        "did",
        "didn",
        "dont",
        "don",
        "got",
        "get",
        "like",
        "said",
        "told",
        "time",
        "yes",
        "ok",
        "okay",
    ]
)


@dataclass(frozen=True)
class Topic:
    words: list[str]  # most telling first
    comments: int
    examples: list[str]  # the comments most about this topic

    @property
    def name(self) -> str:
        """A theme name in config.yaml's spelling: lower-case letters, digits and _."""
        return re.sub(r"[^a-z0-9]+", "_", "_".join(self.words[:2]).lower()).strip("_") or "topic"

    def config_lines(self) -> str:
        """What to add under `themes:` in config.yaml to make this a theme."""
        keywords = ", ".join(f'"{w}"' if " " in w else w for w in self.words[:4])
        return f"  {self.name}: [{keywords}]"


def emerging_topics(texts: Sequence[str], max_topics: int = MAX_TOPICS) -> list[Topic]:
    """Suggested topics among `texts`, biggest first (deterministic for the same texts)."""
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    texts = [t for t in texts if t and t.strip()]
    if len(texts) < MIN_COMMENTS:
        return []
    skip = ENGLISH_STOP_WORDS | FEELING_WORDS
    spelling: dict[str, Counter[str]] = {}  # stem -> the words it came from, to show a real word

    def stemmed(text: str) -> list[str]:
        out = []
        for word in tokens(text[:2000]):
            if len(word) >= 3 and word.isalpha() and word not in skip:
                out.append(stem(word))
                spelling.setdefault(out[-1], Counter())[word] += 1
        return out

    vectoriser = TfidfVectorizer(analyzer=stemmed, min_df=2, max_df=0.6, max_features=5000, sublinear_tf=True)
    try:
        matrix = vectoriser.fit_transform(texts)
    except ValueError:  # no word left once common ones are dropped
        return []
    # One more component than the topics that could be shown, so a small group gets its own
    # (then dropped) instead of being pushed into a big one.
    topics = min(max_topics, matrix.shape[1], len(texts) // MIN_COMMENTS + 1)
    nmf = NMF(n_components=topics, init="nndsvda", random_state=0, max_iter=400)
    weights = nmf.fit_transform(matrix)
    vocabulary = vectoriser.get_feature_names_out()
    # Components that share one of their top three words are one topic split in two: merge them.
    groups: list[dict] = []
    for k in range(topics):
        component = nmf.components_[k]
        ranked = [vocabulary[j] for j in component.argsort()[::-1] if component[j] >= 0.2 * component.max()]
        members = [
            (-weights[i][k], i)
            for i in range(len(texts))
            if weights[i].max() > 0 and weights[i].argmax() == k
        ]
        if not ranked or not members:
            continue
        group = next((g for g in groups if set(g["words"][:3]) & set(ranked[:3])), None)
        if group is None:
            groups.append({"words": ranked, "members": members})
        else:
            group["words"] += [w for w in ranked if w not in group["words"]]
            group["members"] += members
    found = []
    for group in groups:
        if len(group["members"]) < MIN_COMMENTS:
            continue
        top = [spelling[s].most_common(1)[0][0] for s in group["words"][:TOP_WORDS]]
        ordered = [texts[i] for _, i in sorted(group["members"])]
        examples = list(dict.fromkeys(ordered))[:EXAMPLES]  # no example twice
        found.append(Topic(top, len(group["members"]), examples))
    return sorted(found, key=lambda t: (-t.comments, t.words))
