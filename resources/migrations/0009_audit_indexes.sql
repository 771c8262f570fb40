-- 0009: indexes for the audit viewer. The trail may hold millions of records; the viewer
-- pages it newest first (by id) under a filter on the actor, the action or the time, so each
-- filter has an index that ends in id. audit_record (table_name, record_key, id) and audit_at
-- (at) exist since 0007.

CREATE INDEX audit_actor ON audit_log(actor, id);
CREATE INDEX audit_action ON audit_log(action, id);
CREATE INDEX audit_table ON audit_log(table_name, id);
