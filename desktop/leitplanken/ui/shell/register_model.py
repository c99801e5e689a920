"""The use-case register as a Qt table model, and the proxy that searches, filters and sorts it.

A plain QAbstractTableModel over the workspace's use cases: cells are computed when the view
asks for them, and readiness and the pilot trap come from each use case's digest (kept in the
file), so 10,000 rows open without reading a single checklist (a QStandardItemModel would
build every cell up front).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from leitplanken.domain.attention import is_trap
from leitplanken.domain.digest import UseCaseDigest
from leitplanken.domain.model import RiskClass, Status, UseCase, read_texts_now
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.labels import risk_hint, risk_label, status_label, yes_no
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.widgets.colours import Tone, brush
from leitplanken.ui.workspace.session import Session

Index = QModelIndex | QPersistentModelIndex

#: Role carrying a plain value to sort by (strings folded, numbers as numbers).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role carrying the use case's UUID (any column).
UUID_ROLE = Qt.ItemDataRole.UserRole + 2

TITLE, STATUS, OWNER, READINESS, RISK, CUSTOMER, REVIEW, TRAP = range(8)
COLUMN_COUNT = 8

_SEARCHED = ("title", "problem", "relief_customers", "relief_employees", "boundary", "tool",
             "personal_data_which", "response_target", "fallback")


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
#: The roles the register answers (plain integers, compared fast).
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, int(SORT_ROLE), int(UUID_ROLE)})

#: Sort ranks of statuses and risk classes: their declared order.
_STATUS_RANK = {s: i for i, s in enumerate(Status)}
_RISK_RANK = {r: i for i, r in enumerate(RiskClass)}

#: The filters the register offers; a value of None means "any".
FILTER_KEYS = ("status", "owner", "risk", "customer", "readiness")

#: Letters that Unicode does not decompose but readers file under a base letter.
_BASE_LETTERS = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
                               "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"})


@lru_cache(maxsize=32768)
def sort_text(text: str) -> str:
    """A key that files "Łukasz" under L and "Änderung" under A, case-insensitively.

    Cached: sorting asks for the key of a row once per comparison, n·log n times.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_BASE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class RegisterModel(QAbstractTableModel):
    """One row per use case; follows `session.changed` row by row."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        """Takes the use cases of the session's workspace (the same objects, not copies)."""
        super().__init__(parent)
        self.session = session
        self._tr = AppTranslator()
        #: Every use case in the current sort order; `_rows` are those the filters let through.
        self._ordered: list[UseCase] = list(session.workspace.use_cases)
        self._rows: list[UseCase] = list(self._ordered)
        self._rows_index: dict[str, int] | None = None
        self._haystack: dict[str, str] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        #: False once a change may have moved a row since the last sort.
        self._order_current = False
        #: Every use case by title, the order a sort starts from (None: to be made again).
        self._base: list[UseCase] | None = None
        self._search = ""
        self._filters: dict[str, str | None] = dict.fromkeys(FILTER_KEYS)
        session.changed.connect(self._on_changed)
        session.reset.connect(self._on_reset)

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of use cases (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The fixed columns."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Translated column titles, with a tooltip explaining each."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, sort key, colour or tooltip.

        Qt asks seven roles per painted cell; the roles are compared as plain integers and the
        ones the register does not answer return at once (a repaint asks some 2,000 times).
        """
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        uc = self._rows[row]
        column = index.column()
        if role == _DISPLAY:
            return self._display(uc, column)
        if role == SORT_ROLE:
            return self._sort_key(uc, column)
        if role == UUID_ROLE:
            return uc.uuid
        if role == _TOOLTIP:
            return self._tooltip(uc, column)
        if column == TRAP and self.is_trap(uc):  # the foreground
            return brush(Tone.WARNING)
        if column == READINESS and self.readiness_of(uc).ready:
            return brush(Tone.SUCCESS)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts every use case in Python in one pass (a sorting proxy would call back into
        Python for each of the n·log n comparisons: seconds for 10,000 rows)."""
        if not 0 <= column < COLUMN_COUNT:
            return
        if self._sorted_by == (column, order) and self._order_current:
            return  # the view asks again when sorting is switched on: nothing changed since
        self._sorted_by = (column, order)
        self._order_current = True
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self._rows[i.row()].uuid, i.column()) if 0 <= i.row() < len(self._rows) else None
                for i in before]
        self._order_all()
        self._rows = self._filtered(self._ordered)
        self._rows_index = None
        after = [self.index(self._row_of[h[0]], h[1]) if h is not None and h[0] in self._row_of
                 else QModelIndex() for h in held]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _order_all(self) -> None:
        """Puts `_ordered` in the current sort order (stable: equal keys keep title order)."""
        base = self._base
        if base is None or len(base) != len(self.session.workspace.use_cases):
            base = sorted(self.session.workspace.use_cases, key=self._row_key)
            self._base = base
        if self._sorted_by is None:
            self._ordered = base
            return
        column, order = self._sorted_by
        self._ordered = sorted(base, key=lambda uc: self._sort_key(uc, column),
                               reverse=order == Qt.SortOrder.DescendingOrder)

    def _row_key(self, uc: UseCase) -> tuple[str, str]:
        """The order before any sort: the workspace's own (by title)."""
        return (uc.title.casefold(), uc.uuid)

    @property
    def _row_of(self) -> dict[str, int]:
        """Rows by UUID, built when first asked after the rows changed (not per keystroke)."""
        if self._rows_index is None:
            self._rows_index = {uc.uuid: i for i, uc in enumerate(self._rows)}
        return self._rows_index

    # -- filtering ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Words that must all appear somewhere in the use case's texts."""
        text = text.strip().casefold()
        if text != self._search:
            # typing on (a longer word, another word) only narrows what is shown: a row that
            # holds "dat" holds "da", so only the rows shown now need looking at
            narrower = bool(self._search) and text.startswith(self._search)
            self._search = text
            self._refilter(self._rows if narrower else None)

    def search(self) -> str:
        """The current search text (folded)."""
        return self._search

    def set_filter(self, key: str, value: str | None) -> None:
        """Sets one filter ("status" → "pilot", "owner" → UUID, "customer" → "yes"/"no", …)."""
        if key not in self._filters:
            raise KeyError(key)
        if self._filters[key] != value:
            self._filters[key] = value
            self._refilter()

    def filters(self) -> dict[str, str | None]:
        """The current filters, for saving them."""
        return dict(self._filters)

    def total(self) -> int:
        """How many use cases there are, shown or not."""
        return len(self._ordered)

    def _refilter(self, among: list[UseCase] | None = None) -> None:
        """Shows the use cases that pass, in one pass over the sorted list (or over `among`,
        the rows shown, when the change can only narrow them)."""
        self.beginResetModel()
        self._rows = self._filtered(self._ordered if among is None else among)
        self._rows_index = None
        self.endResetModel()

    def _passes(self, uc: UseCase) -> bool:
        """A use case passes when every word of the search and every set filter matches."""
        return bool(self._filtered([uc]))

    def _filtered(self, use_cases: list[UseCase]) -> list[UseCase]:
        """The use cases that pass every set filter and every word of the search, in order.

        One comprehension per filter that is set, so 10,000 rows filter in milliseconds.
        """
        f = self._filters
        rows = use_cases
        if f["status"]:
            rows = [uc for uc in rows if uc.status.value == f["status"]]
        if f["owner"]:
            rows = [uc for uc in rows if (uc.owner_uuid or "") == f["owner"]]
        if f["risk"]:
            rows = [uc for uc in rows if uc.risk_class.value == f["risk"]]
        if f["customer"]:
            facing = f["customer"] == "yes"
            rows = [uc for uc in rows if uc.customer_facing == facing]
        if f["readiness"]:
            ready = f["readiness"] == "ready"
            rows = [uc for uc in rows if self.readiness_of(uc).ready == ready]
        if self._search:
            if len(self._haystack) < len(rows):
                read_texts_now(rows)  # one read for all instead of one per row
            cached, build = self._haystack, self.haystack
            for word in self._search.split():
                rows = [uc for uc in rows if word in (cached.get(uc.uuid) or build(uc))]
        return rows

    # -- values ------------------------------------------------------------------------------
    def use_case_at(self, row: int) -> UseCase:
        """The use case shown in a source row."""
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        """The row of a use case, -1 if not shown (filtered out or gone)."""
        return self._row_of.get(uuid, -1)

    def readiness_of(self, uc: UseCase) -> UseCaseDigest:
        """Readiness counts from the use case's digest (its children are not read)."""
        return self.session.digest(uc)

    def is_trap(self, uc: UseCase) -> bool:
        """Whether the pilot waits too long for a decision."""
        days = self.session.workspace.company.pilot_trap_days
        return is_trap(uc, self.session.today(), days, self.session.digest(uc))

    def prepare_search(self, count: int = 400) -> bool:
        """Reads the texts and folds the search text of the next `count` use cases that lack
        it; False once every one has it. The register does this a slice at a time while it is
        shown and idle, so the first keystroke finds everything ready."""
        todo = [uc for uc in self._ordered if uc.uuid not in self._haystack][:count]
        if not todo:
            return False
        read_texts_now(todo)
        for uc in todo:
            self.haystack(uc)
        return len(todo) == count

    def haystack(self, uc: UseCase) -> str:
        """Title and texts folded to lower case, for the search field."""
        text = self._haystack.get(uc.uuid)
        if text is None:
            parts = [str(getattr(uc, name) or "") for name in _SEARCHED]
            parts.extend(uc.tags)
            text = "\n".join(parts).casefold()
            self._haystack[uc.uuid] = text
        return text

    def owner_name(self, uc: UseCase) -> str:
        """The owner's name, empty when none."""
        person = self.session.workspace.person(uc.owner_uuid)
        return person.name if person is not None else ""

    def _display(self, uc: UseCase, column: int) -> str:
        """The text of one cell."""
        if column == TITLE:
            return uc.title or self.tr("(untitled)")
        if column == STATUS:
            return status_label(uc.status, self._tr)
        if column == OWNER:
            return self.owner_name(uc)
        if column == READINESS:
            r = self.readiness_of(uc)
            word = self.tr("ready") if r.ready else self.tr("%n open", None, r.readiness_open)
            return f"{r.readiness_done}/{r.readiness_total} · {word}"
        if column == RISK:
            return risk_label(uc.risk_class, self._tr)
        if column == CUSTOMER:
            return yes_no(uc.customer_facing, self._tr)
        if column == REVIEW:
            return self._fmt().date_short(uc.next_review)
        if column == TRAP:
            return "⚠ " + self.tr("Pilot trap") if self.is_trap(uc) else ""
        return ""

    def _sort_key(self, uc: UseCase, column: int) -> Any:
        """Plain comparable values, so the proxy sorts in C++."""
        if column == TITLE:
            return sort_text(uc.title)
        if column == STATUS:
            return _STATUS_RANK[uc.status]
        if column == OWNER:
            return sort_text(self.owner_name(uc))
        if column == READINESS:
            return self.readiness_of(uc).readiness_fraction
        if column == RISK:
            return _RISK_RANK[uc.risk_class]
        if column == CUSTOMER:
            return int(uc.customer_facing)
        if column == REVIEW:
            return uc.next_review.isoformat() if uc.next_review else "9999"
        if column == TRAP:
            return int(uc.status == Status.PILOT and self.is_trap(uc))
        return ""

    def _tooltip(self, uc: UseCase, column: int) -> str | None:
        """The readiness gaps count and the trap explanation; the title shows the problem."""
        if column == TITLE:
            return f"{uc.title}\n\n{uc.problem}" if uc.problem else uc.title or None
        if column == RISK:
            return f"{risk_label(uc.risk_class, self._tr)}\n{risk_hint(uc.risk_class, self._tr)}"
        if column == RISK:
            return f"{risk_label(uc.risk_class, self._tr)}\n{risk_hint(uc.risk_class, self._tr)}"
        if column == TRAP and self.is_trap(uc):
            return fill(self.tr("This pilot has waited longer than %1 days for a decision."),
                        self.session.workspace.company.pilot_trap_days)
        if column == READINESS:
            r = self.readiness_of(uc)
            return fill(self.tr("%1 of %2 readiness criteria met"), r.readiness_done,
                        r.readiness_total)
        return None

    def _fmt(self) -> Any:
        """The formatter for the company's locale (created on first use, again when it changes)."""
        locale = self.session.workspace.company.locale
        fmt = getattr(self, "_formatter", None)
        if fmt is None or fmt.locale != locale:
            fmt = Formatter(locale)
            self._formatter = fmt
        return fmt

    def _titles(self) -> list[str]:
        """Column titles in the interface language."""
        return [self.tr("Title"), self.tr("Status"), self.tr("Owner"), self.tr("Readiness"),
                self.tr("Risk class"), self.tr("Customer-facing"), self.tr("Next review"),
                self.tr("Pilot trap")]

    def _tips(self) -> list[str]:
        """What each column means."""
        return [
            self.tr("The use case's name"),
            self.tr("Changed only through a recorded decision"),
            self.tr("Who owns the use case"),
            self.tr("Readiness for regular operation: criteria met of all criteria"),
            self.tr("EU AI Act risk class as assessed"),
            self.tr("Whether customers deal with it directly"),
            self.tr("When the use case is looked at again"),
            self.tr("A pilot without a decision for too long"),
        ]

    # -- following the session ---------------------------------------------------------------
    def _on_changed(self, kind: str, uuid: str) -> None:
        """Adds, removes, moves or refreshes the row of a use case; names and settings touch
        all rows."""
        self._order_current = False
        if kind == "use_case":
            self._base = None  # a new title or a use case more or less
            self._haystack.pop(uuid, None)
            uc = self.session.workspace.use_case(uuid)
            row = self._row_of.get(uuid, -1)
            if uc is not None and row >= 0 and self._passes(uc) and self._in_place(row):
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
                return
            if uc is None and row < 0 and all(u.uuid != uuid for u in self._ordered):
                return
            self._rebuild()
        elif kind in ("person", "company") and self._rows:
            if self._sorted_by is not None and self._sorted_by[0] in (OWNER, READINESS, TRAP):
                self._rebuild()  # the names or digests those columns sort by may have changed
            else:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def _in_place(self, row: int) -> bool:
        """Whether a changed row still sorts between its neighbours (no move needed)."""
        if self._sorted_by is None:
            key = self._row_key
        else:
            column = self._sorted_by[0]

            def key(uc: UseCase) -> Any:
                """The row's sort key in the sorted column."""
                return self._sort_key(uc, column)
        if self._sorted_by is not None and self._sorted_by[1] == Qt.SortOrder.DescendingOrder:
            before, after = row + 1, row - 1
        else:
            before, after = row - 1, row + 1
        here = key(self._rows[row])
        if 0 <= before < len(self._rows) and key(self._rows[before]) > here:
            return False
        return not (0 <= after < len(self._rows) and here > key(self._rows[after]))

    def _rebuild(self) -> None:
        """Sorts and filters everything again (a use case came, went or moved)."""
        self.beginResetModel()
        self._order_all()
        self._order_current = self._sorted_by is not None
        self._rows = self._filtered(self._ordered)
        self._rows_index = None
        self.endResetModel()

    def _on_reset(self) -> None:
        """The workspace was replaced: start over."""
        self._order_current = False
        self._base = None
        self._haystack.clear()
        self._rebuild()

    def retranslate(self) -> None:
        """After a language switch every text cell and header changes."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))


class RegisterFilter(QIdentityProxyModel):
    """The register's search and filters, by status, owner, risk, customer-facing, readiness.

    The model itself filters and sorts (in one Python pass each, fast at 10,000 rows); this
    proxy keeps the view's and callers' way of asking for it.
    """

    def _model(self) -> RegisterModel | None:
        """The register model underneath, if it is one."""
        model = self.sourceModel()
        return model if isinstance(model, RegisterModel) else None

    def set_search(self, text: str) -> None:
        """Words that must all appear somewhere in the use case's texts."""
        model = self._model()
        if model is not None:
            model.set_search(text)

    def search(self) -> str:
        """The current search text (folded)."""
        model = self._model()
        return model.search() if model is not None else ""

    def set_filter(self, key: str, value: str | None) -> None:
        """Sets one filter ("status" → "pilot", "owner" → UUID, "customer" → "yes"/"no", …)."""
        if key not in FILTER_KEYS:
            raise KeyError(key)
        model = self._model()
        if model is not None:
            model.set_filter(key, value)

    def filters(self) -> dict[str, str | None]:
        """The current filters, for saving them."""
        model = self._model()
        return model.filters() if model is not None else dict.fromkeys(FILTER_KEYS)
