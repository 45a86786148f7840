"""The KVJS files' „Bereich“ names a post once: „Stelle Stelle Schulsozialarbeit
Emmendingen-Nord“ stood in the Eingabehilfe and the Erhebungsbogen of a post so named."""
from ssa_desktop.exports.kvjs_document import scope_text


def test_a_post_named_stelle_is_not_called_stelle_twice():
    scope = {"kind": "post", "name": "Stelle Schulsozialarbeit Emmendingen-Nord",
             "schools": [{"name": "Realschule Schlossberg"}]}
    assert scope_text(scope) == "Stelle Schulsozialarbeit Emmendingen-Nord – Realschule Schlossberg"


def test_a_post_named_otherwise_gets_the_word():
    assert scope_text({"kind": "post", "name": "Nord", "schools": []}) == "Stelle Nord"
