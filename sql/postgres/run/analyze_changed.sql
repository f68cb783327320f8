-- Statistics on the changed trials just sent, so that each removal finds their rows by the nct_id index.
analyze pg_temp.trials_changed;
