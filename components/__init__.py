"""Custom Rasa NLU components, thin adapters around models in `bot/`."""
