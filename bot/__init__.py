"""Integriteitsassistent: the domain logic, independent of Rasa."""
