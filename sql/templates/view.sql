-- {{description}}
-- {{generated}}{{column_notes}}
create or replace view bi.{{table}} as
select{{columns}}
from main.{{table}};
