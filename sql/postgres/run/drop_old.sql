-- Earlier publishes' schemas dropped when no reader holds them (sql/postgres/trials_drop_old.sql).
select pg_temp.trials_drop_old() as left_over;
