"""PostgreSQL text search for a Polish-first site.

PostgreSQL ships no Polish configuration. Debian's ``hunspell-pl`` puts the Polish
hunspell dictionary where the server finds it (``tsearch_data/pl_pl.dict`` and
``pl_pl.affix``); from it we build ``newsroom``, which reduces inflected Polish words
to their base forms (``wyborów`` and ``wybory`` meet at ``wybór``) and passes every
other word (English, Ukrainian, names) through ``simple``. Without the dictionary the
configuration maps to ``simple`` alone and search still works, without stemming.

Unaccented fuzzy matching (``lodz`` finds ``Łódź``) uses the unaccent and pg_trgm
extensions through modelsearch's ``Fuzzy`` query."""

import logging

from django.db import DatabaseError, transaction

SEARCH_CONFIG = "newsroom"
DICTIONARY = "newsroom_polish"
WORD_TOKENS = "asciiword, word, hword, hword_part, asciihword, hword_asciipart, numword"

logger = logging.getLogger(__name__)


def install(connection):
    """Create the extensions, ``f_unaccent`` and the configuration; returns whether
    the Polish dictionary is in use."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        # The immutable wrapper modelsearch's fuzzy queries call (its enable_unaccent
        # command creates the same; a migration keeps every database in step).
        cursor.execute(
            """
            CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
            $func$ SELECT public.unaccent('public.unaccent', $1) $func$
            """
        )
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG}")
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} (COPY = simple)")
        polish = _create_dictionary(connection, cursor)
        dictionaries = f"{DICTIONARY}, simple" if polish else "simple"
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} "
            f"ALTER MAPPING FOR {WORD_TOKENS} WITH {dictionaries}"
        )
    return polish


def _create_dictionary(connection, cursor):
    cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {DICTIONARY}")
    try:
        # A savepoint: a missing file aborts the statement, not the migration.
        with transaction.atomic(using=connection.alias):
            cursor.execute(
                f"CREATE TEXT SEARCH DICTIONARY {DICTIONARY} "
                "(TEMPLATE = ispell, DictFile = pl_pl, AffFile = pl_pl)"
            )
    except DatabaseError as error:
        logger.warning(
            "The Polish hunspell dictionary is missing on the database server (%s). "
            "Search uses the 'simple' configuration: no stemming for Polish. "
            "Install Debian's hunspell-pl on the server and run migrate search zero, "
            "then migrate, then update_index.",
            str(error).strip().splitlines()[0],
        )
        return False
    return True


def uninstall(connection):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG}")
        cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {DICTIONARY}")
