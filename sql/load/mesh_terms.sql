-- Replace the mesh_terms rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from mesh_terms where nct_id in (select nct_id from replaced_trials);
insert into mesh_terms by name select * from incoming_mesh_terms;
