"""The initial schema: sources and their sections, codes, codings, cases, attributes, memos,
coders, sets and the audit log."""

VERSION = 1


def migrate(db) -> None:
    """Create the first version of every table, with the indexes the app's lookups need."""
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["coders"].create({"id": int, "name": str, "guid": str}, pk="id", not_null={"name", "guid"})
    db["coders"].create_index(["name"], unique=True)
    db["coders"].create_index(["guid"], unique=True)

    db["sources"].create(
        {
            "id": int, "guid": str, "name": str, "kind": str, "text": str, "content_hash": str,
            "imported_at": str, "original_path": str, "language": str, "import_notes": str,
            "modified_at": str,
        },
        pk="id", not_null={"guid", "name", "kind", "text", "content_hash"},
        defaults={"language": "fi", "import_notes": "{}", "original_path": ""},
    )
    db["sources"].create_index(["guid"], unique=True)
    db["sources"].create_index(["content_hash"])
    db["sources"].create_index(["name"])

    db["sections"].create(
        {
            "id": int, "source_id": int, "start": int, "end": int, "kind": str, "label": str,
            "speaker": str, "start_time": float, "end_time": float, "ordinal": int,
        },
        pk="id", not_null={"source_id", "start", "end", "kind"},
        foreign_keys=[("source_id", "sources", "id")],
        defaults={"label": "", "speaker": ""},
    )
    db["sections"].create_index(["source_id", "start"])
    db["sections"].create_index(["source_id", "speaker"])

    db["codes"].create(
        {
            "id": int, "guid": str, "parent_id": int, "name": str, "description": str, "color": str,
            "keywords": str, "name_en": str, "description_en": str, "keywords_en": str,
            "ordinal": int, "shortcut": str,
        },
        pk="id", not_null={"guid", "name"},
        foreign_keys=[("parent_id", "codes", "id")],
        defaults={"description": "", "color": "#808080", "keywords": "[]", "name_en": "",
                  "description_en": "", "keywords_en": "[]", "ordinal": 0, "shortcut": ""},
    )
    db["codes"].create_index(["guid"], unique=True)
    db["codes"].create_index(["parent_id", "ordinal"])

    db["codings"].create(
        {
            "id": int, "guid": str, "source_id": int, "code_id": int, "start": int, "end": int,
            "coder_id": int, "created_at": str, "memo": str, "origin": str,
        },
        pk="id", not_null={"guid", "source_id", "code_id", "start", "end", "coder_id", "origin"},
        foreign_keys=[("source_id", "sources", "id"), ("code_id", "codes", "id"),
                      ("coder_id", "coders", "id")],
        defaults={"memo": "", "origin": "manual"},
    )
    db["codings"].create_index(["guid"], unique=True)
    db["codings"].create_index(["source_id", "start"])
    db["codings"].create_index(["code_id"])
    db["codings"].create_index(["coder_id"])
    # The same code on the same words by the same coder is one coding: makes merges idempotent.
    db["codings"].create_index(["source_id", "code_id", "coder_id", "start", "end"], unique=True)

    db["cases"].create({"id": int, "guid": str, "name": str, "description": str},
                       pk="id", not_null={"guid", "name"}, defaults={"description": ""})
    db["cases"].create_index(["guid"], unique=True)
    db["cases"].create_index(["name"], unique=True)
    # A case covers whole sources (start/end NULL) or ranges of them (a speaker's turns).
    db["case_links"].create(
        {"id": int, "case_id": int, "source_id": int, "start": int, "end": int},
        pk="id", not_null={"case_id", "source_id"},
        foreign_keys=[("case_id", "cases", "id"), ("source_id", "sources", "id")],
    )
    db["case_links"].create_index(["case_id"])
    db["case_links"].create_index(["source_id"])

    db["attributes"].create({"id": int, "name": str, "type": str, "scope": str, "ordinal": int},
                            pk="id", not_null={"name", "type", "scope"},
                            defaults={"type": "text", "scope": "both", "ordinal": 0})
    db["attributes"].create_index(["name"], unique=True)
    # "value" is declared BLOB so SQLite gives it no type affinity: numbers stay numbers, dates
    # and text stay text, booleans are 0/1 (the attribute's declared type says how to read it).
    db["attribute_values"].create(
        {"attribute_id": int, "owner_kind": str, "owner_id": int, "value": bytes},
        pk=("attribute_id", "owner_kind", "owner_id"),
        foreign_keys=[("attribute_id", "attributes", "id")],
    )
    db["attribute_values"].create_index(["owner_kind", "owner_id"])

    db["memos"].create(
        {"id": int, "guid": str, "target_kind": str, "target_id": int, "title": str, "text": str,
         "author": str, "created_at": str, "modified_at": str},
        pk="id", not_null={"guid", "target_kind", "text"}, defaults={"title": "", "author": ""},
    )
    db["memos"].create_index(["guid"], unique=True)
    db["memos"].create_index(["target_kind", "target_id"])

    db["sets"].create({"id": int, "guid": str, "name": str, "description": str},
                      pk="id", not_null={"guid", "name"}, defaults={"description": ""})
    db["sets"].create_index(["guid"], unique=True)
    db["set_members"].create({"set_id": int, "member_kind": str, "member_id": int},
                             pk=("set_id", "member_kind", "member_id"),
                             foreign_keys=[("set_id", "sets", "id")])

    db["audit_log"].create({"id": int, "at": str, "coder": str, "action": str, "details": str},
                           pk="id", defaults={"details": "{}"})
    db["audit_log"].create_index(["at"])
