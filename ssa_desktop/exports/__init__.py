"""Export files (KVJS statistics). Each module writes one format atomically; none of them
contains names, pseudonyms, tokens or record ids."""
