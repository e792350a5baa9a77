"""The templates' kept url_for (web/kept_urls.py) gives Flask's own address every time."""

from __future__ import annotations

from flask import url_for

CALLS = """{{ url_for('static', filename='heard.css') }}|{{ url_for('admin.dashboard') }}|
{{ url_for('admin.alerts') }}|{{ url_for('auth.sign_out') }}|{{ url_for('admin.user_edit', user_id=1) }}|
{{ url_for('admin.user_edit', user_id=True) }}|
{{ url_for('admin.export_responses', period=1) }}|{{ url_for('admin.export_responses', period=True) }}|
{{ url_for('admin.export_responses', period='90', team='east & <west>') }}|
{{ url_for('admin.export_responses', team='east', period='90') }}|
{{ url_for('admin.comments', theme=['a', 'b']) }}|
{{ url_for('public.results', lang='cy', _external=True) }}|{{ url_for('admin.dashboard', _anchor='trend') }}|
{{ url_for('static', filename='vendor/chart.umd.min.js') }}"""

FLASK_OWN = CALLS.replace("url_for(", "flask_url_for(")


def test_every_address_is_flasks_own(app):
    # One app, so one kept set: an address kept at one prefix must not be given at another.
    for prefix in ("", "/heard", "", "/council/heard"):
        for host in ("localhost", "heard.example.org"):
            with app.test_request_context("/admin/", base_url=f"http://{host}{prefix}/"):
                for _ in range(2):  # built, then kept
                    kept = app.jinja_env.from_string(CALLS).render()
                    own = app.jinja_env.from_string(FLASK_OWN).render(flask_url_for=app.url_for)
                    assert kept == own
                    assert kept.split("|")[1].strip() == f"{prefix}/admin/"


def test_outside_a_request_it_is_flasks_own(app):
    app.config["SERVER_NAME"] = "heard.example.org"
    with app.app_context():
        kept = app.jinja_env.globals["url_for"]("admin.dashboard")
        assert kept == url_for("admin.dashboard") == "http://heard.example.org/admin/"
