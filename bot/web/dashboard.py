"""The advisers' dashboard (issue 11 builds it)."""
from flask import Blueprint

blueprint = Blueprint("dashboard", __name__)


@blueprint.get("/")
def home():
    return "Beheer"
