-- The scope of the newest published pull: what a pull with no query of its own continues.
select scope from api_pulls order by finished_at desc limit 1;
