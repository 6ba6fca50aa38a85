"""The command line: ``python main.py COMMAND …`` for batch work and tests.

How a command is written (every module here follows it; ``cli/render.py`` too):

* The module has ``register(subparsers: argparse._SubParsersAction) -> None``. It adds its
  sub-parser and sets ``set_defaults(func=run)``.
* ``run(args: argparse.Namespace) -> int`` does the work and returns the exit code (0 ok).
  ``args.data_dir`` is the global ``--data-dir`` (None when absent); open the store with
  ``cli.common.open_store(args)``, a context manager.
* Results go to stdout; messages to the user go to stderr via ``cli.common.say``.
* A user's mistake is *raised*, not printed: ``cli.common.CommandFailed(message)``,
  ``storage.StoreError`` or ``models.SessionInvalid``. ``cli.entry.main`` prints it in plain
  words and returns 1. Usage errors are argparse's (exit 2). Anything else is a bug and
  shows its traceback.
* Register the module in ``cli.entry.COMMANDS`` (command name → module name). Only the
  command being run is imported, so import heavy modules inside ``run``, not at the top.

Import from ``cli.common`` and ``cli.files`` (atomic writes), not from this package's
``__init__``, which stays empty so that importing a command never imports the others.
"""
