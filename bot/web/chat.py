"""The intranet chat page (issue 12 builds it)."""
from flask import Blueprint

blueprint = Blueprint("chat", __name__)


@blueprint.get("/")
def page():
    return "Integriteitsassistent"
