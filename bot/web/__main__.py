"""Serve the web app with waitress on 127.0.0.1:$WEB_PORT (default 8000)."""
import os

from waitress import serve

from bot.web import create_app

if __name__ == "__main__":
    serve(create_app(), host=os.environ.get("WEB_HOST", "127.0.0.1"), port=int(os.environ.get("WEB_PORT", "8000")))
