"""Brief erstellen: letters and forms from a person's page."""
