"""Pure domain layer: entities, catalogues, school-year arithmetic and rules. No Qt, no SQL."""
