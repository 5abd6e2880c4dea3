"""Roles a person can hold; permissions follow from roles in policies.py."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    REGISSEUR = "regisseur"
    PARTNER = "partner"
    POLICE = "police"
    ANALYST = "analyst"
    PRIVACY_OFFICER = "privacy_officer"
