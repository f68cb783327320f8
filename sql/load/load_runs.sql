insert into load_runs by name select * from incoming_load_runs;
