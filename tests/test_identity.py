from bot.identity import SECRET_ENV, hashed_id

TEAMS_ID = "29:1a2b3c-aad-object-id-of-an-employee"


def test_hash_is_stable_under_one_secret_and_differs_across_secrets(monkeypatch):
    monkeypatch.setenv(SECRET_ENV, "geheim-een")
    first = hashed_id(TEAMS_ID)
    assert first == hashed_id(TEAMS_ID)
    assert TEAMS_ID not in first and len(first) == 32
    assert hashed_id("29:another-employee") != first
    monkeypatch.setenv(SECRET_ENV, "geheim-twee")
    assert hashed_id(TEAMS_ID) != first


def test_without_its_own_secret_the_encryption_key_keys_the_hash(monkeypatch, tmp_path):
    monkeypatch.delenv(SECRET_ENV, raising=False)
    monkeypatch.delenv("IA_ENCRYPTION_KEY", raising=False)
    monkeypatch.setenv("IA_ENCRYPTION_KEY_FILE", str(tmp_path / "a.key"))
    first = hashed_id(TEAMS_ID)
    assert first == hashed_id(TEAMS_ID)
    monkeypatch.setenv("IA_ENCRYPTION_KEY_FILE", str(tmp_path / "b.key"))
    assert hashed_id(TEAMS_ID) != first
