"""Alembic migrations; run them with `casusregie migrate`."""
