# syntax=docker/dockerfile:1
# The bot for production: `node dist/main.js` as an unprivileged user. It needs MONGODB_URI (see compose.yaml):
# the embedded database of `npm start` is for trying the bot, not for a server.

# 1. Build: all dependencies, compile TypeScript to dist/, then drop what running does not need
#    (optional dependencies stay: the chart renderer's native part is one).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY tools/build.mjs tools/build.mjs
COPY src src
COPY scenes scenes
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# 2. Run: the compiled code, production dependencies, translations.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    LOG_FORMAT=json \
    DATA_DIR=/tmp/tvoy-kurs \
    BACKUP_DIR=/backups
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY locales ./locales
RUN mkdir -p /backups && chown 1000:1000 /backups
# The image's "node" user, by number so the runtime can check it is not root.
USER 1000:1000
EXPOSE 8080
# /healthz on the webhook port (PORT) or, in polling mode, on HEALTH_PORT.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const p=process.env.HEALTH_PORT||process.env.PORT||8080;fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/main.js"]
