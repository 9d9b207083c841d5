import pytest

from bot.profile import ProfileError, load_profile


def test_the_shipped_profile_loads(profile_file):
    profile = load_profile()
    assert profile.organisatie == "gemeente Huizen"
    assert profile.geschenk_drempel_euro == 50
    assert profile.vertrouwenspersonen and profile.bewaartermijn_dagen > 0


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"geschenk_drempel_euro": -5}, "geschenk_drempel_euro"),
        ({"geschenk_drempel_euro": "vijftig"}, "geschenk_drempel_euro"),
        ({"vertrouwenspersonen": []}, "vertrouwenspersonen"),
        ({"vertrouwenspersonen": [{"naam": "A", "functie": "vp"}]}, "vertrouwenspersonen.0"),
        ({"vertrouwenspersonen": [{"naam": "A", "functie": "vp", "email": "geen-adres"}]}, "vertrouwenspersonen.0.email"),
        ({"links": {"folder_integriteit": "intranet", "meldregeling": "https://a.nl", "nevenwerk_registratie": "https://b.nl"}}, "links.folder_integriteit"),
        ({"bewaartermijn_dagen": 0}, "bewaartermijn_dagen"),
        ({"trend_drempel": 1}, "trend_drempel"),
        ({"drempel": 50}, "drempel"),
    ],
)
def test_a_bad_value_names_its_field(profile_file, changes, field):
    profile_file.edit(**changes)
    with pytest.raises(ProfileError, match=f"veld '{field}'"):
        load_profile()


def test_a_missing_field_is_named(profile_file):
    text = profile_file.path.read_text(encoding="utf-8")
    profile_file.write(text.replace("organisatie: gemeente Huizen", ""))
    with pytest.raises(ProfileError, match="veld 'organisatie'"):
        load_profile()


def test_not_yaml_and_missing_file(profile_file, tmp_path):
    profile_file.write("organisatie: [niet afgesloten")
    with pytest.raises(ProfileError, match="geen geldige YAML"):
        load_profile()
    with pytest.raises(ProfileError, match="niet te lezen"):
        load_profile(tmp_path / "bestaat-niet.yml")


def test_a_changed_file_is_read_again(profile_file):
    assert load_profile().geschenk_drempel_euro == 50
    profile_file.edit(geschenk_drempel_euro=25)
    assert load_profile().geschenk_drempel_euro == 25
