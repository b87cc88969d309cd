"""The newsroom's roles. One function builds them, used by the data migration
(with historical models) and by ``sync_languages`` (with live models), so a new
language gets its translator group the same way the first ones did."""

from django.conf import settings

EDITORS = "Editors"
MODERATORS = "Moderators"

# Editors write and submit for review; only moderators publish, schedule and unpublish.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]

COLLECTION_PERMISSIONS = {
    EDITORS: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    MODERATORS: [
        "add_image",
        "change_image",
        "delete_image",
        "choose_image",
        "add_document",
        "change_document",
        "delete_document",
        "choose_document",
    ],
}
TRANSLATOR_COLLECTION_PERMISSIONS = ["choose_image", "choose_document"]

# Records (snippets) by (app_label, model): editors write them, moderators also
# publish and delete them. Drafted records have publish permission; lockable ones
# (every snippet: the claims register is a model admin, which cannot lock) have
# lock and unlock permissions.
RECORDS = [
    ("practices", "practice"),
    ("practices", "topic"),
    ("practices", "programme"),
    ("practices", "organisation"),
    ("stories", "person"),
    ("stories", "claim"),
]
DRAFTED_RECORDS = {("practices", "practice")}
LOCKABLE_RECORDS = {
    ("practices", "practice"),
    ("practices", "topic"),
    ("practices", "programme"),
    ("practices", "organisation"),
    ("stories", "person"),
    ("home", "siteidentity"),
}
# What translators translate besides pages: each record in their own language only
# (translations.permissions checks the language).
TRANSLATED_RECORDS = [*RECORDS, ("home", "siteidentity")]


def record_permissions(records, actions, drafted_actions=(), lockable_actions=()):
    def extra(record):
        return [
            *(drafted_actions if record in DRAFTED_RECORDS else ()),
            *(lockable_actions if record in LOCKABLE_RECORDS else ()),
        ]

    return [
        (app_label, model, f"{action}_{model}")
        for app_label, model in records
        for action in [*actions, *extra((app_label, model))]
    ]


# (app_label, model, codename) of model permissions per group.
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
        *record_permissions(RECORDS, ["add", "change", "view"], lockable_actions=["lock"]),
    ],
    MODERATORS: [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
        *record_permissions(
            [("home", "siteidentity")], ["add", "change"], lockable_actions=["lock", "unlock"]
        ),
        ("home", "sitesettings", "change_sitesettings"),
        # Editors' picks in search go live when saved, so they are a moderator's call.
        *(
            ("wagtailsearchpromotions", "searchpromotion", f"{action}_searchpromotion")
            for action in ("add", "change", "delete", "view")
        ),
        *record_permissions(
            RECORDS, ["add", "change", "delete", "view"], ["publish"], ["lock", "unlock"]
        ),
    ],
}
TRANSLATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    *record_permissions(TRANSLATED_RECORDS, ["change", "view"], lockable_actions=["lock"]),
]


def translator_group_name(language_code):
    return f"Translators {language_code.upper()}"


def translation_languages():
    return [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def create_roles(apps):
    """Create or correct every role. Idempotent; ``apps`` is a migration's app
    registry or ``django.apps.apps``."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, model, codename):
        # Permissions are normally created after migrations; a fresh database
        # needs them now.
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        perm, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename}
        )
        return perm

    def page_permission(codename):
        return permission("wagtailcore", "page", codename)

    def collection_permission(codename):
        model = codename.split("_", 1)[1]
        app_label = "wagtailimages" if model == "image" else "wagtaildocs"
        return permission(app_label, model, codename)

    def grant(group, page, page_codenames, collection_codenames, model_perms):
        GroupPagePermission.objects.filter(group=group).exclude(page=page).delete()
        wanted = [page_permission(code) for code in page_codenames]
        GroupPagePermission.objects.filter(group=group, page=page).exclude(
            permission__in=wanted
        ).delete()
        for perm in wanted:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=perm)
        root_collection = Collection.objects.filter(depth=1).first()
        if root_collection:
            wanted = [collection_permission(code) for code in collection_codenames]
            GroupCollectionPermission.objects.filter(group=group).exclude(
                permission__in=wanted
            ).delete()
            for perm in wanted:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=perm
                )
        group.permissions.set([permission(*spec) for spec in model_perms])

    tree_root = Page.objects.filter(depth=1).first()
    for name in (EDITORS, MODERATORS):
        group, _ = Group.objects.get_or_create(name=name)
        grant(
            group,
            tree_root,
            PAGE_PERMISSIONS[name],
            COLLECTION_PERMISSIONS[name],
            MODEL_PERMISSIONS[name],
        )

    Locale = apps.get_model("wagtailcore", "Locale")
    for code in translation_languages():
        group, _ = Group.objects.get_or_create(name=translator_group_name(code))
        # A translator works only inside their language's tree, once it exists.
        locale_home = Page.objects.filter(
            depth=2, locale__in=Locale.objects.filter(language_code=code)
        ).first()
        if locale_home is None:
            group.permissions.set([permission(*spec) for spec in TRANSLATOR_MODEL_PERMISSIONS])
            continue
        grant(
            group,
            locale_home,
            TRANSLATOR_PAGE_PERMISSIONS,
            TRANSLATOR_COLLECTION_PERMISSIONS,
            TRANSLATOR_MODEL_PERMISSIONS,
        )
