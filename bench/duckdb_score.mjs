// The DuckDB side of the benchmark (bench/score_bench.py): runs one query
// (written by score_bench.py: read_csv, a CASE per item, the section
// percents and the overall percent) in an in-memory DuckDB and prints its
// one row as JSON.
//
// Usage: node duckdb_score.mjs TOOLS_DIR QUERY.sql
//        node duckdb_score.mjs TOOLS_DIR --version
// TOOLS_DIR is where score_bench.py installed @duckdb/node-api (npm
// install --prefix TOOLS_DIR, the version pinned in bench/package.json).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [tools, query] = process.argv.slice(2);
const require = createRequire(join(tools, 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const sql = query === '--version' ? 'SELECT version() AS version' : readFileSync(query, 'utf8');
const reader = await connection.runAndReadAll(sql);
// Doubles as JSON numbers (shortest round trip), big integers as strings.
console.log(JSON.stringify(reader.getRowObjectsJson()[0]));
connection.closeSync();
instance.closeSync();
