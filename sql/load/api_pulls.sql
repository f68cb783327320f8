-- The pull this run made, published with the data it covers: its watermark moves only with it.
insert into api_pulls by name select * from incoming_api_pulls;
