-- Secondary indexes. Kept few, and off the crawl's hot tables (statuses, timeline_entries,
-- accounts), because every index slows the inserts there: add your own for analysis, e.g.
-- CREATE INDEX ... ON statuses (instance, account_id).
-- finishWalk of a followers collection selects follows by the followed account.
CREATE INDEX follows_by_followed ON follows (instance, followed_id);
-- The media and the notifications of a status.
CREATE INDEX media_by_status ON media (instance, status_id);
CREATE INDEX notifications_by_status ON notifications (instance, status_id);
-- The audit log by time.
CREATE INDEX write_actions_by_time ON write_actions (instance, at);
