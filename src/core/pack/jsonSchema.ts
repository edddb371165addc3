/** The pack format as JSON Schema, generated from the zod schema (never written by hand). */
import { z } from 'zod';
import { Level, PackManifest } from './schema';

export function jsonSchemas(): Record<'pack.schema.json' | 'level.schema.json', object> {
  // "input": what an author writes (fields with defaults may be left out).
  const make = (schema: z.ZodType, title: string) => ({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title });
  return {
    'pack.schema.json': make(PackManifest, 'On the Record level pack (pack.json)'),
    'level.schema.json': make(Level, 'On the Record level (one level file)'),
  };
}
