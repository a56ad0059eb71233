"""Pseudonymisation: find identifiers, review them, replace them on export or in the project.

- ``detect`` (one text) and ``scan`` (a project) find people, identity codes, phone numbers,
  e-mails, addresses, the project's terms and, when asked, organisations and places;
  ``patterns``, ``hetu``, ``names``, ``heuristics``, ``terms`` and ``nlp_tier`` are their parts;
- ``entities`` groups inflected forms of one name into one entity with one pseudonym;
- ``review`` records the reviewer's decisions (with undo); ``key`` writes or forgets the key;
- ``apply`` replaces accepted findings on export (``export_filter`` is the exporters' entry point)
  or irreversibly in the project (``apply_write``);
- ``storage`` is the only module that touches SQL (tables of schema m0004).

The workflow is described in docs/pseudonymisation.md.
"""
