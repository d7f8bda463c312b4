# The newsgraph service for docker-compose.yml; Neo4j runs in its own container.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
COPY neo4j/browser ./neo4j/browser
COPY tsconfig.json ./
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "--max-semi-space-size=32", "bin/newsgraph.js", "serve"]
