-- The pull one run made, if it made one.
select scope, since, watermark, data_timestamp, pages, studies from api_pulls where load_id = $load_id;
