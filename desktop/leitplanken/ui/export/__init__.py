"""Export of the decision record: the dialog, the background worker and the PDF preview."""
