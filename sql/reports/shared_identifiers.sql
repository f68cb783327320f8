-- Identifiers shared by several trials, such as one EudraCT number registered for several NCT IDs.
-- param identifier_type: only this identifier type, e.g. EUDRACT_NUMBER (default: every type)
select
    upper(trim(identifier)) as identifier,
    string_agg(distinct coalesce(identifier_type, identifier_source), ', ' order by coalesce(identifier_type, identifier_source)) as identifier_types,
    count(distinct nct_id)::bigint as trials,
    string_agg(distinct nct_id, ', ' order by nct_id) as nct_ids
from bi.identifiers
where $identifier_type is null or identifier_type = upper($identifier_type)
group by upper(trim(identifier))
having count(distinct nct_id) > 1
order by trials desc, identifier;
