-- AACT's keywords: the keywords the sponsor gives.
-- grain: one row per keyword
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column name: AACT: the keyword. Here: keywords.keyword, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column downcase_name: AACT: the keyword in lower case. Here: lower(keywords.keyword), as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.keywords as
select
    substr(k.nct_id, 4)::bigint * 1000000000 + k.ordinal as id,
    k.nct_id,
    coalesce(w_k.keyword, k.keyword) as name,
    lower(coalesce(w_k.keyword, k.keyword)) as downcase_name
from main.keywords as k
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'keyword') as keyword
    from main.text_as_written
    where table_name = 'keywords'
    group by nct_id, row_ordinal
) as w_k on w_k.nct_id = k.nct_id and w_k.row_ordinal = k.ordinal;
