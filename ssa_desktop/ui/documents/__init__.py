"""Her documents in the vault (docs/documents.md)."""

# ``ctx.open_record("persons", DOCUMENT_RECORD + doc_id)``: the person's page on
# „Dokumente“ with that document shown (Strg+K).
DOCUMENT_RECORD = "document:"
