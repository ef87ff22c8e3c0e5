// The app's configuration, parsed once from process.env.
import { z } from "zod";

const envSchema = z.object({
  // Unset only at build time; scripts/start.ts sets it to the embedded database's URL.
  DATABASE_URL: z.string().min(1).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PUBLIC_BASE_URL: z.string().url().optional(),
});

export const env = envSchema.parse(process.env);
