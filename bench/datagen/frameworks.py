"""The framework version the assessments are held to: the published one, or the starter version
imported and published here as api/starter.py does when the database has none."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bench.datagen.assessment_texts import EVIDENCE_FOR
from bench.datagen.base import GeneratorBase
from bench.datagen.tables import STAGE
from domain.assessment.framework import FrameworkVersion
from domain.assessment.rating import IndicatorRating
from persistence.crosswalk_files import crosswalk_to_document, starter_crosswalk
from persistence.framework_files import framework_to_document, starter_framework
from persistence.repositories.frameworks import document_sha256

RISK, ACUTE, PROTECTIVE = 0, 1, 2
STARTER_ACTOR = "starter-content"  # api/starter.py imports and publishes as Actor.system("starter-content")


@dataclass(frozen=True, slots=True)
class Item:
    """An indicator as the generator rates it."""

    code: str
    kind: int  # RISK, ACUTE (a risk indicator that flags warning behaviour) or PROTECTIVE
    restricted: bool
    evidence: tuple[str, ...]


class FrameworkMixin(GeneratorBase):
    """The framework version in use, prepared for rating."""

    framework: FrameworkVersion
    framework_id: uuid.UUID
    rules_version: str
    items: list[Item]
    rated_codes: list[str]
    rating_cache: dict[tuple[str, str, int | None, str | None], IndicatorRating]

    def use_framework(self, published: tuple[uuid.UUID, FrameworkVersion] | None) -> dict[str, list[tuple[Any, ...]]]:
        """Assess on the published framework version (`casusregie migrate` leaves the starter version);
        without one, import and publish the starter version and its crosswalk, audit events included.
        Returns the rows to copy (none when the version was there)."""
        self.rows = {STAGE: []}
        rows: dict[str, list[tuple[Any, ...]]] = {"assessment_framework": [], "crosswalk": []}
        if published is not None:
            self.framework_id, self.framework = published
        else:
            with self.drawing_from(self.assessment_rng):
                self.framework_id, self.framework = self.uuid(), starter_framework()
                rows.update(self._starter_rows())
        f = self.framework
        self.rules_version = f"{f.code}/{f.version}"
        self.items = [
            Item(
                i.code,
                PROTECTIVE if f.is_protective(i) else ACUTE if i.acute else RISK,
                i.restricted,
                EVIDENCE_FOR[i.dimension],
            )
            for i in f.indicators
        ]
        self.rated_codes = sorted(i.code for i in self.items)
        self.rating_cache = {}
        rows[STAGE] = self.rows[STAGE]
        return rows

    def _starter_rows(self) -> dict[str, list[tuple[Any, ...]]]:
        """The rows and audit events of domain/services/frameworks.ensure_published and
        crosswalks.ensure_crosswalk for the starter content, as the repositories write them."""
        f, framework_id = self.framework, self.framework_id
        at = self.start - timedelta(days=30, hours=1)  # installed before the first organisation
        document = framework_to_document(f)
        sha = document_sha256(document)
        framework_row = (
            framework_id, f.code, f.version, "published", f.name.nl, f.name.en, len(f.indicators),
            json.dumps(document), sha, at, None, STARTER_ACTOR, at, None, STARTER_ACTOR, None,
        )  # fmt: skip
        record = str(framework_id)
        details: dict[str, Any] = {"code": f.code, "version": f.version, "sha256": sha}
        self.audit(at, None, "framework.import", "assessment_framework", record, details=details)
        details = {"code": f.code, "version": f.version, "retired": None}
        self.audit(at, None, "framework.publish", "assessment_framework", record, details=details)
        crosswalk = starter_crosswalk(f)
        document = crosswalk_to_document(crosswalk)
        sha, crosswalk_id = document_sha256(document), self.uuid()
        crosswalk_row = (
            crosswalk_id, crosswalk.external_model, crosswalk.version, framework_id, len(crosswalk.entries),
            json.dumps(document), sha, at, None, STARTER_ACTOR,
        )  # fmt: skip
        details = {
            "externalModel": crosswalk.external_model,
            "version": crosswalk.version,
            "frameworkId": record,
            "entries": len(crosswalk.entries),
            "sha256": sha,
        }
        self.audit(at, None, "crosswalk.import", "crosswalk", str(crosswalk_id), details=details)
        return {"assessment_framework": [framework_row], "crosswalk": [crosswalk_row]}
