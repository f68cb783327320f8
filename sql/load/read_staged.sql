-- A staged table's batch files, each row with the name of the file it came from (batch_file:
-- a batch's folder names it, and names it in batch order).
select * from read_parquet($files, filename = 'batch_file');
