"""The directive register in the window: every directive of every session, followed up.

The register is a view of the sessions, never a second copy of them: rows come from the
store's index (``Store.register_entries``), edits go through the open session as undoable
commands (``gui.register.edit``), and the row is refreshed from the edited directive.
"""
