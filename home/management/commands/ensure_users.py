import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from home.roles import EDITORS, MODERATORS, translation_languages, translator_group_name

PASSWORD_FILE = Path(settings.BASE_DIR) / ".demo-password"


class Command(BaseCommand):
    help = (
        "Create the administrator and one demo account per role (editor, moderator, one "
        "translator per language) and print their logins. Local use only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--password", help="Password for every demo account.")

    def password(self, given):
        # One generated password, kept out of git, so the printed login keeps working.
        if given:
            return given
        if PASSWORD_FILE.exists():
            return PASSWORD_FILE.read_text().strip()
        password = secrets.token_urlsafe(12)
        PASSWORD_FILE.write_text(password + "\n")
        PASSWORD_FILE.chmod(0o600)
        return password

    def handle(self, *args, **options):
        password = self.password(options["password"])
        accounts = [("admin", None), ("editor", EDITORS), ("moderator", MODERATORS)] + [
            (f"translator-{code}", translator_group_name(code)) for code in translation_languages()
        ]
        User = get_user_model()
        for username, group_name in accounts:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"email": f"{username}@example.org", "first_name": username.title()},
            )
            if created:
                user.set_password(password)
                user.is_superuser = user.is_staff = group_name is None
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Sign in at http://127.0.0.1:8000/admin/"))
        for username, group_name in accounts:
            role = group_name or "Administrators"
            self.stdout.write(f"  {username:16} {password}   ({role})")
        self.stdout.write("")
