-- Add the columns of history.{{table}} that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- {{generated}}
{{statements}}
