import pino from 'pino';

/**
 * Structured JSON logs (pino): one line per event, machine-readable in production; in a terminal the same
 * lines are printed readably by pino-pretty. LOG_LEVEL sets the level (default info).
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'newsgraph' },
  ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss' } } } : {}),
});
