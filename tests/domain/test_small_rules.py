"""Pure rules of the small domain modules (issue 20 item 6: mutation testing of
``domain/tokens.py``, ``options.py``, ``clock.py``, ``pseudonymise.py``): boundaries at
their value, results as literals."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import importlib
import math
from datetime import date, datetime

import pytest

from ssa_desktop.domain import clock, options, tokens
from ssa_desktop.domain import pseudonymise as ps
from ssa_desktop.domain.errors import UserError

# -- tokens ------------------------------------------------------------------------------

def _hmac(secret: str, message: str) -> str:
    return hmac.new(secret.encode("utf-8"), message.encode("utf-8"),
                    hashlib.sha256).hexdigest()[:32]


def test_tokens_are_the_hmac_of_label_and_parts():
    assert tokens.derive("s3cret", "person", 2025) == _hmac("s3cret", "person|2025")
    assert tokens.derive("ä", "x", "ü", None) == _hmac("ä", "x|ü|None")
    assert len(tokens.derive("s", "l")) == 32 and tokens.derive("s", "l") == _hmac("s", "l")
    assert tokens.derive("", "person", 2025) == ""
    assert tokens.person_token("tok", 2025) == _hmac("tok", "person|2025")
    assert tokens.person_token("", 2025) == ""
    assert tokens.case_token("tok", "c1", 2025) == _hmac("tok", "case|c1|2025")
    assert tokens.case_token("tok", None, 2025) == ""
    assert tokens.case_token("tok", "", 2025) == ""
    assert tokens.group_token("g1", 2025) == _hmac("g1", "group|2025")
    assert tokens.group_token(None, 2025) == ""
    # a goal's outcome, one per year (statement deletion: goal_token answering None survived)
    assert tokens.goal_token("z1", 2025) == _hmac("z1", "goal|2025")
    assert tokens.goal_token("", 2025) == ""


# -- options -----------------------------------------------------------------------------

def _opt(kind, default, **kw) -> options.Option:
    return options.Option("test.x", kind, default, "Testwert", **kw)


def test_option_defaults():
    o = _opt(int, 0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        o.default = 1
    assert (o.legal_basis, o.minimum, o.maximum, o.choices, o.help) == ("", None, None, (), "")
    assert issubclass(options.OptionError, UserError)


@pytest.mark.parametrize(("kind", "good", "bad"), [
    (bool, [True, False], [1, 0, "ja", None]),
    (int, [0, -3, 7], [True, False, 1.0, "1", None]),
    (float, [0, 1.5, -2], [True, "1.5", None, math.inf, -math.inf, math.nan]),
    (str, ["", "a"], [1, None, b"a"]),
    (dict, [{}, {"a": 1}], [[], "x"]),
    (list, [[], [1]], [(), {}]),
])
def test_option_types(kind, good, bad):
    o = _opt(kind, kind())
    for v in good:
        assert o.validate(v) == v
    for v in bad:
        with pytest.raises(options.OptionError) as e:
            o.validate(v)
        assert str(e.value) == "„Testwert“: ungültiger Wert."


def test_float_option_turns_an_int_into_a_float():
    got = _opt(float, 0.0).validate(2)
    assert got == 2.0 and type(got) is float


def test_option_bounds_at_their_value():
    o = _opt(int, 5, minimum=0, maximum=120)
    assert o.validate(0) == 0 and o.validate(120) == 120
    with pytest.raises(options.OptionError) as e:
        o.validate(-1)
    assert str(e.value) == "„Testwert“: der Wert darf nicht kleiner als 0 sein."
    with pytest.raises(options.OptionError) as e:
        o.validate(121)
    assert str(e.value) == "„Testwert“: der Wert darf nicht größer als 120 sein."
    f = _opt(float, 1.0, minimum=0.5, maximum=2.5)
    assert f.validate(0.5) == 0.5 and f.validate(2.5) == 2.5
    with pytest.raises(options.OptionError):
        f.validate(0.49)
    with pytest.raises(options.OptionError):
        f.validate(2.51)


def test_option_choices():
    o = _opt(str, "a", choices=("a", "b"))
    assert o.validate("b") == "b"
    with pytest.raises(options.OptionError) as e:
        o.validate("c")
    assert str(e.value) == "„Testwert“: dieser Wert ist nicht vorgesehen."
    assert _opt(str, "").validate("c") == "c"


def test_option_encode_and_decode():
    o = _opt(dict, {})
    assert o.encode({"b": 1, "a": "ä"}) == '{"a": "ä", "b": 1}'
    assert o.decode('{"a": "ä", "b": 1}') == {"a": "ä", "b": 1}
    n = _opt(int, 7, minimum=0, maximum=9)
    with pytest.raises(options.OptionError):
        n.encode(10)
    assert n.decode(None) == 7 and n.decode("") == 7
    assert n.decode("3") == 3
    assert n.decode("10") == 7          # no longer valid: the default
    assert n.decode("{not json") == 7
    assert n.decode("true") == 7
    assert _opt(str, "d").decode('""') == ""


def test_declare_and_get_option():
    o = options.Option("test.declare.one", int, 1, "Eins", minimum=0)
    assert options.declare(o) is o
    assert options.declare(options.Option("test.declare.one", int, 1, "Eins",
                                          minimum=0)) is not None
    assert options.get_option("test.declare.one") == o
    with pytest.raises(ValueError) as e:
        options.declare(options.Option("test.declare.one", int, 2, "Eins", minimum=0))
    assert str(e.value) == ("option 'test.declare.one' declared twice with different "
                            "definitions")
    with pytest.raises(options.OptionError):
        options.declare(options.Option("test.declare.two", int, -1, "Zwei", minimum=0))
    with pytest.raises(KeyError):
        options.get_option("test.declare.two")


# -- clock -------------------------------------------------------------------------------

def _is_system_clock(source) -> bool:
    """The system clock's ``now`` method of ``datetime`` (compared, never called)."""
    return getattr(source, "__self__", None) is datetime and source.__name__ == "now"


