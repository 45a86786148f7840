"""The successor's receipt of a school package (docs/handover.md): its format, the
proof under the package's receipt secret, writing it and reading it back safely."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import __version__
from ..domain import strict_json
from ..domain.digests import hmac_sha256, sha256
from ..domain.handover import newer_sentence, plain_version
from ..storage import handover_repo as q
from ..storage.files import write_failed
from .handover import RECEIPT_SUFFIX, PackageError, PackageInfo

RECEIPT_FORMAT = "ssa-desktop-paketquittung"
# The receipt's format version, read right after ``format``: version 1 is written without
# the field (the bytes of the earlier releases, test_receipt_written_before.py); a later
# format writes ``version`` and ``written_with`` (the program version), outside the proof,
# and is reported as „neuere Version“ naming that program version. Version 2 adds
# ``documents`` (id → SHA-256 of each document that arrived, under the proof); a receipt
# of a package without documents is still written as version 1, byte for byte.
RECEIPT_VERSION = 2
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _rows_digest(manifest: dict[str, dict[str, str]]) -> str:
    """SHA-256 over the sorted row ids per table (what the receipt says was merged)."""
    ids = {tbl: sorted(rows) for tbl, rows in sorted(manifest.items()) if rows}
    return sha256(json.dumps(ids, separators=(",", ":")).encode("utf-8")).hexdigest()


def _fields(package_id: str, content_hash: str, received: str, counts: dict[str, int],
            rows: str, documents: dict[str, str] | None = None) -> dict:
    """The fields of a receipt that its proof covers (docs/handover.md); ``documents``
    only when the package carried documents that arrived."""
    fields = {"format": RECEIPT_FORMAT, "package_id": package_id, "content_hash": content_hash,
              "received": received, "counts": dict(counts), "rows": rows}
    if documents:
        fields["documents"] = dict(sorted(documents.items()))
    return fields


def _proof(fields: dict, secret_hex: str) -> str:
    """HMAC-SHA256 of the compact, key-sorted JSON of ``fields`` under the receipt secret
    (every field is ASCII: hex ids and hashes, an ISO date, table names)."""
    text = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    return hmac_sha256(bytes.fromhex(secret_hex), text.encode("utf-8")).hex()


def _receipt(info: PackageInfo, digest: str, rows: str, secret: str, target: Path | str,
             today: date, documents: dict[str, str] | None = None) -> Path:
    """Write the receipt; ``documents``: id → SHA-256 of each document that arrived."""
    fields = _fields(info.package_id, digest, today.isoformat(), info.counts, rows, documents)
    data = dict(fields, proof=_proof(fields, secret))
    if documents:   # outside the proof: an earlier build names the version it cannot read
        data.update(version=RECEIPT_VERSION, written_with=__version__)
    target = Path(target)
    if target.is_dir():
        target = target / f"quittung-{info.package_id[:8]}{RECEIPT_SUFFIX}"
    q.clean_partials(target.parent)   # what a killed receipt write left there
    try:
        q.write_receipt(target, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
    except FileExistsError:
        raise PackageError("In diesem Ordner wird gerade eine Empfangsquittung mit diesem "
                           "Namen geschrieben. Bitte warten und es dann erneut versuchen."
                           ) from None
    except OSError as err:
        raise write_failed(target, err) from err
    return target


RECEIPT_MAX_BYTES = 64 * 1024   # a real receipt is well under 2 KB
RECEIPT_MAX_DEPTH = 3           # the receipt object, its counts: nothing deeper


@dataclass(frozen=True)
class Receipt:
    package_id: str
    content_hash: str
    received: str
    counts: dict[str, int]
    rows: str       # SHA-256 over the row ids merged (``_rows_digest``)
    proof: str      # HMAC-SHA256 of the other fields under the package's receipt secret
    documents: dict[str, str] = field(default_factory=dict)   # id -> SHA-256 that arrived

    def proof_with(self, secret_hex: str) -> str:
        """The proof this receipt would carry if written under ``secret_hex``."""
        return _proof(_fields(self.package_id, self.content_hash, self.received, self.counts,
                              self.rows, self.documents), secret_hex)


# A JSON text in quotes (escapes included; an unclosed one runs to the end) or a bracket.
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\\?\Z)|[][{}]', re.DOTALL)


def _depth(text: str) -> int:
    """The deepest nesting of ``[`` / ``{`` in a JSON text (texts in quotes skipped)."""
    depth = deepest = 0
    for token in _TOKENS.findall(text):
        if token in ("[", "{"):
            depth += 1
            deepest = max(deepest, depth)
        elif token in ("]", "}"):
            depth -= 1
    return deepest


NOT_A_RECEIPT = "Die Datei ist keine Empfangsquittung von SSA Desktop; es wurde nichts gelöscht."


def read_receipt(path: Path | str) -> Receipt:
    """The receipt in ``path``; a German sentence for a missing, too large, too deeply
    nested, wrongly encoded or malformed file (never read whole when too large)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(RECEIPT_MAX_BYTES + 1)
    except FileNotFoundError:
        raise PackageError(f"Die Quittung {path.name} gibt es nicht.") from None
    except OSError:
        raise PackageError(NOT_A_RECEIPT) from None
    if len(raw) > RECEIPT_MAX_BYTES:
        raise PackageError(f"Die Datei ist zu groß für eine Empfangsquittung (eine Quittung hat "
                           f"höchstens {RECEIPT_MAX_BYTES // 1024} KB); es wurde nichts gelöscht.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PackageError(NOT_A_RECEIPT) from None
    if _depth(text) > RECEIPT_MAX_DEPTH:
        raise PackageError("Die Datei ist zu tief verschachtelt für eine Empfangsquittung; es "
                           "wurde nichts gelöscht.")
    try:
        data = strict_json.loads(text, parse_constant=_no_constant)
        strict_json.require_format(data, RECEIPT_FORMAT)
    except strict_json.StrictJsonError as err:
        raise PackageError(f"Die Datei ist keine Empfangsquittung von SSA Desktop ({err}); "
                           "es wurde nichts gelöscht.") from None
    except ValueError:
        raise PackageError(NOT_A_RECEIPT) from None
    _check_version(data)
    try:
        counts = data.get("counts", {})
        if not isinstance(counts, dict) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in counts.values()):
            raise TypeError
        return Receipt(str(data["package_id"]), str(data["content_hash"]), str(data["received"]),
                       {str(k): v for k, v in counts.items()}, str(data.get("rows", "")),
                       str(data.get("proof", "")), _documents(data.get("documents", {})))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise PackageError(NOT_A_RECEIPT) from None


def _documents(value) -> dict[str, str]:
    """The receipt's ``documents``: id → SHA-256 (64 hex digits); anything else is no
    receipt (``TypeError``)."""
    if not isinstance(value, dict) or not all(
            isinstance(v, str) and _HEX64.fullmatch(v) for v in value.values()):
        raise TypeError
    return {str(k): v for k, v in value.items()}


def _check_version(data: dict) -> None:
    """The format version, before any other field: a later one is „neuere Version“, one
    that is no version is no receipt (none at all: an earlier build's, version 1)."""
    version = data.get("version", RECEIPT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PackageError(NOT_A_RECEIPT)
    if version > RECEIPT_VERSION:
        raise PackageError(newer_sentence("Die Empfangsquittung",
                                          plain_version(data.get("written_with")),
                                          "es wurde nichts gelöscht"))


def _no_constant(_name: str):
    """NaN and ±Infinity are no JSON of a receipt."""
    raise ValueError("not a receipt")
