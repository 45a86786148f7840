-- Who rated a goal (docs/handover.md, "The deputy's side and the return"): a rating the
-- deputy made in a Vertretungspaket comes back with the return and keeps the mark
-- "<deputy's name> (Vertretung)", like her contacts; "" is the post holder's own rating.
ALTER TABLE goal_rating ADD COLUMN written_by TEXT NOT NULL DEFAULT '';
