// Catches a prisma/schema.prisma change without a migration (or a migration that does not match
// the schema): reads the schema's DMMF with Prisma's own parser (@prisma/prisma-schema-wasm, same
// engines version as Prisma 7.10) and compares it with the catalog of the freshly migrated test
// database. Fix a failure with `npm run db:migration:new -- <name>`.
//
// Only what the schema declares is checked: extra tables, columns or indexes made by hand-written
// SQL (e.g. a trigram index for search) are allowed.
import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";

// ---- the parts of the DMMF used here -------------------------------------------------------------
interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName: string | null }[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}
interface Dmmf {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
}

const SCHEMA_PATH = new URL("../../prisma/schema.prisma", import.meta.url);
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: readFileSync(SCHEMA_PATH, "utf8") }))) as Dmmf;
const { models, enums, indexes } = dmmf.datamodel;

const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
const columnOf = (field: DmmfField) => field.dbName ?? field.name;
const enumDbName = (name: string) => {
  const found = enums.find((candidate) => candidate.name === name);
  return found?.dbName ?? name;
};
const modelNamed = (name: string) => {
  const model = models.find((candidate) => candidate.name === name);
  if (!model) throw new Error(`The DMMF has no model ${name}`);
  return model;
};
const fieldNamed = (model: DmmfModel, name: string) => {
  const field = model.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`The DMMF has no field ${model.name}.${name}`);
  return field;
};

// ---- expected column types -----------------------------------------------------------------------
/** PostgreSQL's udt_name for a Prisma scalar type, honouring @db.* native types. */
function expectedUdt(field: DmmfField): string {
  if (field.kind === "enum") return enumDbName(field.type);
  const native = field.nativeType?.[0];
  if (native) {
    const byNative: Record<string, string> = {
      Text: "text", VarChar: "varchar", Char: "bpchar", Uuid: "uuid", Xml: "xml", Inet: "inet", Citext: "citext",
      Bit: "bit", VarBit: "varbit", SmallInt: "int2", Integer: "int4", Oid: "oid", BigInt: "int8",
      DoublePrecision: "float8", Real: "float4", Decimal: "numeric", Money: "money", Boolean: "bool",
      Timestamp: "timestamp", Timestamptz: "timestamptz", Date: "date", Time: "time", Timetz: "timetz",
      Json: "json", JsonB: "jsonb", ByteA: "bytea",
    };
    return byNative[native] ?? native.toLowerCase();
  }
  const byType: Record<string, string> = {
    String: "text", Boolean: "bool", Int: "int4", BigInt: "int8", Float: "float8", Decimal: "numeric",
    DateTime: "timestamp", Json: "jsonb", Bytes: "bytea",
  };
  const udt = byType[field.type];
  if (!udt) throw new Error(`No expected PostgreSQL type for ${field.type} (field ${field.name}); extend expectedUdt()`);
  return udt;
}

/** Fractional-second digits Prisma gives time types: @db.Timestamp(6) → 6, plain DateTime → 3. */
function expectedPrecision(field: DmmfField, udt: string): number | null {
  if (!["timestamp", "timestamptz", "time", "timetz"].includes(udt)) return null;
  const argument = field.nativeType?.[1][0];
  return argument === undefined ? 3 : Number(argument);
}

/** information_schema's data_type for a udt, to print types the way people read them. */
const READABLE: Record<string, string> = {
  text: "text", int4: "integer", int8: "bigint", bool: "boolean", jsonb: "jsonb", json: "json", date: "date",
  timestamp: "timestamp without time zone", timestamptz: "timestamp with time zone", float8: "double precision",
  numeric: "numeric", bytea: "bytea", varchar: "character varying", uuid: "uuid",
};
const readable = (udt: string) => READABLE[udt] ?? udt;

// ---- the database catalog ------------------------------------------------------------------------
interface ColumnRow {
  table_name: string;
  column_name: string;
  is_nullable: "YES" | "NO";
  data_type: string;
  udt_name: string;
  datetime_precision: number | null;
}
interface IndexRow {
  table_name: string;
  index_name: string;
  is_unique: boolean;
  is_primary: boolean;
  method: string;
  columns: string[];
  descending: boolean[];
}
interface ForeignKeyRow {
  table_name: string;
  columns: string[];
  referenced_table: string;
  referenced_columns: string[];
  on_delete: string;
}

