-- bi.trial_phases: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.trial_phases is 'The bridge table of phases: one row per phase of a trial, for a trial in several phases (PHASE1/PHASE2 is two rows). Grain: one row per phase of a trial. Key: nct_id, phase.';
comment on column bi.trial_phases.nct_id is 'Registry key of the trial (NCT########). From the record: protocolSection.identificationModule.nctId.';
comment on column bi.trial_phases.phase is 'One phase of the trial (EARLY_PHASE1, PHASE1 ... PHASE4, or NA when phases do not apply).';
comment on column bi.trial_phases.phase_count is 'How many phases the trial has: 1, or 2 for a combined phase such as PHASE1/PHASE2.';
