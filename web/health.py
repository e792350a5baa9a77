"""GET /healthz: 200 when the database answers, 503 when it does not."""

from flask import Flask, jsonify

from web.extensions import heard


def healthz():
    if heard().db.ping():
        return jsonify(status="ok")
    return jsonify(status="unavailable"), 503


def init_app(app: Flask) -> None:
    app.add_url_rule("/healthz", "healthz", healthz)