let client: pg.Client;
let tables: Set<string>;
let columns: ColumnRow[];
let dbEnums: Map<string, string[]>;
let dbIndexes: IndexRow[];
let foreignKeys: ForeignKeyRow[];

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  tables = new Set(
    (
      await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
      )
    ).rows.map((row) => row.table_name),
  );
  columns = (
    await client.query<ColumnRow>(
      `SELECT table_name, column_name, is_nullable, data_type, udt_name, datetime_precision
         FROM information_schema.columns WHERE table_schema = current_schema()`,
    )
  ).rows;
  dbEnums = new Map();
  const enumRows = await client.query<{ name: string; label: string }>(
    `SELECT t.typname AS name, e.enumlabel AS label
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder`,
  );
  for (const row of enumRows.rows) dbEnums.set(row.name, [...(dbEnums.get(row.name) ?? []), row.label]);
  dbIndexes = (
    await client.query<IndexRow>(
      `SELECT t.relname AS table_name, i.relname AS index_name, x.indisunique AS is_unique,
              x.indisprimary AS is_primary, am.amname AS method,
              array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
              array(SELECT (o.option & 1) = 1 FROM unnest(x.indoption::int2[]) WITH ORDINALITY AS o(option, n)
                     ORDER BY o.n) AS descending
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace ns ON ns.oid = t.relnamespace
         JOIN pg_am am ON am.oid = i.relam
        WHERE ns.nspname = current_schema()`,
    )
  ).rows;
  foreignKeys = (
    await client.query<ForeignKeyRow>(
      `SELECT t.relname AS table_name, r.relname AS referenced_table, c.confdeltype AS on_delete,
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
              array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS referenced_columns
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class r ON r.oid = c.confrelid
         JOIN pg_namespace ns ON ns.oid = t.relnamespace
        WHERE c.contype = 'f' AND ns.nspname = current_schema()`,
    )
  ).rows;
});

afterAll(async () => {
  await client?.end();
});

// ---- comparisons: each returns a list of problems, empty when the database matches ---------------
function columnProblems(model: DmmfModel): string[] {
  const table = tableOf(model);
  const problems: string[] = [];
  for (const field of model.fields) {
    if (field.kind === "object") continue; // relation fields have no column
    if (field.kind === "unsupported") continue;
    const column = columnOf(field);
    const where = `${table}.${column} (${model.name}.${field.name} ${field.type}${field.isList ? "[]" : field.isRequired ? "" : "?"})`;
    const row = columns.find((candidate) => candidate.table_name === table && candidate.column_name === column);
    if (!row) {
      problems.push(`${where}: column is missing`);
      continue;
    }
    const udt = expectedUdt(field);
    if (field.isList) {
      if (row.data_type !== "ARRAY" || row.udt_name !== `_${udt}`) {
        problems.push(`${where}: expected an ARRAY of ${readable(udt)}, found ${row.data_type} (${row.udt_name})`);
      }
      // Prisma creates list columns nullable whatever the field says, so nullability is not compared.
      continue;
    }
    if (field.kind === "enum") {
      if (row.data_type !== "USER-DEFINED" || row.udt_name !== udt) {
        problems.push(`${where}: expected the enum type ${udt} (USER-DEFINED), found ${row.data_type} (${row.udt_name})`);
      }
    } else if (row.udt_name !== udt) {
      problems.push(`${where}: expected type ${readable(udt)}, found ${row.data_type}`);
    } else {
      const precision = expectedPrecision(field, udt);
      if (precision !== null && row.datetime_precision !== precision) {
        problems.push(`${where}: expected ${readable(udt)} with precision ${precision}, found precision ${row.datetime_precision}`);
      }
    }
    const nullable = !field.isRequired;
    if ((row.is_nullable === "YES") !== nullable) {
      problems.push(`${where}: expected ${nullable ? "NULL allowed" : "NOT NULL"}, found ${row.is_nullable === "YES" ? "NULL allowed" : "NOT NULL"}`);
    }
  }
  return problems;
}

