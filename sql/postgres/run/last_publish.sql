-- The last publish the ledger holds: the shape of the warehouse it copied and that warehouse's newest load.
select shape, load_id
from trials_publish.publishes
order by published_at desc
limit 1;
