"""GET /admin/comments/topics: comments that match no theme, grouped into suggested new themes."""

from __future__ import annotations

from datetime import timedelta

from flask import render_template

from bot.insights.topics import MIN_COMMENTS, emerging_topics
from models.reports.comments import untagged_comments
from web.admin import bp
from web.admin.comments import comment_form, filter_query
from web.extensions import heard

# Grouping runs while the page loads: the newest comments are plenty to see what is emerging.
LATEST = 2000


@bp.get("/comments/topics")
def emerging_topics_page():
    form, filters, since, until = comment_form()
    with heard().db.begin() as session:
        texts = untagged_comments(session, filters, LATEST)
    return render_template(
        "admin/emerging_topics.html",
        form=form,
        topics=emerging_topics(texts),
        untagged=len(texts),
        latest=LATEST,
        min_comments=MIN_COMMENTS,
        since=since,
        last_day=until - timedelta(days=1),
        query=filter_query(),
    )
