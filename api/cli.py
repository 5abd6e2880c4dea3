"""The `casusregie` command line: serve, migrate, seed-demo, create-user, audit verify, openapi."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from api.settings import REPO_ROOT, Settings, get_settings

T = TypeVar("T")


def _with_container(settings: Settings, work: Callable[..., Awaitable[T]]) -> T:
    from api.deps import Container
    from persistence.database import create_engine

    async def run() -> T:
        engine = create_engine(settings.database_url)
        try:
            return await work(Container.build(settings, engine))
        finally:
            await engine.dispose()

    return asyncio.run(run())


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from api.logs import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level)
    uvicorn.run(
        "api.main:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        server_header=False,
        access_log=False,
        log_config=None,
        proxy_headers=bool(args.forwarded_allow_ips),
        forwarded_allow_ips=args.forwarded_allow_ips or None,
    )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from persistence.migrate import downgrade, upgrade

    settings = get_settings()
    url = settings.database_url
    if args.revision == "base" or args.down:
        downgrade(url, args.revision)
    else:
        upgrade(url, args.revision)
    print(f"database at revision {args.revision}")
    if args.revision == "head" and not args.down:
        print(f"starter content: {_with_container(settings, _starter)}")
    return 0


async def _starter(c: object) -> str:
    from api.deps import Container
    from api.starter import ensure_starter_content

    assert isinstance(c, Container)
    return await ensure_starter_content(c.uow, c.clock)


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from api import demo
    from persistence.database import is_sqlite

    settings = get_settings()
    if not is_sqlite(settings.database_url) and not args.demo:
        print("seed-demo: not an embedded SQLite database; pass --demo to put demo data in it anyway. Nothing done.")
        return 0

    async def work(c: object) -> list[demo.DemoAccount] | None:
        from api.deps import Container

        assert isinstance(c, Container)
        async with c.uow() as uow:
            if await uow.organisations.count() > 0:
                return None
        await _starter(c)
        return await demo.seed(c, os.environ.get("CASUSREGIE_DEMO_PASSWORD"))

    accounts = _with_container(settings, work)
    if accounts is None:
        print("seed-demo: the database already holds data; demo data is only added to an empty database. Nothing done.")
        return 0
    print("Demo accounts (for this demo database only):")
    for account in accounts:
        print(f"  {account.username:<12} {account.role.value:<16} {account.password}")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    from api.deps import Container
    from domain.access.actor import Actor
    from domain.access.roles import Role
    from domain.identity.model import OrganisationKind
    from domain.ports import OrganisationFilter, PageRequest
    from domain.services import organisations as org_service
    from domain.services import users as user_service

    async def work(c: Container) -> user_service.ActivationCode:
        actor = Actor.system("create-user")
        found = await org_service.list_organisations(
            c.uow(), actor, OrganisationFilter(q=args.organisation), PageRequest(limit=100)
        )
        matches = [o for o in found.items if o.name.lower() == args.organisation.lower()]
        if matches:
            org = matches[0]
        elif args.organisation_kind:
            cmd = org_service.CreateOrganisation(args.organisation, OrganisationKind(args.organisation_kind))
            org = await org_service.create_organisation(c.uow(), c.clock, actor, cmd)
        else:
            raise SystemExit(
                f"create-user: no organisation named '{args.organisation}'; add --organisation-kind to create it"
            )
        roles = frozenset(Role(r) for r in args.role)
        create = user_service.CreateUser(args.username, args.display_name, org.id, roles, args.email)
        _, code = await user_service.create_user(c.uow(), c.clock, actor, create)
        return code

    code = _with_container(get_settings(), work)
    print(f"Account '{args.username}' created. Activation code (valid until {code.expires_at:%Y-%m-%d %H:%M} UTC):")
    print(f"  {code.code}")
    print("The person sets a password with it on the activation page (/activate).")
    return 0


def cmd_audit_verify(_: argparse.Namespace) -> int:
    from api.deps import Container
    from persistence.audit import verify

    async def work(c: Container) -> object:
        async with c.engine.connect() as conn:
            return await verify(conn)

    report = _with_container(get_settings(), work)
    from domain.audit.model import ChainReport

    assert isinstance(report, ChainReport)
    if report.valid:
        print(f"audit chain intact: {report.checked_count} rows verified")
        return 0
    print(
        f"audit chain BROKEN at seq {report.first_broken_seq}: {report.reason} "
        f"({report.checked_count} rows verified before it)"
    )
    return 1


def cmd_openapi(args: argparse.Namespace) -> int:
    from api.main import create_app

    document = json.dumps(create_app().openapi(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    if args.output == "-":
        sys.stdout.write(document)
    else:
        Path(args.output).write_text(document, encoding="utf-8")
        print(f"wrote {args.output}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from bench.cli import main as bench_main

    return bench_main(args.bench_args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="casusregie", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the API and the SPA")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--forwarded-allow-ips", default="", help="proxy addresses trusted for X-Forwarded-For")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="bring the database schema to a revision (default head)")
    migrate.add_argument("revision", nargs="?", default="head")
    migrate.add_argument("--down", action="store_true", help="downgrade to the revision")
    migrate.set_defaults(func=cmd_migrate)

    seed = sub.add_parser("seed-demo", help="demo organisations and one account per role, into an empty database")
    seed.add_argument("--demo", action="store_true", help="allow a non-SQLite database (never production)")
    seed.set_defaults(func=cmd_seed_demo)

    user = sub.add_parser("create-user", help="create an account and print its one-time activation code")
    user.add_argument("--username", required=True)
    user.add_argument("--display-name", required=True)
    user.add_argument("--organisation", required=True, help="organisation name")
    user.add_argument("--organisation-kind", help="create the organisation with this kind when it does not exist")
    user.add_argument("--role", action="append", required=True, help="repeat for several roles")
    user.add_argument("--email")
    user.set_defaults(func=cmd_create_user)

    audit = sub.add_parser("audit", help="audit trail tools")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", help="walk the hash chain and report the first broken link")
    verify.set_defaults(func=cmd_audit_verify)

    bench = sub.add_parser("bench", help="benchmarks against PostgreSQL (see bench/README.md)", add_help=False)
    bench.add_argument("bench_args", nargs=argparse.REMAINDER)
    bench.set_defaults(func=cmd_bench)

    openapi = sub.add_parser("openapi", help="write the OpenAPI document")
    openapi.add_argument("--output", default=str(REPO_ROOT / "openapi" / "v1.json"))
    openapi.set_defaults(func=cmd_openapi)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ValueError as exc:  # settings refusing to start, bad enum values
        print(f"casusregie: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
