// Opens the published warehouse read-only, again and again, and reads a bi view each time (and,
// with ctgov first on the search path as AACT users set it, AACT's studies), until the stop file appears. Prints one JSON line per read: what it saw, or the error it got.
// Usage: node read_while_publishing.mjs WAREHOUSE STOP_FILE
import { existsSync } from 'node:fs';
import duckdb, { DuckDBInstance } from '@duckdb/node-api';

const [warehouse, stopFile] = process.argv.slice(2);
const query = `
  select count(*)::integer as trials,
         (select count(*)::integer from bi.trial_overview where site_count > 0) as with_sites,
         (select count(*)::integer from main.load_runs) as loads,
         (select count(*)::integer from studies) as aact_studies
  from bi.trials`;
console.log(JSON.stringify({ client: 'node', duckdb: duckdb.version() }));
let reads = 0;
while (!existsSync(stopFile) || reads === 0) {
  try {
    const instance = await DuckDBInstance.create(warehouse, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    await connection.run("set search_path = 'ctgov,main'");
    const reader = await connection.runAndReadAll(query);
    console.log(JSON.stringify({ ok: true, ...reader.getRowObjectsJson()[0] }));
    connection.closeSync();
    instance.closeSync();
  } catch (error) {
    console.log(JSON.stringify({ ok: false, error: String(error) }));
  }
  reads += 1;
}
