"""``manage.py deliver_alerts --once``: run queued alert tasks and due deliveries, then exit."""

from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from deals.alerts.delivery import deliver_pending


class Command(BaseCommand):
    help = (
        "Run queued alert tasks (matching new deals) and send every due e-mail and webhook. "
        "With --once, exit when nothing is left (cron, scripts, tests); the long-running worker "
        "is `manage.py db_worker`."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--once", action="store_true", help="Work through what is pending, then exit."
        )

    def handle(self, *args: Any, once: bool, **options: Any) -> None:
        if not once:
            # One loop for everything: the task worker, whose tasks include the deliveries.
            call_command("db_worker", verbosity=options["verbosity"])
            return
        from django.conf import settings

        if settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend":
            # django-tasks-db's worker in batch mode: runs every queued task, then returns.
            call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
        sent = deliver_pending()
        self.stdout.write(f"{sent} deliveries handled.")
