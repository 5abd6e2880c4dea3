#!/usr/bin/env bash
# Starts the real backend for the browser tests on a throwaway SQLite database.
# Run from frontend/ (Playwright's webServer does); the backend serves the built frontend/dist.
set -euo pipefail

cd "$(dirname "$0")/.."
CLI=../.venv/bin/casusregie

tmp="$(mktemp -d -t casusregie-e2e-XXXXXX)"
export DATABASE_URL="sqlite+aiosqlite:///${tmp}/e2e.db"
export CASUSREGIE_ENVIRONMENT=development
export CASUSREGIE_DEMO_PASSWORD='e2e-Demo-Wachtwoord-2026'

"$CLI" migrate
"$CLI" seed-demo
exec "$CLI" serve --host 127.0.0.1 --port 8765
