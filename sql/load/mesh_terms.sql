-- Replace the mesh_terms rows of every trial in this batch with the batch's rows.
delete from mesh_terms where nct_id in (select nct_id from incoming_trials);
insert into mesh_terms by name select * from incoming_mesh_terms;
