// drizzle-kit settings: generates the SQL migrations of libs/db/migrations from the schema.
//
// After changing src/lib/schema, from the workspace root:
//   cd libs/db && npx drizzle-kit generate --name <what_changed>
// For hand-written SQL (extensions, exclusion constraints drizzle cannot express):
//   cd libs/db && npx drizzle-kit generate --custom --name <what_it_does>
// Never edit a migration that has been committed; add a new one.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/lib/schema/index.ts',
  out: './migrations',
});
