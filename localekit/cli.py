"""The ``localekit`` command: a thin click shell; each subcommand lives in ``localekit.commands``.

Subcommands are imported lazily so ``localekit audit`` never pays for torch or fluent.
"""

from __future__ import annotations

import importlib
import sys

import click

from localekit.errors import LocalekitError

# name -> "module:attribute" of a click command
COMMANDS: dict[str, str] = {
    "audit": "localekit.commands.audit:audit",
    "render": "localekit.commands.render:render",
    "check": "localekit.commands.check:check",
    "rules": "localekit.commands.rules:rules",
    "screen": "localekit.commands.screen:screen",
    "train": "localekit.commands.screen:train",
    "eval": "localekit.commands.screen:evaluate",
    "coverage": "localekit.commands.coverage:coverage",
    "scaffold": "localekit.commands.scaffold:scaffold",
    "serve": "localekit.commands.serve:serve",
    "batch": "localekit.commands.batch:batch",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use (click's documented lazy pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        module = importlib.import_module(module_name)
        return getattr(module, attr)

    def invoke(self, ctx: click.Context) -> object:
        """Run the subcommand; a :class:`LocalekitError` becomes one line on stderr and exit 2."""
        try:
            return super().invoke(ctx)
        except LocalekitError as exc:
            click.echo(f"localekit: error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="localekit")
def cli() -> None:
    """localekit: locale packs, Fluent rendering, CI checks and cultural-fit screening."""


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors become one line on stderr and exit code 2, never a traceback."""
    try:
        # not cli.main(): its KeyboardInterrupt handler prints a blank line before ours
        with cli.make_context("localekit", list(sys.argv[1:] if argv is None else argv)) as ctx:
            cli.invoke(ctx)
    except click.exceptions.Exit as exc:  # --help, --version
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("localekit: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # bare `localekit`: the help, as click does
            exc.show()
            sys.exit(exc.exit_code)
        # one line, like every other user error (click's own show() prints usage over 3-4 lines)
        hint = f" (see 'localekit {exc.ctx.command_path.split(' ', 1)[-1]} --help')" if getattr(
            exc, "ctx", None) is not None and " " in exc.ctx.command_path else ""
        message = " ".join(exc.format_message().split())
        click.echo(f"localekit: error: {message}{hint}", err=True)
        sys.exit(exc.exit_code)
    except LocalekitError as exc:
        click.echo(f"localekit: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("localekit: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    except OSError as exc:
        click.echo(f"localekit: error: {exc.filename or ''}: {exc.strerror or exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
