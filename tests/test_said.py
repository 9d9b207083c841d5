"""Facts said in passing are read from the message, so the form does not ask them again."""
import pytest

from bot.said import facts_said, gift_accepted


@pytest.mark.parametrize("text", [
    "een leverancier wil me een fles wijn geven",
    "De aannemer wil ons team een taart sturen, kan dat?",
    "ik kreeg een cadeaubon aangeboden van een adviesbureau",
    "Mij wordt door een projectontwikkelaar een horloge aangeboden.",
    "mag ik een kerstpakket van een leverancier aannemen?",
    "de garage bood aan mijn auto gratis te repareren",
    "ik heb de bon van 40 euro meteen geweigerd",
    "na de ceremonie wilde het bruidspaar me een envelop geven",
])
def test_an_offer_is_not_accepted_yet(text):
    assert gift_accepted(text) is False


@pytest.mark.parametrize("text", [
    "ik kreeg vanochtend een cadeaubon van 60 euro van een adviesbureau",
    "Ik heb van de aannemer een fles champagne gekregen.",
    "er is een kerstpakket bezorgd van de drukkerij",
    "De bonbons liggen nu in mijn la, wat moet ik doen?",
    "er staat een doos bonbons op mijn bureau van een inwoner",
    "mag ik die fles wijn houden?",
    "Een ondernemer stuurde een mand met streekproducten naar kantoor.",
    "er staat hier een kerstpakket van de drukkerij, wat moet ik ermee",
])
def test_a_gift_received_is_accepted(text):
    assert gift_accepted(text) is True


@pytest.mark.parametrize("text", ["mag dat?", "een cadeau van een leverancier", ""])
def test_without_a_clear_cue_it_is_asked(text):
    assert gift_accepted(text) is None


def test_only_the_gift_theme_reads_acceptance():
    assert facts_said("dilemma_geschenk", "ik kreeg een fles wijn") == {"al_aangenomen": True}
    assert facts_said("dilemma_uitnodiging", "ik kreeg een uitnodiging") == {}
