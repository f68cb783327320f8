-- AACT's reported_events: adverse events per term and group (serious and other).
-- grain: one row per adverse-event term and group
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column result_group_id: AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.
-- column ctgov_group_code: AACT: the group's code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.
-- column time_frame: AACT: the module's time frame. Here: trials.ae_time_frame, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column event_type: AACT: serious or other (AACT's own values). Here: adverse_events.event_type.
-- column default_vocab: AACT: a column the API v2 importer does not fill: NULL in AACT too. Here: always NULL.
-- column default_assessment: AACT: a column the API v2 importer does not fill: NULL in AACT too. Here: always NULL.
-- column subjects_affected: AACT: participants affected. Here: adverse_event_stats.num_affected.
-- column subjects_at_risk: AACT: participants at risk. Here: adverse_event_stats.num_at_risk.
-- column description: AACT: the module's description. Here: trials.ae_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column event_count: AACT: events counted. Here: adverse_event_stats.num_events.
-- column organ_system: AACT: the organ system. Here: adverse_events.organ_system, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column adverse_event_term: AACT: the event's term. Here: adverse_events.term, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column frequency_threshold: AACT: the threshold above which other events are reported (%), read as Rails reads text into an integer column (2.5 is 2). Here: from trials.ae_frequency_threshold_raw.
-- column vocab: AACT: the vocabulary (MedDRA 23.0 ...). Here: adverse_events.source_vocabulary, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column assessment: AACT: SYSTEMATIC_ASSESSMENT or NON_SYSTEMATIC_ASSESSMENT. Here: adverse_events.assessment_type.
create or replace view ctgov.reported_events as
select
    substr(s.nct_id, 4)::bigint * 1000000000 + s.ordinal as id,
    s.nct_id,
    substr(s.nct_id, 4)::bigint * 1000000000 + s.group_ordinal as result_group_id,
    s.group_code as ctgov_group_code,
    coalesce(w_t.ae_time_frame, t.ae_time_frame) as time_frame,
    e.event_type,
    null::varchar as default_vocab,
    null::varchar as default_assessment,
    s.num_affected::bigint as subjects_affected,
    s.num_at_risk::bigint as subjects_at_risk,
    coalesce(w_t.ae_description, t.ae_description) as description,
    s.num_events::bigint as event_count,
    coalesce(w_e.organ_system, e.organ_system) as organ_system,
    coalesce(w_e.term, e.term) as adverse_event_term,
    case when t.ae_frequency_threshold_raw is not null then coalesce(try_cast(regexp_extract(t.ae_frequency_threshold_raw, '^\s*[-+]?\d+') as bigint), 0) end as frequency_threshold,
    coalesce(w_e.source_vocabulary, e.source_vocabulary) as vocab,
    e.assessment_type as assessment
from main.adverse_event_stats as s
inner join main.adverse_events as e on e.nct_id = s.nct_id and e.ordinal = s.event_ordinal
inner join main.trials as t on t.nct_id = s.nct_id
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'term') as term,
        max(written) filter (where column_name = 'organ_system') as organ_system,
        max(written) filter (where column_name = 'source_vocabulary') as source_vocabulary
    from main.text_as_written
    where table_name = 'adverse_events'
    group by nct_id, row_ordinal
) as w_e on w_e.nct_id = e.nct_id and w_e.row_ordinal = e.ordinal
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'ae_time_frame') as ae_time_frame,
        max(written) filter (where column_name = 'ae_description') as ae_description
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id;
