-- {{description}}
-- {{generated}}
create or replace view bi.{{table}} as
select {{columns}}
from main.{{table}};
