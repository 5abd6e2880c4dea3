"""All configuration in one class, read from the environment (prefix CASUSREGIE_)."""

from __future__ import annotations

import enum
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
DEV_SECRET = "development-only-secret-do-not-use-in-production"
MIN_SECRET_LENGTH = 32


class Environment(enum.StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CASUSREGIE_", extra="ignore")

    environment: Environment = Environment.DEVELOPMENT
    database_url: str = Field(
        default=f"sqlite+aiosqlite:///{REPO_ROOT / 'var' / 'casusregie.db'}",
        validation_alias=AliasChoices("DATABASE_URL", "CASUSREGIE_DATABASE_URL"),
    )
    database_pool_size: int = 10
    secret_key: SecretStr = SecretStr(DEV_SECRET)
    jwt_issuer: str = "casusregie"
    jwt_audience: str = "casusregie-api"
    access_token_minutes: int = Field(default=5, ge=1, le=60)
    session_idle_minutes: int = Field(default=30, ge=5, le=24 * 60)
    session_absolute_hours: int = Field(default=12, ge=1, le=7 * 24)
    login_max_failures_per_account: int = Field(default=5, ge=1)
    login_max_failures_per_address: int = Field(default=20, ge=1)
    login_lockout_minutes: int = Field(default=15, ge=1)
    max_body_bytes: int = Field(default=1_048_576, ge=1024)
    spa_dir: Path = REPO_ROOT / "frontend" / "dist"
    log_level: str = "INFO"
    # An action of the plan in force without a status report for this many days is flagged as stalled.
    action_stale_days: int = Field(default=30, ge=1, le=365)
    # Client addresses are taken from X-Forwarded-For only when uvicorn trusts the proxy
    # (--forwarded-allow-ips); the app itself never parses that header.

    @model_validator(mode="after")
    def _refuse_weak_secrets(self) -> Settings:
        if self.environment is Environment.PRODUCTION:
            secret = self.secret_key.get_secret_value()
            if secret == DEV_SECRET or len(secret) < MIN_SECRET_LENGTH:
                raise ValueError(
                    f"CASUSREGIE_SECRET_KEY must be set to a random value of at least {MIN_SECRET_LENGTH} "
                    "characters in production"
                )
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
