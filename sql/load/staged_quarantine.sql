-- The quarantine rows the parse and contract steps staged for this run.
insert into quarantine by name select * from staged_quarantine;
