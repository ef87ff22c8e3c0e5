import { defineConfig } from "prisma/config";

// env("DATABASE_URL") would throw when the variable is unset, which breaks `prisma generate`
// at install time; the embedded database sets DATABASE_URL itself when it starts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/yongkang" },
});
