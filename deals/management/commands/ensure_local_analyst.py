"""Create a local analyst login for `make run`, with a random password printed once."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "With DEBUG on, make sure a local 'analyst' superuser exists; print its password once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="analyst")

    def handle(self, *args: object, username: str, **options: object) -> None:
        if not settings.DEBUG:
            raise CommandError("Refusing to create a local login with DEBUG off.")
        users = get_user_model().objects
        if users.filter(username=username).exists():
            self.stdout.write(
                f"Analyst login: user '{username}' exists (password printed when it was created; "
                f"reset with `manage.py changepassword {username}`)."
            )
            return
        password = secrets.token_urlsafe(12)
        user = users.create_superuser(username, f"{username}@localhost", password)
        user.groups.add(Group.objects.get(name="Analyst"))
        self.stdout.write(
            self.style.SUCCESS(
                "\nAnalyst login for http://127.0.0.1:8000/admin/"
                f"  user: {username}  password: {password}\n"
                "(random, printed only now; it is not stored anywhere else)\n"
            )
        )
