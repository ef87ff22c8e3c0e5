// The app's configuration, parsed once from process.env.
import { z } from "zod";

const envSchema = z.object({
  // Unset only at build time; scripts/start.ts sets it to the embedded database's URL.
  DATABASE_URL: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PUBLIC_BASE_URL: z.string().url().optional(),
  // Public origin of canonical URLs, feeds and sitemaps (what readers and crawlers see, e.g. behind
  // a proxy). The app serves from the root, so only the origin is kept.
  SITE_URL: z
    .url({ protocol: /^https?$/, message: "SITE_URL must be an http(s) URL such as https://archive.example.com" })
    .default("http://localhost:3000")
    .transform((url) => new URL(url).origin),
});

export const env = envSchema.parse(process.env);
