"""``manage.py send_digests daily|weekly``: one digest e-mail per subscriber with something new."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from deals.alerts.delivery import send_digests
from deals.alerts.models import Frequency


class Command(BaseCommand):
    help = "Send the daily or weekly alert digests (cron: daily at 07:00, weekly on Mondays)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("frequency", choices=[Frequency.DAILY, Frequency.WEEKLY])

    def handle(self, *args: Any, frequency: str, **options: Any) -> None:
        sent = send_digests(frequency)
        self.stdout.write(f"{sent} {frequency} digest e-mails sent.")
