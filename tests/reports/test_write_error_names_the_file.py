"""A file that cannot be written is named by its kind: a DOCX is no „PDF“ (a letter saved
as .docx where a folder of that name lies said „Das PDF „brief.docx“ …“)."""

from __future__ import annotations

import pytest

from ssa_desktop.domain.errors import UserError
from ssa_desktop.reports.letter_templates import write_bytes_atomically


@pytest.mark.parametrize(("name", "said"), [("brief.docx", "Die Datei „brief.docx“"),
                                            ("brief.pdf", "Das PDF „brief.pdf“")])
def test_a_write_refused_names_the_file_by_its_kind(tmp_path, name, said):
    (tmp_path / name).mkdir()  # a folder of that name: the file cannot replace it
    with pytest.raises(UserError) as refused:
        write_bytes_atomically(tmp_path / name, b"data")
    assert str(refused.value).startswith(f"{said} konnte nicht gespeichert werden: "), refused
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temp file left
