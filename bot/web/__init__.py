"""The project's web app: the intranet chat page at `/` and the advisers' dashboard at `/beheer/`.

`create_app()` builds the Flask app; `python -m bot.web` serves it with waitress on
127.0.0.1, port $WEB_PORT (default 8000).
"""
from __future__ import annotations

from flask import Flask


def create_app() -> Flask:
    from bot.web import chat, dashboard

    app = Flask(__name__)
    app.register_blueprint(chat.blueprint)
    app.register_blueprint(dashboard.blueprint, url_prefix="/beheer")
    dashboard.init_app(app)
    return app
