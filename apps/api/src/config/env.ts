import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/** Finds the repository's content folder whether we run from src (tests) or dist. */
function defaultContentDir(): string {
  const candidates = [
    resolve(__dirname, '../../../../content/courses'),
    resolve(process.cwd(), 'content/courses'),
  ];
  return candidates.find((dir) => existsSync(dir)) ?? candidates[0];
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a whole number from 0 to 65535')
    .transform(Number)
    .refine((port) => port <= 65535, 'must be a whole number from 0 to 65535')
    .default(4000),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  CONTENT_DIR: z.string().min(1).optional(),
  LOG_FORMAT: z.enum(['json', 'text']).optional(),
  PUBLIC_URL: z
    .string()
    .url('must be the web address people open, like https://punte.example.org')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  TRUST_PROXY: z.string().min(1).default('loopback'),
  GUEST_PROGRESS_LIMIT: z
    .string()
    .regex(/^[1-9]\d{0,6}$/, 'must be a whole number from 1 to 9999999')
    .transform(Number)
    .default(3000),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  mongodbUri?: string;
  dataDir: string;
  contentDir: string;
  logFormat: 'json' | 'text';
  /** Where the web app is reached: invitation and reset links point there. */
  publicUrl: string;
  /** Links are also e-mailed when set; otherwise the admin copies or prints them. */
  smtpUrl?: string;
  mailFrom: string;
  /** Fastify's trustProxy: whose X-Forwarded-For names the client (the web server, by default on loopback). */
  trustProxy: string;
  /** Guest progress batches one address may send in 10 minutes (a library room shares one address). */
  guestProgressLimit: number;
}

export class ConfigError extends Error {}

/** Validates the environment once at start-up; the message names every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const blankAsUnset = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(blankAsUnset);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid environment: ${problems.join('; ')}`);
  }
  const env = parsed.data;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    mongodbUri: env.MONGODB_URI,
    dataDir: resolve(env.DATA_DIR),
    contentDir: env.CONTENT_DIR ? resolve(env.CONTENT_DIR) : defaultContentDir(),
    logFormat: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'text'),
    publicUrl: (env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? 'Punte <punte@localhost>',
    trustProxy: env.TRUST_PROXY,
    guestProgressLimit: env.GUEST_PROGRESS_LIMIT,
  };
}