function indexProblems(index: DmmfIndex): string[] {
  const model = modelNamed(index.model);
  const table = tableOf(model);
  const wanted = index.fields.map((field) => columnOf(fieldNamed(model, field.name)));
  const descending = index.fields.map((field) => field.sortOrder === "desc");
  const method = (index.algorithm ?? "BTree").toLowerCase();
  const kind = { id: "primary key", unique: "unique index", normal: "index", fulltext: "fulltext index" }[index.type];
  const description =
    `${kind} on ${table}(${index.fields.map((field, i) => `${wanted[i]}${field.sortOrder === "desc" ? " DESC" : ""}`).join(", ")})` +
    (index.algorithm ? ` using ${method}` : "") +
    (index.dbName ? ` named ${index.dbName}` : "");
  const match = dbIndexes.find(
    (row) =>
      row.table_name === table &&
      row.is_primary === (index.type === "id") &&
      row.is_unique === (index.type === "id" || index.type === "unique") &&
      row.method === method &&
      JSON.stringify(row.columns) === JSON.stringify(wanted) &&
      (method !== "btree" || JSON.stringify(row.descending) === JSON.stringify(descending)) &&
      (!index.dbName || row.index_name === index.dbName),
  );
  return match ? [] : [`${description} (${index.model}): missing`];
}

const ON_DELETE: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

function foreignKeyProblems(model: DmmfModel): string[] {
  const problems: string[] = [];
  for (const field of model.fields) {
    if (field.kind !== "object" || !field.relationFromFields?.length) continue;
    const target = modelNamed(field.type);
    const from = field.relationFromFields.map((name) => columnOf(fieldNamed(model, name)));
    const to = (field.relationToFields ?? []).map((name) => columnOf(fieldNamed(target, name)));
    const required = field.relationFromFields.every((name) => fieldNamed(model, name).isRequired);
    const onDelete = field.relationOnDelete ?? (required ? "Restrict" : "SetNull"); // Prisma's defaults
    const description = `foreign key ${tableOf(model)}(${from.join(", ")}) → ${tableOf(target)}(${to.join(", ")}) ON DELETE ${onDelete} (${model.name}.${field.name})`;
    const row = foreignKeys.find(
      (candidate) =>
        candidate.table_name === tableOf(model) &&
        candidate.referenced_table === tableOf(target) &&
        JSON.stringify(candidate.columns) === JSON.stringify(from) &&
        JSON.stringify(candidate.referenced_columns) === JSON.stringify(to),
    );
    if (!row) problems.push(`${description}: missing`);
    else if (ON_DELETE[row.on_delete] !== onDelete) problems.push(`${description}: found ON DELETE ${ON_DELETE[row.on_delete] ?? row.on_delete}`);
  }
  return problems;
}

// ---- tests ---------------------------------------------------------------------------------------
describe("the migrated database matches prisma/schema.prisma", () => {
  test("the schema declares models, so the comparison is not vacuous", () => {
    expect(models.length).toBeGreaterThan(0);
  });

  test.each(models.map((model) => [model.name, tableOf(model)] as const))(
    "model %s has its table %s",
    (_model, table) => {
      expect(tables.has(table), `table ${table} is missing`).toBe(true);
    },
  );

  test.each(models.map((model) => [model.name, model] as const))(
    "every scalar field of %s is a column with the schema's type and nullability",
    (_name, model) => {
      expect(columnProblems(model)).toEqual([]);
    },
  );

  test.each(enums.map((dmmfEnum) => [dmmfEnum.name, dmmfEnum] as const))(
    "enum %s exists in the database with exactly the schema's values",
    (_name, dmmfEnum) => {
      const name = dmmfEnum.dbName ?? dmmfEnum.name;
      const wanted = dmmfEnum.values.map((value) => value.dbName ?? value.name).sort();
      expect(dbEnums.has(name), `enum type ${name} is missing`).toBe(true);
      expect([...(dbEnums.get(name) ?? [])].sort(), `labels of enum type ${name}`).toEqual(wanted);
    },
  );

  test.each(models.map((model) => [model.name, model] as const))(
    "every @id, @unique, @@id, @@unique and @@index of %s exists as a matching index",
    (name) => {
      expect(indexes.filter((index) => index.model === name).flatMap(indexProblems)).toEqual([]);
    },
  );

  test.each(models.map((model) => [model.name, model] as const))(
    "every relation of %s is a foreign key with the schema's ON DELETE action",
    (_name, model) => {
      expect(foreignKeyProblems(model)).toEqual([]);
    },
  );
});