def test_the_clock_starts_on_the_system_clock():
    importlib.reload(clock)      # the module as imported: no test has set it
    assert _is_system_clock(clock._now)


def test_clock_fixed_frozen_and_restored():
    assert clock.fixed(date(2026, 7, 31))() == datetime(2026, 7, 31, 12, 0)
    assert clock.fixed(datetime(2026, 7, 31, 8, 5))() == datetime(2026, 7, 31, 8, 5)
    with clock.frozen(date(2026, 7, 31)):
        assert clock.now() == datetime(2026, 7, 31, 12, 0)
        assert clock.today() == date(2026, 7, 31)
        with pytest.raises(RuntimeError), clock.frozen(date(2020, 1, 1)):
            assert clock.today() == date(2020, 1, 1)
            raise RuntimeError
        assert clock.today() == date(2026, 7, 31)
    clock.set_clock(lambda: datetime(2001, 2, 3, 4, 5))
    try:
        assert clock.now() == datetime(2001, 2, 3, 4, 5)
        assert clock.today() == date(2001, 2, 3)
    finally:
        clock.set_clock(None)
    assert _is_system_clock(clock._now)


# -- pseudonymise ------------------------------------------------------------------------

def test_spellings():
    assert ps.BLANK == "[…]"
    assert ps._spellings("Müller") == {"müller", "mueller"}
    assert ps._spellings("Mueller") == {"mueller", "müller"}
    assert ps._spellings("Strauß") == {"strauß", "strauss"}   # as written, and ß as ss
    assert ps._spellings("Strasse") == {"strasse"}        # ss is not turned into ß
    assert ps._spellings("Öztürk") == {"öztürk", "oeztuerk"}
    assert ps._spellings("Koch") == {"koch"}


def test_names_in():
    assert ps.names_in("Frau Koch, Tel. 0761 / Mutter Anna-Lena, A. Berg") == [
        "Koch", "Anna-Lena", "Berg"]
    assert ps.names_in("Ömer und Ülrike, Äbi") == ["Ömer", "Ülrike", "Äbi"]
    assert ps.names_in(None) == [] and ps.names_in("") == []


def test_redact_variants():
    r = ps.redactor(["Schäfer", "Lena", "7b"])
    assert r("Herr Schaefer und Schäfers Hund") == "Herr […] und […] Hund"
    assert r("SCHAEFER, schäfer") == "[…], […]"
    assert r("Lenas, Lena's, Lena’s, Lenaes Heft") == "[…], […], […], […] Heft"
    assert r("Lenaland, Magdalena, Lenas2") == "Lenaland, Magdalena, Lenas2"
    assert r("Klasse 7 b, 7.b, 7-b, 7b und 7  b") == "Klasse […], […], […], […] und […]"
    assert r("Klasse 17b, 7bc") == "Klasse 17b, 7bc"


