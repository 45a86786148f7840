"""File exports of figures: the KVJS statistics (xlsx, pdf, csv, json) and the time-share
report (csv, json). Each module writes one format atomically; none of them contains
names, pseudonyms, tokens or record ids."""
