/**
 * npm run schema: writes the JSON Schemas for pack.json and level files from the zod schema,
 * so editors autocomplete and underline mistakes. The files are committed; a unit test fails
 * when they no longer match the zod schema.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/core/pack/jsonSchema';

export async function main(_args: string[], root = process.cwd()): Promise<number> {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(join(root, 'levels', name), `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`wrote levels/${name}`);
  }
  return 0;
}
