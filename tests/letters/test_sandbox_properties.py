"""The placeholder language as a property: plain text and allowed placeholders render as
written and filled; any other dotted name is refused."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import letter_sandbox as sandbox
from ssa_desktop.domain import letters as dl

KIND = dl.KINDS["invitation"]
ALLOWED = dl.allowed_fields(KIND)
# Jinja writes every line break as \n (a \r never stands in DOCX XML text)
PLAIN = st.text(alphabet=st.characters(blacklist_characters="{}%#\r",
                                       blacklist_categories=("Cs",)), max_size=40)
VALUE = st.text(max_size=30)


@given(st.lists(st.tuples(PLAIN, st.sampled_from(ALLOWED)), max_size=6), PLAIN,
       st.dictionaries(st.sampled_from(ALLOWED), VALUE))
def test_text_and_allowed_placeholders_render_as_written(parts, tail, values):
    source = "".join(f"{text}{{{{ {name} }}}}" for text, name in parts) + tail
    expected = "".join(text + values.get(name, "") for text, name in parts) + tail
    assert sandbox.render(source, values, KIND) == expected


@given(st.from_regex(r"\A[a-z][a-z_]{0,8}\.[a-z][a-z_]{0,12}\Z"))
def test_a_dotted_name_outside_the_kind_is_refused(name):
    source = f"Hallo {{{{ {name} }}}}"
    if name in ALLOWED:
        assert sandbox.check([source], KIND) == {name}
    else:
        try:
            sandbox.check([source], KIND)
        except dl.TemplateRefused as err:
            assert f"„{name}“" in str(err)
        else:
            raise AssertionError(f"{name} was taken")
