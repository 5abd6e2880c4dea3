# syntax=docker/dockerfile:1
# Stage 1: Node builds the SPA.
FROM node:20-bookworm-slim AS spa
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --engine-strict --no-audit --no-fund
COPY frontend/ ./
COPY openapi/ /src/openapi/
RUN npm run build

# Stage 2: slim Python runs the API and serves the SPA, as a non-root user.
FROM python:3.11-slim-bookworm AS app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    CASUSREGIE_ENVIRONMENT=production \
    CASUSREGIE_SPA_DIR=/app/frontend/dist \
    DATABASE_URL=sqlite+aiosqlite:////app/var/casusregie.db
WORKDIR /app
COPY pyproject.toml README.md ./
COPY api/ api/
COPY domain/ domain/
COPY persistence/ persistence/
COPY migrations/ migrations/
RUN pip install . && useradd --system --uid 10001 --home-dir /app casusregie \
    && mkdir -p /app/var && chown casusregie /app/var
COPY --from=spa /src/frontend/dist /app/frontend/dist
USER casusregie
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health/ready', timeout=4).status != 200)"]
# CASUSREGIE_SECRET_KEY must be supplied (the app refuses to start in production without it).
CMD ["sh", "-c", "casusregie migrate && exec casusregie serve --host 0.0.0.0 --port 8000"]
