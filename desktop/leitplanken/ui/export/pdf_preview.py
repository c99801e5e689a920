"""The decision record inside the app (QtPdf): look at it, page through it, print it.

The owner checks the record before it goes to the board; printing goes through the system's
print dialog, so no PDF viewer has to be installed.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.i18n.translator import fill


class PdfPreview(QDialog):
    """A PDF shown page by page, with previous/next, zoom to width and Print."""

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        """Loads the PDF from memory (nothing is written to disk for a preview)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision record – preview"))
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._update)

        self.previous_button = QPushButton(self.tr("Previous page"), self)
        self.previous_button.setShortcut(Qt.Key.Key_PageUp)
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button = QPushButton(self.tr("Next page"), self)
        self.next_button.setShortcut(Qt.Key.Key_PageDown)
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page_label = QLabel(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_dialog)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.accept)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.resize(820, 980)
        self._update()

    def page_count(self) -> int:
        """Pages of the record."""
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page shown at the top of the view (0-based)."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        """Jumps to a page (clamped to the document)."""
        page = max(0, min(page, self.page_count() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update()

    def _update(self, *_args: object) -> None:
        """"Page 3 of 12" and which buttons make sense."""
        total = self.page_count()
        current = self.current_page()
        self.page_label.setText(fill(self.tr("Page %1 of %2"), current + 1 if total else 0,
                                     total))
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < total - 1)

    def print_dialog(self) -> None:
        """Asks the system's print dialog, then prints the chosen pages."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draws each chosen page on the printer at its resolution; returns the pages printed."""
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:
            first, last = 1, self.page_count()
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        printed = 0
        try:
            dpi = min(printer.resolution(), 300)  # enough for print; 1200 dpi would need ~0.5 GB a page
            for page in range(first - 1, min(last, self.page_count())):
                if printed:
                    printer.newPage()
                size = self.document.pagePointSize(page)
                pixels = QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72))
                image = self.document.render(page, pixels)
                area = painter.viewport()
                scaled = pixels.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(area.x(), area.y(), scaled.width(), scaled.height()))
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
                printed += 1
        finally:
            painter.end()
        return printed
