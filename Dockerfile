# The Factstore GitHub App. The bundles are self-contained (they need no node_modules), so the
# image holds Node and the App's files only. Build from the repository root
# (dist/ is committed): `docker build -t factstore-app .` Settings come from the environment;
# compose.yaml shows them, and app/README.md ("Hosting the App") says what each one is.
FROM node:24-alpine

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000

# the repository's layout, so the entry command is `npm start`'s: the App runs from app/, the
# bundles beside it; the App bundle finds the jq worker (policies run in it) in dist/jq-worker and
# the JSON Schemas (config, facts) in schemas/, both by looking upwards from itself
WORKDIR /factstore/app
COPY app/app.yml ./app.yml
COPY dist/app ../dist/app
COPY dist/jq-worker ../dist/jq-worker
COPY schemas ../schemas

# the node image's unprivileged user: it can read the App's files, not change them
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "../dist/app/index.js"]
