"""Looking records up by UUID stays right while the lists are edited in place."""

from leitplanken.domain.model import Person, UseCase, Workspace


def test_lookup_follows_in_place_edits() -> None:
    """Removing, inserting and replacing records never returns a stale one."""
    a, b, c = UseCase(title="A"), UseCase(title="B"), UseCase(title="C")
    ws = Workspace(use_cases=[a, b])
    assert ws.use_case(b.uuid) is b
    ws.use_cases.remove(a)
    ws.use_cases.append(c)  # same length as before, positions shifted
    assert ws.use_case(a.uuid) is None
    assert ws.use_case(b.uuid) is b
    assert ws.use_case(c.uuid) is c
    twin = UseCase(title="B again")
    twin.uuid = b.uuid
    ws.use_cases[0] = twin
    assert ws.use_case(b.uuid) is twin
    assert ws.use_case("missing") is None


def test_person_lookup_and_none() -> None:
    """A person is found by UUID; no UUID means nobody."""
    anna = Person(name="Anna Keller")
    ws = Workspace(people=[anna])
    assert ws.person(anna.uuid) is anna
    assert ws.person(None) is None
    ws.people.clear()
    assert ws.person(anna.uuid) is None


def test_equal_workspaces_compare_equal_after_lookups() -> None:
    """The lookup index is not part of a workspace's value (merge compares workspaces)."""
    uc = UseCase(title="A")
    company = Workspace().company
    one = Workspace(company=company, use_cases=[uc])
    two = Workspace(company=company, use_cases=[uc])
    one.use_case(uc.uuid)
    assert one == two
