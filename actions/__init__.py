"""Rasa SDK custom actions: thin wrappers that read the tracker and call into `bot`."""
from bot.storage.encryption import check_production_key

check_production_key()  # in production ($IA_PRODUCTION) the action server does not start without IA_ENCRYPTION_KEY