def test_redact_word_lengths():
    assert ps.redactor(["L", "", None, " "])("L kam") == "L kam"
    assert ps.redactor([None])("XXXX") == "XXXX"
    assert ps.redactor(["L", "Koch"])("Koch") == "[…]"          # a short word skips itself only
    assert ps.redactor(["Ela Koch"])("Ela kam") == "[…] kam"     # a part of three letters
    assert ps.redactor(["Anna Schäfer-Ott"])("Ott kam") == "[…] kam"
    assert ps.redactor(["Al"])("Al kam") == "[…] kam"
    assert ps.redactor([" Al "])("Al kam") == "[…] kam"


def test_redact_parts_of_a_name():
    assert ps.redactor(["Frau Koch"])("Koch kam") == "[…] kam"
    assert ps.redactor(["Anna Koch"])("Anna Koch kam, Anna auch") == "[…] kam, […] auch"
    assert ps.redactor(["Anna Schäfer-Koch"])("Koch, Schäfer-Koch, Anna") == "[…], […], […]"
    assert ps.redactor(["Anna;Koch"])("Koch") == "[…]"
    assert ps.redactor(["Anna/Koch"])("Koch") == "[…]"
    assert ps.redactor(["Anna,Koch"])("Koch") == "[…]"
    # too short, lower case, a title or a word that is no name: not blanked alone
    assert ps.redactor(["Al Koch"])("Al kam") == "Al kam"
    assert ps.redactor(["kim Koch"])("kim kam") == "kim kam"
    assert ps.redactor(["Mutter Koch"])("Mutter kam") == "Mutter kam"
    assert ps.redactor(["Fr. Koch"])("Fr.") == "Fr."
    assert ps.redactor(["Dr. Koch"])("Dr. kam") == "Dr. kam"
    # each half of a double name is a token of its own, also after a first name
    assert ps.redactor(["Anna Schäfer-Koch"])("Anna Schäfer kam") == "[…] […] kam"
    assert ps.redactor(["Ab-Koch x"])("Ab kam") == "Ab kam"


def test_titles_are_never_tokens():
    for title in ("Frau", "Herr", "Fr", "Hr", "FRAU"):
        assert ps.redactor([title])(f"die {title} kam") == f"die {title} kam"


def test_redact_after_a_title():
    r = ps.redactor([])
    assert r("Frau Koch kam") == "Frau […] kam"
    assert r("Herr Koch, Herrn Berg") == "Herr […], Herrn […]"
    assert r("Fr. Koch und Hr. Berg") == "Fr. […] und Hr. […]"
    assert r("Familie Koch, Fam. Berg") == "Familie […], Fam. […]"
    assert r("Frau A. Koch kam") == "Frau […] kam"
    assert r("Frau A.Koch kam") == "Frau […] kam"
    assert r("Frau Anna Koch kam") == "Frau […] kam"
    assert r("Frau Anna-Lena Schäfer-Koch kam") == "Frau […] kam"
    assert r("Frau Özdemir, Frau Ülker") == "Frau […], Frau […]"
    assert r("Frau  Koch") == "Frau […]"
    assert r("Frau koch kam") == "Frau koch kam"
    assert r("Frau Anna kam") == "Frau […] kam"


def test_a_double_name_alone_blanks_each_of_its_parts():
    """Mutation run of pseudonymise (mutant 45): "Schäfer-Koch" known on its own left
    "Koch" and "Schäfer" readable; "Anna Schäfer-Koch" left "Schäfer"."""
    from ssa_desktop.domain.pseudonymise import BLANK, redactor

    alone = redactor(["Schäfer-Koch"])
    assert alone("Gespräch mit Koch, dann mit Schäfer-Koch und Schaefer.") == (
        f"Gespräch mit {BLANK}, dann mit {BLANK} und {BLANK}.")
    full = redactor(["Anna Schäfer-Koch"])
    assert full("Anna kam, Schäfer rief an, Koch auch.") == (
        f"{BLANK} kam, {BLANK} rief an, {BLANK} auch.")
    assert redactor(["Koch"])("Kochen mit Koch") == f"Kochen mit {BLANK}"


def test_a_name_with_sz_is_blanked_written_with_ss():
    """„Weiß“ known, „Weiss“ in the text (a keyboard or a form without ß): blanked too
    (mutants 9, 10 of pseudonymise: the ß → ss spelling changed, left „Weiss“ readable)."""
    assert ps.redactor(["Lea Weiß"])("Weiss rief an, dann Weiß.") == "[…] rief an, dann […]."
    assert ps.redactor(["Strauß"])("bei Strauss") == "bei […]"
