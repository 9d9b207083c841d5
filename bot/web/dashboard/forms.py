"""The dashboard's forms. Every POST form carries Flask-WTF's CSRF token; the period filter is
a GET form that changes nothing, so it has none."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import MonthField, PasswordField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from bot.notices.coordinator import MAX_MESSAGE_LENGTH


class LoginForm(FlaskForm):
    naam = StringField("Naam", validators=[InputRequired("Vul je naam in."), Length(max=100)])
    wachtwoord = PasswordField("Wachtwoord", validators=[InputRequired("Vul je wachtwoord in."), Length(max=1000)])


class ButtonForm(FlaskForm):
    """A button that does one thing (log out, acknowledge, close): only the CSRF token."""


class MessageForm(FlaskForm):
    tekst = TextAreaField("Bericht aan de melder", validators=[
        DataRequired("Schrijf eerst een bericht."),
        Length(max=MAX_MESSAGE_LENGTH, message=f"Een bericht mag hoogstens {MAX_MESSAGE_LENGTH} tekens lang zijn."),
    ])


class PeriodForm(FlaskForm):
    class Meta:
        csrf = False

    van = MonthField("Van", validators=[Optional()])
    tot = MonthField("Tot en met", validators=[Optional()])
