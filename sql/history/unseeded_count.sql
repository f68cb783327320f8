-- How many trials the history lacks (history_unseeded).
select count(*) from history_unseeded;
