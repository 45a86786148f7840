-- Issue 20 item 5: one full-time-hours option. "post.full_time_hours" stays (the hours a
-- new post gets); "timeshare.full_time_hours" (the hours of a post without its own, in
-- the working-time calendar) goes. A post without hours (0) gets what that fallback gave
-- it, a stored old value becomes the option unless the option is stored itself, and the
-- old key is removed. Idempotent.
UPDATE post SET full_time_hours = coalesce(
    (SELECT CAST(value AS REAL) FROM setting WHERE key = 'timeshare.full_time_hours'
     AND CAST(value AS REAL) BETWEEN 1 AND 60), 39.0)
    WHERE full_time_hours IS NULL OR full_time_hours <= 0;
INSERT OR IGNORE INTO setting (key, value)
    SELECT 'post.full_time_hours', value FROM setting WHERE key = 'timeshare.full_time_hours'
    AND CAST(value AS REAL) BETWEEN 1 AND 60;
DELETE FROM setting WHERE key = 'timeshare.full_time_hours';
