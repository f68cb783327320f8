-- The schema BI tools connect to: flat views over the star schema, in types every BI driver reads.
create schema if not exists bi;
