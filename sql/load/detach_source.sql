-- Close the warehouse a rewrite copied from.
detach source_warehouse;
