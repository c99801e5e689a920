"""Which use cases a record shows, and how the CLI and dialog name them."""

from __future__ import annotations

from leitplanken.domain.model import Status, UseCase, Workspace


def default_use_cases(workspace: Workspace) -> list[UseCase]:
    """Every use case that is not stopped, in workspace order (what the board usually sees)."""
    return [uc for uc in workspace.use_cases if uc.status != Status.STOPPED]


def choose_use_cases(workspace: Workspace, uuids: list[str] | None) -> list[UseCase]:
    """The chosen use cases in workspace order; None means the default choice.

    Raises KeyError naming the first UUID the workspace does not know.
    """
    if uuids is None:
        return default_use_cases(workspace)
    known = {uc.uuid for uc in workspace.use_cases}
    for uuid in uuids:
        if uuid not in known:
            raise KeyError(uuid)
    wanted = set(uuids)
    return [uc for uc in workspace.use_cases if uc.uuid in wanted]


def resolve_use_case(workspace: Workspace, ident: str) -> list[UseCase]:
    """Use cases matching what a user typed: a full UUID, a UUID prefix or the exact title."""
    ident = ident.strip()
    exact = [uc for uc in workspace.use_cases if uc.uuid == ident]
    if exact:
        return exact
    if len(ident) >= 4:
        prefixed = [uc for uc in workspace.use_cases if uc.uuid.startswith(ident.lower())]
        if prefixed:
            return prefixed
    folded = ident.casefold()
    return [uc for uc in workspace.use_cases if uc.title.strip().casefold() == folded]
