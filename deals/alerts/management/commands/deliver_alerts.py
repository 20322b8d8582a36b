"""``manage.py deliver_alerts --once``: run queued alert tasks and due deliveries, then exit."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction
from django.utils.crypto import get_random_string

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
        tasks = run_queued_tasks()
        sent = deliver_pending()
        self.stdout.write(f"{tasks} queued tasks run, {sent} deliveries handled.")


def run_queued_tasks() -> int:
    """Run every ready task of the database queue once, as django-tasks-db's worker does (it
    claims each under a lock, so a running worker and this command never run the same task),
    without the worker's loop and its connection recycling; returns how many ran."""
    if settings.TASKS["default"]["BACKEND"] != "django_tasks_db.DatabaseBackend":
        return 0  # the immediate backend has run them already
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    worker = Worker(
        queue_names=["*"], interval=0, batch=True, backend_name="default", startup_delay=False,
        max_tasks=None, worker_id=get_random_string(32), excluded_queue_names=[],
    )  # fmt: skip
    ran = 0
    while True:
        with transaction.atomic():
            task = DBTaskResult.objects.ready().filter(backend_name="default").get_locked()
            if task is None:
                return ran
            task.claim(worker.worker_id)
        worker.run_task(task)
        ran += 1
