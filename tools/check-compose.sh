#!/usr/bin/env bash
# Validates docker-compose.yml offline (no Docker engine needed), with placeholder values for the settings a real .env must give.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHATWOOT_BASE_URL=https://chatwoot.example.com CHATWOOT_API_TOKEN=placeholder CHATWOOT_WEBHOOK_SECRET=placeholder
export CONSOLE_SESSION_SECRET=placeholder-placeholder-placeholder-placeholder
if docker compose version >/dev/null 2>&1; then
  docker compose -f docker-compose.yml --env-file .env.example config -q
elif command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f docker-compose.yml --env-file .env.example config -q
else
  echo "check-compose: neither 'docker compose' nor 'docker-compose' is installed (apt-get install docker-compose)" >&2
  exit 1
fi
echo "docker-compose.yml is valid"
