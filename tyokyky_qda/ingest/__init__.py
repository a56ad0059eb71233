"""Importing evaluation material: documents, interview transcripts, survey exports, status reports.

Entry points: ``registry.import_paths`` (batch import, one transaction per file), ``api`` (what
the GUI's import dialogs call), ``speakers`` (speakers → cases, autocoding turns). One module per
input kind: ``docx_reader``, ``pdf_reader``, ``rtf_reader``, ``odt_reader``, ``html_reader``,
``textnorm`` (plain text), ``transcript`` and ``subtitles`` (turns), ``survey*`` (CSV/XLSX
exports), ``status_report``; ``parsers`` picks one by extension and content, ``safety`` checks
files before they are opened. The formats and options are documented in docs/import-mapping.md.
"""
