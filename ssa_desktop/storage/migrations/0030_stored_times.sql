-- One rule for times on every way in (domain/appointment_times.py): an appointment's start
-- and end and a contact's time are stored HH:MM („9:00“ → 09:00, blanks stripped; a
-- contact's time may be none, ""). An earlier release's import stored them as they came,
-- so „9:00“ sorted after „10:00“ in a day's list. Each stored time the rule takes in
-- another spelling is rewritten into its stored form; what it refuses stays as it is
-- (an appointment: both times valid and the end after the start, like the import's
-- upgrade of a file). The blanks are those Python's str.strip() removes. Only rows whose
-- spelling differs are written. Idempotent. No other table holds a time of day (short
-- contacts, group and open-offer sessions and network activities have a day and minutes;
-- time_session/stopwatch hold the clock's full timestamps; a draft holds what she typed,
-- which its save checks).
UPDATE appointment SET start = n.s, "end" = n.e
FROM (SELECT id,
             CASE WHEN length(s) = 4 AND substr(s, 2, 1) = ':' THEN '0' || s ELSE s END AS s,
             CASE WHEN length(e) = 4 AND substr(e, 2, 1) = ':' THEN '0' || e ELSE e END AS e
      FROM (SELECT id, trim(start, char(9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196,
        8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288)) AS s,
                   trim("end", char(9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196,
        8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288)) AS e
            FROM appointment)) AS n
WHERE appointment.id = n.id
  AND (n.s GLOB '[01][0-9]:[0-5][0-9]' OR n.s GLOB '2[0-3]:[0-5][0-9]')
  AND (n.e GLOB '[01][0-9]:[0-5][0-9]' OR n.e GLOB '2[0-3]:[0-5][0-9]')
  AND n.e > n.s
  AND (appointment.start IS NOT n.s OR appointment."end" IS NOT n.e);
UPDATE contact SET time = n.t
FROM (SELECT id,
             CASE WHEN length(t) = 4 AND substr(t, 2, 1) = ':' THEN '0' || t ELSE t END AS t
      FROM (SELECT id, trim(time, char(9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196,
        8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288)) AS t
            FROM contact)) AS n
WHERE contact.id = n.id
  AND (n.t = '' OR n.t GLOB '[01][0-9]:[0-5][0-9]' OR n.t GLOB '2[0-3]:[0-5][0-9]')
  AND contact.time IS NOT n.t;
